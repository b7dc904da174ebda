// Fits the answer engine's confidence weights (src/answers/confidence.ts): a
// logistic regression, L2-regularised, on the decision figures of labelled
// questions (label: the best candidate is right), then prints for each
// threshold the share answered right and wrongly per set. A tool for
// engineers; paste the printed weights into confidence.ts.
//   npx tsx test/bench/tune-confidence.ts KB_DIR QUESTIONS.jsonl [MORE.jsonl ...]
import { readFileSync } from "node:fs";
import { FEATURES, featureVector } from "../../src/answers/confidence.js";
import { createAnswerEngine } from "../../src/answers/engine.js";
import type { LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";

const [kbDir, ...files] = process.argv.slice(2);
const engine = createAnswerEngine(loadContent(await readContentDir(kbDir!)).kb.entries);
const rows = files.flatMap((f, set) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion).map((c) => {
  const d = engine.debug(c.q, c.lang);
  return { set, x: featureVector(d), y: !!d.best && c.expect.includes(d.best) ? 1 : 0, oos: c.expect.length === 0, margin: d.margin };
}));
const k = FEATURES.length;
const mu = FEATURES.map((_, j) => rows.reduce((a, r) => a + r.x[j]!, 0) / rows.length);
const sd = FEATURES.map((_, j) => Math.sqrt(rows.reduce((a, r) => a + (r.x[j]! - mu[j]!) ** 2, 0) / rows.length) + 1e-9);
const z = rows.map((r) => r.x.map((v, j) => (v - mu[j]!) / sd[j]!));
const w = new Array<number>(k).fill(0);
let b = 0;
const lambda = Number(process.env.LAMBDA ?? 0.01);
const prob = (v: number[]) => 1 / (1 + Math.exp(-(b + v.reduce((a, x, j) => a + x * w[j]!, 0))));
for (let it = 0; it < 5000; it++) {
  const g = new Array<number>(k).fill(0);
  let gb = 0;
  z.forEach((v, i) => { const e = prob(v) - rows[i]!.y; gb += e; v.forEach((x, j) => { g[j]! += e * x; }); });
  for (let j = 0; j < k; j++) w[j]! -= 0.5 * (g[j]! / rows.length + lambda * w[j]!);
  b -= (0.5 * gb) / rows.length;
}
const raw = Object.fromEntries(FEATURES.map((n, j) => [n, Number((w[j]! / sd[j]!).toFixed(4))]));
const bias = b - FEATURES.reduce((a, _, j) => a + (w[j]! * mu[j]!) / sd[j]!, 0);
console.log(JSON.stringify({ bias: Number(bias.toFixed(4)), ...raw }));
const p = z.map(prob);
for (let t = 0.5; t < 0.92; t += 0.02) {
  const per = files.map((_, set) => {
    let n = 0, inScope = 0, right = 0, wrong = 0;
    rows.forEach((r, i) => {
      if (r.set !== set) return;
      n++; if (!r.oos) inScope++;
      if (p[i]! >= t) { if (r.y && !r.oos) right++; else wrong++; }
    });
    return `strict ${(right / inScope).toFixed(3)} false ${((wrong / n) * 100).toFixed(1)}%`;
  });
  console.log(`t=${t.toFixed(2)} ${per.join(" | ")}`);
}

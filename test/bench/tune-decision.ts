// Searches the answer thresholds (score, lead over the runner-up, coverage)
// that answer the most questions right while keeping wrong answers rare.
//   npx tsx test/bench/tune-decision.ts KB_DIR QUESTIONS.jsonl [MORE.jsonl ...]
import { readFileSync } from "node:fs";
import { createAnswerEngine, DEFAULT_THRESHOLDS } from "../../src/answers/engine.js";
import type { LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";

const [kbDir, ...files] = process.argv.slice(2);
const kb = loadContent(await readContentDir(kbDir!)).kb;
// With every threshold at zero-ish, each question's best candidate and its features are visible.
const open = createAnswerEngine(kb.entries, { ...DEFAULT_THRESHOLDS, answer: 0, margin: -1, coverage: 0, suggest: 0, dominance: Infinity });
interface Row { ok: boolean; oos: boolean; score: number; margin: number; coverage: number; dominance: number }
const sets = files.map((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion).map((c): Row => {
  const d = open.debug(c.q, c.lang);
  return { ok: !!d.best && c.expect.includes(d.best), oos: c.expect.length === 0, score: d.score, margin: d.margin, coverage: d.coverage, dominance: d.dominance };
}));
let best: { s: number; a: number; m: number; c: number; dm: number; per: string } | null = null;
for (let a = 0.3; a <= 0.9; a += 0.02) for (let m = 0; m <= 0.2; m += 0.01) for (let c = 0.3; c <= 0.9; c += 0.05) for (const dm of [0.8, 1, 1.2, 1.5, Infinity]) {
  let total = 0; let feasible = true; const per: string[] = [];
  for (const rows of sets) {
    let strict = 0, wrong = 0, inScope = 0;
    for (const r of rows) {
      const answer = r.score >= a && r.margin >= m && r.coverage >= c && r.dominance <= dm;
      if (!r.oos) inScope++;
      if (answer && r.ok && !r.oos) strict++;
      if (answer && (!r.ok || r.oos)) wrong++;
    }
    if (wrong / rows.length > Number(process.env.MAX_FALSE ?? 0.02)) feasible = false;
    total += strict / inScope;
    per.push(`strict ${(strict / inScope).toFixed(3)} false ${((wrong / rows.length) * 100).toFixed(1)}%`);
  }
  if (feasible && (!best || total > best.s)) best = { s: total, a, m, c, dm, per: per.join(" | ") };
}
console.log(best);

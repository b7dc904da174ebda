// Searches the answer thresholds (score, lead over the runner-up, relative
// lead, coverage) that answer the most questions right while keeping wrong
// answers rare. A tool for engineers; the shipped defaults live in engine.ts.
//   npx tsx test/bench/tune-decision.ts KB_DIR QUESTIONS.jsonl [MORE.jsonl ...]
import { readFileSync } from "node:fs";
import { createAnswerEngine } from "../../src/answers/engine.js";
import type { LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";

const [kbDir, ...files] = process.argv.slice(2);
const kb = loadContent(await readContentDir(kbDir!)).kb;
const engine = createAnswerEngine(kb.entries);
interface Row { ok: boolean; oos: boolean; score: number; margin: number; lead: number; coverage: number; wordings: number; fit: number; unknown: number; dominance: number }
const sets = files.map((f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion).map((c): Row => {
  const d = engine.debug(c.q, c.lang);
  return { ok: !!d.best && c.expect.includes(d.best), oos: c.expect.length === 0, score: d.score, margin: d.margin, lead: d.score > 0 ? d.margin / d.score : 0, coverage: d.coverage, wordings: d.wordings, fit: d.fit, unknown: d.unknown, dominance: d.dominance };
}));
if (process.env.DUMP) for (const rows of sets) for (const r of rows) console.log(JSON.stringify(r));
const maxFalse = Number(process.env.MAX_FALSE ?? 0.02);
let best: { s: number; a: number; m: number; l: number; c: number; dm: number; per: string } | null = null;
for (let a = 0.2; a <= 0.8; a += 0.02) for (let m = 0; m <= 0.12; m += 0.02) for (let l = 0; l <= 0.6; l += 0.05) for (let c = 0.2; c <= 0.8; c += 0.05) for (const dm of [1, 1.5, Infinity]) {
  let total = 0; let feasible = true; const per: string[] = [];
  for (const rows of sets) {
    let strict = 0, wrong = 0, inScope = 0, oos = 0, oosAnswered = 0;
    for (const r of rows) {
      const answer = r.score >= a && r.margin >= m && r.lead >= l && r.coverage >= c && r.dominance <= dm;
      if (!r.oos) inScope++; else { oos++; if (answer) oosAnswered++; }
      if (answer && r.ok && !r.oos) strict++;
      if (answer && (!r.ok || r.oos)) wrong++;
    }
    if (wrong / rows.length > maxFalse || (oos && oosAnswered / oos > 0.08)) feasible = false;
    total += strict / inScope;
    per.push(`top1 ${(rows.filter((r) => r.ok && !r.oos).length / inScope).toFixed(3)} strict ${(strict / inScope).toFixed(3)} false ${((wrong / rows.length) * 100).toFixed(1)}%`);
  }
  if (feasible && (!best || total > best.s)) best = { s: total, a, m, l, c, dm, per: per.join(" | ") };
}
console.log(best);

// Explores the answer engine's scoring weights and decision thresholds on
// labelled question sets and prints the best settings. A tool for engineers;
// the shipped defaults live in src/answers/{score,engine}.ts.
//   npx tsx test/bench/tune.ts KB_DIR QUESTIONS.jsonl [MORE.jsonl ...]
import { readFileSync } from "node:fs";
import { createAnswerEngine, DEFAULT_THRESHOLDS, type Thresholds } from "../../src/answers/engine.js";
import { evaluate, type LabelledQuestion } from "../../src/answers/evaluate.js";
import { DEFAULT_SCORE_PARAMS, type ScoreParams } from "../../src/answers/score.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";

const [kbDir, ...files] = process.argv.slice(2);
const kb = loadContent(await readContentDir(kbDir!)).kb;
const sets = files.map((f) => ({ name: f.split("/").pop()!, cases: readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion) }));

function figures(p: ScoreParams, t: Thresholds) {
  const engine = createAnswerEngine(kb.entries, t, p);
  return sets.map((s) => evaluate(s.cases, s.cases.map((c) => engine.match(c.q, c.lang))));
}
const fmt = (f: ReturnType<typeof evaluate>) => `top1 ${f.top1.toFixed(3)} r@3 ${f.recallAt3.toFixed(3)} strict ${f.strict.toFixed(3)} false ${(f.falseAnswerRate * 100).toFixed(1)}% oos ${(f.outOfScopeHeld * 100).toFixed(0)}%`;

console.log("defaults:", figures(DEFAULT_SCORE_PARAMS, DEFAULT_THRESHOLDS).map(fmt).join(" | "));
const rows: { p: ScoreParams; top1: number; r3: number }[] = [];
const grid = process.env.GRID === "gram"
  ? [0, 0.15, 0.3, 0.5, 0.8].flatMap((wGram) => [0, 0.05, 0.1, 0.2, 0.4].map((wGramBody) => ({ ...DEFAULT_SCORE_PARAMS, wGram, wGramBody })))
  : [0.2, 0.35, 0.5, 0.6].flatMap((wBest) => [0, 0.2, 0.35].flatMap((wWordings) => [0.2, 0.45, 0.7].map((fitShare) =>
    ({ ...DEFAULT_SCORE_PARAMS, wBest, wWordings, wWhole: Math.max(0, 1 - wBest - wWordings), fitShare }))));
for (const p of grid) {
  const f = figures(p, DEFAULT_THRESHOLDS);
  rows.push({ p, top1: f.reduce((a, x) => a + x.top1, 0) / f.length, r3: f.reduce((a, x) => a + x.recallAt3, 0) / f.length });
}
rows.sort((a, b) => b.top1 + b.r3 - (a.top1 + a.r3));
for (const r of rows.slice(0, 8)) console.log(JSON.stringify(r.p), "top1", r.top1.toFixed(3), "r@3", r.r3.toFixed(3));

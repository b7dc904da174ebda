// Figures for the answer engine over a set of questions with expected ids:
// the ones `npm run eval` prints and the tests hold the engine to.
import type { MatchResult } from "./engine.js";

export interface LabelledQuestion { q: string; lang: string; expect: string[] }

export interface EvalFigures {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** In-scope questions answered (decision answer) with an expected id. */
  strict: number;
  /** In-scope questions whose best candidate is expected, whatever the decision (ranking quality). */
  top1: number;
  /** In-scope questions with an expected id among the first three offered (id + suggestions). */
  recallAt3: number;
  /** Confident answers that are wrong, plus any answer to an out-of-scope question, over all questions. */
  falseAnswerRate: number;
  /** Out-of-scope questions not answered. */
  outOfScopeHeld: number;
  misses: { q: string; expect: string[]; got: MatchResult }[];
}

export function evaluate(cases: LabelledQuestion[], results: MatchResult[]): EvalFigures {
  let inScope = 0, strict = 0, top1 = 0, recall = 0, falseAnswers = 0, oos = 0, held = 0;
  const misses: EvalFigures["misses"] = [];
  cases.forEach((c, i) => {
    const r = results[i]!;
    const offered = [r.id, ...r.suggestions].filter((x): x is string => !!x).slice(0, 3);
    if (c.expect.length === 0) {
      oos++;
      if (r.decision !== "answer") held++;
      else { falseAnswers++; misses.push({ q: c.q, expect: c.expect, got: r }); }
      return;
    }
    inScope++;
    const right = r.decision === "answer" && r.id !== null && c.expect.includes(r.id);
    if (right) strict++;
    const first = r.id ?? r.suggestions[0];
    if (first && c.expect.includes(first)) top1++;
    if (offered.some((id) => c.expect.includes(id))) recall++;
    if (r.decision === "answer" && !right) falseAnswers++;
    if (!right) misses.push({ q: c.q, expect: c.expect, got: r });
  });
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    questions: cases.length, inScope, outOfScope: oos,
    strict: ratio(strict, inScope), top1: ratio(top1, inScope), recallAt3: ratio(recall, inScope),
    falseAnswerRate: ratio(falseAnswers, cases.length), outOfScopeHeld: ratio(held, oos),
    misses,
  };
}

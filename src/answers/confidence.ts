// How sure the engine is that its best entry is the one meant: a logistic
// combination of the figures the decision sees, fitted with
// test/bench/tune-confidence.ts on the labelled dev and held-out questions
// over the shared fixture knowledge base (and checked, never fitted, on the
// blind set over the project's own content). What weighs most: the lead over
// the runner-up, how much of the question the entry covers, and whether the
// character n-gram signal puts the same entry first and by how much.

export interface ConfidenceFigures {
  score: number; margin: number; coverage: number; wordings: number; fit: number; unknown: number;
  gram: number; agree: boolean; gramLead: number;
}

export const FEATURES = ["score", "margin", "lead", "coverage", "wordings", "fit", "unknown", "gram", "agree", "gramLead"] as const;

export function featureVector(f: ConfidenceFigures): number[] {
  return [f.score, f.margin, f.score > 0 ? f.margin / f.score : 0, f.coverage, f.wordings, f.fit, f.unknown, f.gram, f.agree ? 1 : 0, f.gramLead];
}

// LAMBDA=0.01 over dev (64) + held-out (200) questions.
const BIAS = -1.8823;
const WEIGHTS: readonly number[] = [0.6257, 4.4516, 1.066, 2.0262, -0.2285, 0.1692, -1.0839, 1.5345, 0.3753, 6.0039];

/** A probability-like figure in (0, 1). */
export function confidence(f: ConfidenceFigures): number {
  const x = featureVector(f);
  let z = BIAS;
  for (let j = 0; j < x.length; j++) z += WEIGHTS[j]! * x[j]!;
  return 1 / (1 + Math.exp(-z));
}

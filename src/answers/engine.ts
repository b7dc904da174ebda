// The answer engine: free text in, one of three decisions out (CONTENT-FORMAT.md):
// `answer` (confident), `suggest` (offer choices) or `forward` (nothing fits:
// offer to pass the question to the garant). A wrong `answer` is the worst
// outcome, so answering needs a clear score and a clear lead over the runner-up.
import type { Entry } from "../content/types.js";
import { smallTalk, type SmallTalk } from "./analyze.js";
import { buildIndex, type Index } from "./build-index.js";
import { Scorer } from "./score.js";

export type Decision = "answer" | "suggest" | "forward";

export interface MatchResult {
  id: string | null;
  decision: Decision;
  score: number;
  suggestions: string[];
  /** Set when the message is a greeting or thanks rather than a question. */
  smallTalk: SmallTalk;
}

export interface Thresholds {
  /** Minimum score to answer. */
  answer: number;
  /** Minimum lead of the best entry over the second to answer. */
  margin: number;
  /** Minimum share of the query the best entry covers to answer. */
  coverage: number;
  /** Below this, nothing is offered and the question is forwarded. */
  suggest: number;
  /** Suggestions must reach this share of the best score. */
  suggestRatio: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  answer: 0.62,
  margin: 0.08,
  coverage: 0.7,
  suggest: 0.3,
  suggestRatio: 0.55,
};

export interface AnswerEngine {
  match(text: string, lang?: string): MatchResult;
  /** Every full id the engine knows. */
  readonly ids: readonly string[];
  readonly index: Index;
}

const MAX_QUERY_CHARS = 1000;

export function createAnswerEngine(entries: Entry[], thresholds: Thresholds = DEFAULT_THRESHOLDS): AnswerEngine {
  const index = buildIndex(entries);
  const scorer = new Scorer(index);

  function match(text: string, lang = "cs"): MatchResult {
    const q = text.slice(0, MAX_QUERY_CHARS);
    const talk = smallTalk(q);
    if (talk) return { id: null, decision: "forward", score: 0, suggestions: [], smallTalk: talk };
    const terms = index.analyzer.analyze(q, lang, "query");
    const { scored } = scorer.score(terms);
    const best = scored[0];
    if (!best || best.score < thresholds.suggest) {
      return { id: null, decision: "forward", score: round(best?.score ?? 0), suggestions: [], smallTalk: null };
    }
    const second = scored[1]?.score ?? 0;
    const others = scored
      .slice(1)
      .filter((s) => s.score >= Math.max(thresholds.suggest * 0.8, best.score * thresholds.suggestRatio))
      .slice(0, 3)
      .map((s) => index.ids[s.entry]!);
    const confident =
      best.score >= thresholds.answer &&
      best.coverage >= thresholds.coverage &&
      best.score - second >= thresholds.margin;
    return {
      id: index.ids[best.entry]!,
      decision: confident ? "answer" : "suggest",
      score: round(best.score),
      suggestions: others,
      smallTalk: null,
    };
  }

  return { match, ids: index.ids, index };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// The answer engine: free text in, one of three decisions out (CONTENT-FORMAT.md):
// `answer` (confident), `suggest` (offer choices) or `forward` (nothing fits:
// offer to pass the question to the garant). A wrong `answer` is the worst
// outcome, so answering needs a clear score and a clear lead over the runner-up.
import type { Entry } from "../content/types.js";
import { isHearsay, SmallTalkCheck, type SmallTalk, type Term } from "./analyze.js";
import { buildIndex, FULLY_TRANSLATED, type Index } from "./build-index.js";
import { confidence, type ConfidenceFigures } from "./confidence.js";
import { pickFocused, questionSentences } from "./focus.js";
import { questionKinds } from "./question-type.js";
import { looksTransliterated, toCyrillic } from "./transliterate.js";
import { isCyrillic, words } from "./normalize.js";
import { DEFAULT_SCORE_PARAMS, Scorer, type QueryInfo, type Scored, type ScoreParams } from "./score.js";

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
  /** Minimum lead over the second as a share of the best score (a relative margin, comparable across queries). */
  lead: number;
  /** Minimum share of the query the best entry covers to answer. */
  coverage: number;
  /** The strongest topical word left unmatched may weigh at most this much of the strongest matched one. */
  dominance: number;
  /** Below this, nothing is offered and the question is forwarded. */
  suggest: number;
  /** Suggestions must reach this share of the best score. */
  suggestRatio: number;
  /** With a forward, entries above this are still listed as suggestions. */
  weakSuggestion: number;
  /** Minimum confidence (confidence.ts: the figures combined, with the n-gram signal's agreement) to answer. */
  confidence: number;
  /**
   * A very sure answer (confidence at least `sure`) may cover less of the
   * question (down to `sureCoverage`): long messages carry words about other
   * things ("bydlím tu šest let, mám dvě děti…") around the one question.
   */
  sure: number;
  sureCoverage: number;
  /**
   * The longer the message, the more of its words are about other things, so the sure level falls
   * by `sureStep` for each distinct word beyond `sureFrom`, down to `sureFloor`.
   */
  sureStep: number;
  sureFrom: number;
  sureFloor: number;
  /**
   * No runner-up's wordings may cover more of the question than the best
   * entry's by more than this: otherwise the best won on its body text while
   * another entry's own questions fit the question better.
   */
  wordingSlack: number;
  /**
   * The best entry's own wordings (title, questions, claims) must cover at least this share of the
   * question: an entry that matches only in its body ("kdo je starosta Horní Lhoty" meeting the
   * town's name in a text about who decides) is offered, not answered.
   */
  minWordings: number;
}

// Chosen with test/bench/tune-confidence.ts on the dev questions and the
// held-out set: the most right answers with wrong answers at most 2 % on each
// and out-of-scope questions held. The confidence does most of the work; the
// plain lead over the runner-up stays as a floor (coverage and relative lead
// are inside the confidence).
export const DEFAULT_THRESHOLDS: Thresholds = {
  answer: 0.2,
  margin: 0.06,
  lead: 0,
  coverage: 0.55,
  dominance: Infinity,
  confidence: 0.7,
  suggest: 0.2,
  suggestRatio: 0.3,
  weakSuggestion: 0.1,
  sure: 0.9,
  sureCoverage: 0.4,
  // Step 0.005-0.02, from 3-5 words, floor 0.85-0.86 give the same or one question less over nine sets, with
  // no new wrong answer (2026-12-03); one level (0.85) for every message of 5+ words answered one wrongly.
  sureStep: 0.01,
  sureFrom: 4,
  sureFloor: 0.85,
  wordingSlack: 0.05,
  minWordings: 0.25,
};

export interface MatchDebug {
  best: string | null; score: number; margin: number; coverage: number; wordings: number; fit: number; dominance: number; unknown: number;
  /** N-gram cosine with the best entry's wordings; whether the n-gram signal alone ranks it first; its lead there. */
  gram: number; agree: boolean; gramLead: number;
  /** The best entry's word-pair share (score.ts), and the runner-up's. */
  pair: number; secondPair: number;
  confidence: number;
  /** An English question whose translated best entry loses to an untranslated one on what both can match (see score). */
  disputed: boolean;
}

export interface AnswerEngine {
  match(text: string, lang?: string): MatchResult;
  /** The best candidate and the figures the decision is made from. */
  debug(text: string, lang?: string): MatchDebug;
  /** Every full id the engine knows. */
  readonly ids: readonly string[];
  readonly index: Index;
}

const MAX_QUERY_CHARS = 1000;
/** A best wording fit from here on is (close to) one of the entry's own wordings. */
const OWN_WORDING_FIT = 0.8;
/** A message is answered from its question sentences only when its best entry leaves out no known word above this share of its strongest match. */
const FOCUS_LEFT_OUT = 0.5;

export function createAnswerEngine(entries: Entry[], thresholds: Thresholds = DEFAULT_THRESHOLDS, params: ScoreParams = DEFAULT_SCORE_PARAMS): AnswerEngine {
  const index = buildIndex(entries);
  const withGrams = new Scorer(index, params);
  const withoutGrams = index.cyrillicShare < FULLY_TRANSLATED ? new Scorer(index, { ...params, wGram: 0 }) : null;
  const baseOnly = index.englishShare < FULLY_TRANSLATED ? new Scorer(index, { ...params, wGram: 0, baseOnly: true }) : null;
  /**
   * The character n-grams of a Cyrillic question can only meet the entries translated into
   * Ukrainian. When the best entry is translated and the runner-up is not, the two were not
   * compared on equal terms, so the question is scored again without the n-grams.
   *
   * An English question meets the same unfairness in its words: every English word can match
   * a translated entry, only concept words (rent = nájem) an untranslated one. When the best
   * entry is translated and the runner-up is not, the question is also scored on what the
   * Czech files hold; if an untranslated entry wins there, the first ranking stands but is
   * disputed: it is offered, not answered. An exact fit of one of the best entry's own
   * English wordings is not disputed ("Will I get a flat?" keeps only a weak concept).
   */
  function score(list: readonly string[], terms: Term[], lang: string): ReturnType<Scorer["score"]> & { disputed?: boolean } {
    const hearsay = isHearsay(list);
    const kinds = questionKinds(list);
    const first = withGrams.score(terms, hearsay, lang, kinds);
    const [a, b] = first.scored;
    if (withoutGrams && a && b && index.cyrillic[a.entry] && !index.cyrillic[b.entry] && list.some(isCyrillic)) return withoutGrams.score(terms, hearsay, lang, kinds);
    if (baseOnly && a && b && lang === "en" && index.english[a.entry] && !index.english[b.entry] && a.fit < OWN_WORDING_FIT) {
      const fair = baseOnly.score(terms, hearsay, lang, kinds).scored[0];
      return { ...first, disputed: fair !== undefined && fair.entry !== a.entry && !index.english[fair.entry] };
    }
    return first;
  }
  const talkCheck = new SmallTalkCheck();

  /** The words of a question, read up to MAX_QUERY_CHARS (a pasted essay is not a question). */
  function queryWords(text: string): string[] {
    return words(text.slice(0, MAX_QUERY_CHARS));
  }
  function scoreWords(list: readonly string[], lang: string): ReturnType<typeof score> {
    return score(list, index.analyzer.analyzeWords(list, lang, "query"), lang);
  }

  /**
   * A message of several sentences not answered as a whole may be answered from its question sentences
   * (focus.ts), when the context words only diluted the match: they hold nothing the knowledge knows
   * that the best entry leaves out.
   */
  function match(text: string, lang = "cs"): MatchResult {
    const direct = matchReading(text, lang);
    if (!looksTransliterated(text, lang) || direct.decision === "answer" || direct.smallTalk) return direct;
    // Ukrainian in Latin letters ("shcho bude z kvartyroju"): also read back in Cyrillic, and keep the reading
    // that fits better (a Ukrainian who writes Czech keeps the direct one).
    const cyrillic = matchReading(toCyrillic(text), lang);
    return cyrillic.smallTalk || cyrillic.score > direct.score ? cyrillic : direct;
  }

  function matchReading(text: string, lang: string): MatchResult {
    const { result: whole, leftOut } = decide(text, lang);
    if (whole.decision === "answer" || whole.smallTalk) return whole;
    const asking = questionSentences(text.slice(0, MAX_QUERY_CHARS));
    // The context may carry the topic ("Připravuji reportáž pro Deník. S kým můžu mluvit?"): when the best entry
    // leaves out a word the knowledge knows, weighing more than half its strongest match, the context stands.
    if (asking === null || leftOut > FOCUS_LEFT_OUT) return whole;
    return pickFocused(whole, matchText(asking, lang));
  }

  function matchText(text: string, lang: string): MatchResult {
    return decide(text, lang).result;
  }

  /** The decision, and how strongly a word the knowledge knows is left out by the best entry (relative to its strongest match). */
  function decide(text: string, lang: string): { result: MatchResult; leftOut: number } {
    // Split once: the small-talk check and the analysis read the same words.
    const list = queryWords(text);
    const talk = talkCheck.check(list);
    if (talk) return { result: { id: null, decision: "forward", score: 0, suggestions: [], smallTalk: talk }, leftOut: 0 };
    const { scored, info, disputed } = scoreWords(list, lang);
    const best = scored[0];
    if (!best) return { result: { id: null, decision: "forward", score: 0, suggestions: [], smallTalk: null }, leftOut: 0 };
    // What is offered at all is decided on the topic too: asking "where" as an entry does is not enough.
    if (scored.every((s) => plain(s) < thresholds.suggest)) {
      // Nothing fits well enough to offer as the answer; the closest entries may still help.
      const weak = scored.filter((s) => plain(s) >= thresholds.weakSuggestion).slice(0, 3).map((s) => index.ids[s.entry]!);
      return { result: { id: null, decision: "forward", score: round(best.score), suggestions: weak, smallTalk: null }, leftOut: 0 };
    }
    const second = runnerUp(scored);
    const others = scored
      .slice(1)
      .filter((s) => plain(s) >= Math.max(thresholds.suggest * 0.8, plain(best) * thresholds.suggestRatio))
      .slice(0, 3)
      .map((s) => index.ids[s.entry]!);
    const clear = !disputed &&
      // Generic words alone ("kdy?", "co mám dělat?") say what kind of answer is wanted, not about what.
      best.strongestMatched > 0 &&
      plain(best) >= thresholds.answer &&
      best.coverage >= Math.min(thresholds.coverage, thresholds.sureCoverage) &&
      best.wordings >= thresholds.minWordings &&
      plain(best) - second >= thresholds.margin &&
      plain(best) - second >= thresholds.lead * plain(best) &&
      dominance(best) <= thresholds.dominance &&
      scored.every((o) => o.wordings <= best.wordings + thresholds.wordingSlack);
    let confident = clear;
    if (clear && (thresholds.confidence > 0 || best.coverage < thresholds.coverage)) {
      const c = confidence(figures(best, second, info));
      const sure = Math.max(thresholds.sureFloor, thresholds.sure - thresholds.sureStep * Math.max(0, info.terms - thresholds.sureFrom));
      confident = best.coverage >= thresholds.coverage ? c >= thresholds.confidence : c >= sure;
    }
    const result: MatchResult = {
      id: index.ids[best.entry]!,
      decision: confident ? "answer" : "suggest",
      score: round(best.score),
      suggestions: others,
      smallTalk: null,
    };
    return { result, leftOut: best.strongestMatched > 0 ? best.strongestKnownUnmatched / best.strongestMatched : Infinity };
  }

  function debug(text: string, lang = "cs"): MatchDebug {
    const { scored, info, disputed = false } = scoreWords(queryWords(text), lang);
    const best = scored[0];
    if (!best) return { best: null, score: 0, margin: 0, coverage: 0, wordings: 0, fit: 0, dominance: 0, unknown: 0, gram: 0, agree: false, gramLead: 0, pair: 0, secondPair: 0, confidence: 0, disputed };
    const f = figures(best, runnerUp(scored), info);
    return { best: index.ids[best.entry]!, ...f, dominance: dominance(best), pair: best.pair, secondPair: scored[1]?.pair ?? 0, confidence: confidence(f), disputed };
  }

  return { match, debug, ids: index.ids, index };
}

/**
 * How the strongest topical word an entry leaves out compares with the
 * strongest it matches: "kdy je otevřená pošta" matches a closure FAQ on
 * "otevřená", but "pošta", the word that says what it is about, is left out.
 */
function dominance(s: Scored): number {
  return s.strongestMatched === 0 ? Infinity : s.strongestUnmatched / s.strongestMatched;
}

/**
 * An entry's score without what asking the same kind of question added: that helps to rank entries
 * about one topic, but the decision to answer is made on the topic ("kdy má otevřeno úřad práce" asks
 * when, as the closure entry does, and is still about something the knowledge does not hold).
 */
function plain(s: Scored): number {
  return s.score - s.kind;
}

/** The best score without the kind part among the entries after the first: the lead an answer needs is over this. */
function runnerUp(scored: readonly Scored[]): number {
  let second = 0;
  for (let i = 1; i < scored.length; i++) second = Math.max(second, plain(scored[i]!));
  return second;
}

/** The figures the confidence is computed from. */
function figures(best: Scored, second: number, info: QueryInfo): ConfidenceFigures {
  const agree = info.gramBest === best.entry;
  return {
    score: plain(best), margin: plain(best) - second, coverage: best.coverage, wordings: best.wordings, fit: best.fit,
    unknown: info.weight > 0 ? info.unknownWeight / info.weight : 0,
    gram: best.gram, agree, gramLead: agree ? info.gramBestScore - info.gramSecondScore : 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// The weights and factors an entry's score is made from (score.ts), in one place:
// the engine takes them as a parameter, so the tuning scripts can try others.

/** How an entry's score is made from its parts. */
export interface ScoreParams {
  /** Weight of the best single wording (query coverage, scaled by how much of that wording the query covers). */
  wBest: number;
  /** Weight of the query coverage by all wordings together. */
  wWordings: number;
  /** Weight of the query coverage by the whole entry, body included. */
  wWhole: number;
  /**
   * How much the share of a wording covered by the query matters (0.3: re-checked over nine labelled sets on
   * 2026-12-03; 0.45 before answered two more blind questions wrongly).
   */
  fitShare: number;
  /** Weight of the n-gram cosine with the wordings. */
  wGram: number;
  /**
   * Weight of the word-pair fit: the share of the question's neighbouring known words that also stand
   * next to each other (or one word apart) in one of the entry's wordings. "co bude s barákem" and
   * "Co bude s budovou?" share the pair bude + building; a text that holds both words apart does not.
   */
  wPair: number;
  /**
   * Added when the question asks the same kind of question (a time, a place, a person, a number, a
   * reason, a permission: question-type.ts) as one of the entry's own wordings.
   */
  wKind: number;
  /** Added to a rumour's score when the question is hearsay ("prý", "is it true"). */
  hearsay: number;
  /**
   * Taken from a rumour's score when the question asks with a question word (kdy, proč, how many)
   * and is not hearsay: a plain question leans towards the FAQ entries by this much.
   */
  asksFaq: number;
  /**
   * Unknown words keep their whole weight up to `unknownFrom` topical words; each further one
   * takes `unknownStep` of it away, down to `unknownFloor`.
   */
  unknownFrom: number;
  unknownStep: number;
  unknownFloor: number;
  /**
   * The weight of a Cyrillic word the knowledge does not know, over a base mostly not translated
   * into Ukrainian: such a word is mostly one the Czech texts cannot hold (only concept words cross
   * languages), not a sign of a topic the knowledge lacks.
   */
  unreadable: number;
  /** The same for a word of an English question over a base mostly not translated into English (less: Latin words are read as Czech too). */
  unreadableEnglish: number;
  /** Match only features that occur in the base language's files, as untranslated entries can (engine.ts). */
  baseOnly?: boolean;
}
export const DEFAULT_SCORE_PARAMS: ScoreParams = { wBest: 0.35, wWordings: 0.35, wWhole: 0.3, fitShare: 0.3, wGram: 0.3, wPair: 0.1, wKind: 0.08, hearsay: 0.1, asksFaq: 0.1, unknownFrom: 2, unknownStep: 0.15, unknownFloor: 0.5, unreadable: 0.2, unreadableEnglish: 0.5 };

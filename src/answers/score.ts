// Scores entries against a query using the index: how much of the query an
// entry covers (each word weighted by how telling it is, BM25-style idf), how
// much its wordings alone cover, and how well the query fits one of its own
// wordings. Only the few best entries get the wording-fit check.
import { type Term } from "./analyze.js";
import { FULLY_TRANSLATED, type Index } from "./build-index.js";
import { isCyrillic } from "./normalize.js";
import { CandidateLookup, type Candidate } from "./candidates.js";
import { DEFAULT_SCORE_PARAMS, type ScoreParams } from "./score-params.js";

export { oneEditApart } from "./candidates.js";
export { DEFAULT_SCORE_PARAMS, type ScoreParams };

export interface Scored {
  entry: number;
  score: number;
  /** Share of the query's weight the whole entry covers. */
  coverage: number;
  /** Share of the query's weight the entry's wordings cover. */
  wordings: number;
  /** Best single wording's score. */
  fit: number;
  /** Weight of the strongest topical word the entry matches, and of the strongest it leaves unmatched. */
  strongestMatched: number;
  strongestUnmatched: number;
  /** The same among the words the knowledge knows (an unknown word is left out by every entry). */
  strongestKnownUnmatched: number;
  /** Character n-gram cosine of the question with the entry's wordings. */
  gram: number;
  /** Share of the question's neighbouring known words that are neighbours in one of the entry's wordings. */
  pair: number;
  /** What the score holds for asking the same kind of question as one of the entry's wordings (0 or wKind). */
  kind: number;
}
export interface QueryInfo {
  terms: number; weight: number; unknownWeight: number;
  /** The entry the n-gram signal alone ranks first (-1: none), its n-gram score and the runner-up's. */
  gramBest: number; gramBestScore: number; gramSecondScore: number;
}

/** How many of the best entries a query keeps (the answer, the runner-up and suggestions). */
export const TOP_K = 4;
/** How many entries, chosen by an upper bound of their score, get the exact wording-fit check. */
const CANDIDATES = 12;
/** Longest query the scorer reads (words); the analyzer caps it too. */
const MAX_TERMS = 64;


/** Scratch buffers reused across queries (the engine is single-threaded). */
export class Scorer {
  private readonly accWhole: Float64Array;
  private readonly accGram: Float64Array;
  private readonly accWord: Float64Array;
  /** Which query term a feature stands for in this query (for the wording-fit check). */
  private readonly featStamp: Int32Array;
  private readonly featTerm: Int32Array;
  private readonly featStrength: Float64Array;
  private readonly termWeight = new Float64Array(MAX_TERMS);
  private readonly gramLists: Int32Array[] = [];
  private readonly termBest = new Float64Array(MAX_TERMS);
  private readonly candE = new Int32Array(CANDIDATES);
  private readonly candUB = new Float64Array(CANDIDATES);
  private readonly termStamp = new Int32Array(MAX_TERMS);
  /** Per query term, the position in the current wording of the first word it matches. */
  private readonly termPos = new Int32Array(MAX_TERMS);
  /** The best word-pair share of the entry last checked by bestWordingFit. */
  private pairBest = 0;
  private readonly primaries: string[] = [];
  private readonly lookup: CandidateLookup;
  private readonly unreadable: number;
  private readonly unreadableEnglish: number;
  private unitEpoch = 0;
  private query = 0;
  private termCount = 0;

  constructor(private readonly index: Index, private readonly params: ScoreParams = DEFAULT_SCORE_PARAMS) {
    const n = index.ids.length;
    this.accWhole = new Float64Array(n);
    this.accGram = new Float64Array(n);
    this.accWord = new Float64Array(n);
    this.lookup = new CandidateLookup(index, params.baseOnly === true);
    this.unreadable = index.cyrillicShare < FULLY_TRANSLATED ? params.unreadable : 1;
    this.unreadableEnglish = index.englishShare < FULLY_TRANSLATED ? params.unreadableEnglish : 1;
    const f = index.idf.length;
    this.featStamp = new Int32Array(f);
    this.featTerm = new Int32Array(f);
    this.featStrength = new Float64Array(f);
  }

  /** Candidate features of a term (cached: a pure function of the term and the index). */
  candidates(t: Term): Candidate {
    return this.lookup.get(t);
  }

  /** Scores the entries for a question's terms (by words and by their character n-grams). */
  score(terms: Term[], hearsay = false, lang = "cs", kinds = 0): { scored: Scored[]; info: QueryInfo } {
    const unreadableLatin = lang === "en" ? this.unreadableEnglish : 1;
    const ix = this.index;
    const { accGram } = this;
    const { accWhole, accWord, featStamp, featTerm, featStrength, termWeight } = this;
    const query = ++this.query;
    let total = 0;
    let unknownWeight = 0;
    let termCount = 0;
    let distinct = 0;
    const primaries = this.primaries;
    // Topical (non-generic) words of the query (at most 32), for telling which ones an entry leaves out.
    const topical: number[] = [];
    // For each topical word, its candidates (null: it matches nothing): which entries it matches is asked only for the best few.
    const topicalCand: (Candidate | null)[] = [];
    const list = ix.postingEntries;
    const flags = ix.postingFlags;
    for (const t of terms) {
      if (termCount >= MAX_TERMS || (distinct > 0 && primaries.lastIndexOf(t.primary, distinct - 1) >= 0)) continue;
      primaries[distinct++] = t.primary;
      const cand = this.candidates(t);
      const { fids, strengths, known, merged } = cand;
      let weight = cand.weight;
      if (!known) weight *= isCyrillic(t.word) ? this.unreadable : unreadableLatin;
      total += weight;
      if (!t.generic && topical.length < 32) { topical.push(weight); topicalCand.push(known && fids.length > 0 ? cand : null); }
      if (!known) { unknownWeight += weight; continue; }
      if (fids.length === 0) continue;
      const ti = termCount++;
      termWeight[ti] = weight;
      for (let j = 0; j < fids.length; j++) {
        const f = fids[j]!;
        const s = strengths[j]!;
        // A feature two words share stands for the one it serves more strongly.
        if (featStamp[f] !== query || featStrength[f]! * termWeight[featTerm[f]!]! < s * weight) { featStamp[f] = query; featTerm[f] = ti; featStrength[f] = s; }
      }
      // No branch per posting: a posting outside the wordings adds zero to accWord (x + 0 is x).
      if (!merged) {
        // One feature: each entry occurs once in its list; its flag is 0 or 1.
        const f = fids[0]!;
        const add = weight * strengths[0]!;
        for (let k = ix.postingStart[f]!, to = ix.postingStart[f + 1]!; k < to; k++) {
          const e = list[k]!;
          accWhole[e] = accWhole[e]! + add;
          accWord[e] = accWord[e]! + flags[k]! * add;
        }
        continue;
      }
      // Several features: each entry counts once, by the first feature holding it (strongest first).
      const { entries, whole, wording } = merged;
      for (let k = 0; k < entries.length; k++) {
        const e = entries[k]!;
        accWhole[e] = accWhole[e]! + whole[k]!;
        accWord[e] = accWord[e]! + wording[k]!;
      }
    }
    const scored: Scored[] = [];
    const P = this.params;
    // Words the knowledge does not know weigh less the longer the question: a short question's unknown
    // word is likely what it asks about ("kdy je otevřená pošta"), a long message's are mostly its story.
    const unknownShare = Math.max(P.unknownFloor, Math.min(1, 1 - (topical.length - P.unknownFrom) * P.unknownStep));
    total -= unknownWeight * (1 - unknownShare);
    unknownWeight *= unknownShare;
    const info: QueryInfo = { terms: distinct, weight: total, unknownWeight, gramBest: -1, gramBestScore: 0, gramSecondScore: 0 };
    if (total <= 0) { this.reset(); return { scored, info }; }
    if (P.wGram > 0) {
      // Each word's gram ids are kept with its (cached) candidates.
      const gramLists = this.gramLists;
      let n = 0;
      for (const t of terms) { const c = this.candidates(t); gramLists[n++] = c.grams ??= ix.ngrams.queryGrams(t.word); }
      ix.ngrams.addGrams(gramLists, n, accGram);
    }
    this.termCount = termCount;
    // The best wording's part can be at most the wordings' coverage: an upper bound picks the candidates.
    // In the same pass: the entry the n-gram signal alone puts first, and by how much.
    const { candE, candUB } = this;
    let nc = 0;
    const ubWord = (P.wBest + P.wWordings) / total, ubWhole = P.wWhole / total, wGram = P.wGram;
    const rumour = ix.rumour;
    const entryKinds = ix.kinds, wKind = kinds === 0 ? 0 : P.wKind;
    // The most the word-pair and question-kind parts can add to an entry (see the exact check below).
    const extra = (termCount > 1 ? P.wPair : 0) + wKind;
    let asks = false;
    for (const t of terms) if (t.asks) { asks = true; break; }
    // A rumour's extra over an FAQ entry: hearsay leans towards the rumours, a plain question towards the FAQ.
    const bonus = hearsay ? P.hearsay : asks ? -P.asksFaq : 0;
    let gramBest = -1, gramBestScore = 0, gramSecondScore = 0;
    // Every entry is scanned rather than a list of those touched kept per posting: a question's
    // words and grams reach most entries, and an entry nothing reached has both sums zero.
    // Entries come in ascending order, so an entry already kept always wins a tie (the lower entry
    // first, as in the final ranking): a later one needs a strictly higher bound.
    let floor = -Infinity;
    for (let e = 0, n = accWhole.length; e < n; e++) {
      const ag = accGram[e]!;
      if (ag === 0 && accWhole[e] === 0) continue;
      const g = wGram * ag;
      if (g > gramBestScore) { gramSecondScore = gramBestScore; gramBestScore = g; gramBest = e; }
      else if (g > gramSecondScore) gramSecondScore = g;
      const ub = ubWord * accWord[e]! + ubWhole * accWhole[e]! + g + bonus * rumour[e]!;
      if (ub <= floor) continue;
      let i = nc < CANDIDATES ? nc++ : CANDIDATES - 1;
      while (i > 0 && ub > candUB[i - 1]!) { candUB[i] = candUB[i - 1]!; candE[i] = candE[i - 1]!; i--; }
      candUB[i] = ub; candE[i] = e;
      if (nc === CANDIDATES) floor = candUB[CANDIDATES - 1]!;
    }
    info.gramBest = gramBest; info.gramBestScore = gramBestScore; info.gramSecondScore = gramSecondScore;
    for (let c = 0; c < nc; c++) {
      // Candidates come by falling upper bound: once one cannot beat the TOP_K-th exact score, none can. The
      // bound leaves out the word-pair and question-kind parts (their upper limits are added here): kept out
      // of the scan over every entry, they cost nothing there, and they only reorder entries close together.
      if (scored.length >= TOP_K && candUB[c]! + extra <= scored[TOP_K - 1]!.score) break;
      const e = candE[c]!;
      const fit = this.bestWordingFit(e, total, query);
      const pair = this.pairBest;
      const coverage = accWhole[e]! / total;
      const wordings = accWord[e]! / total;
      const gram = accGram[e]!;
      const kind = (entryKinds[e]! & kinds) !== 0 ? wKind : 0;
      const item = { entry: e, score: P.wBest * fit + P.wWordings * wordings + P.wWhole * coverage + P.wGram * gram + P.wPair * pair + bonus * rumour[e]! + kind, kind, coverage, wordings, fit, strongestMatched: 0, strongestUnmatched: 0, strongestKnownUnmatched: 0, gram, pair };
      let i = scored.length;
      scored.push(item);
      while (i > 0 && (item.score > scored[i - 1]!.score || (item.score === scored[i - 1]!.score && e < scored[i - 1]!.entry))) { scored[i] = scored[i - 1]!; i--; }
      scored[i] = item;
    }
    this.reset();
    if (scored.length > TOP_K) scored.length = TOP_K;
    // Which topical words an entry matches is asked for the kept few only.
    for (const item of scored) {
      for (let b = 0; b < topical.length; b++) {
        const w = topical[b]!;
        const c = topicalCand[b]!;
        if (c !== null && this.lookup.holds(c, item.entry)) { if (w > item.strongestMatched) item.strongestMatched = w; continue; }
        if (w > item.strongestUnmatched) item.strongestUnmatched = w;
        if (c !== null && w > item.strongestKnownUnmatched) item.strongestKnownUnmatched = w;
      }
    }
    return { scored, info };
  }

  /** Zeroes the accumulators (zero means untouched). */
  private reset(): void {
    this.accWhole.fill(0); this.accWord.fill(0); this.accGram.fill(0);
  }

  /**
   * The best wording of an entry: the query share it covers, scaled by how much of the wording the query covers.
   * In the same walk, the best word-pair share (left in `pairBest`): of the question's neighbouring known
   * words, how many pairs stand in the same order in one wording, next to each other or one word apart.
   */
  private bestWordingFit(e: number, total: number, query: number): number {
    const ix = this.index;
    const { featStamp, featTerm, featStrength, termWeight, termBest, termPos, termStamp } = this;
    const { unitStart, unitFeatures, unitPositions, entryUnits } = ix;
    const fitShare = this.params.fitShare;
    let best = 0;
    let pairBest = 0;
    const nt = this.termCount;
    for (let k = ix.entryUnitStart[e]!, last = ix.entryUnitStart[e + 1]!; k < last; k++) {
      const u = entryUnits[k]!;
      const stamp = ++this.unitEpoch;
      let hit = false;
      for (let j = unitStart[u]!, end = unitStart[u + 1]!; j < end; j++) {
        const f = unitFeatures[j]!;
        if (featStamp[f] !== query) continue;
        const t = featTerm[f]!;
        if (termStamp[t] !== stamp) { termStamp[t] = stamp; termBest[t] = featStrength[f]!; termPos[t] = unitPositions[j]!; hit = true; }
        else if (featStrength[f]! > termBest[t]!) termBest[t] = featStrength[f]!;
      }
      if (!hit) continue;
      // One pass over the question's words: what the wording covers, and which neighbours are neighbours here too.
      let acc = 0;
      let pairs = 0;
      let before = false;
      for (let t = 0; t < nt; t++) {
        if (termStamp[t] !== stamp) { before = false; continue; }
        acc += termBest[t]! * termWeight[t]!;
        if (before) { const d = termPos[t]! - termPos[t - 1]!; if (d >= 1 && d <= 2) pairs++; }
        before = true;
      }
      if (pairs > 0 && pairs / (nt - 1) > pairBest) pairBest = pairs / (nt - 1);
      if (acc === 0) continue;
      const w = ix.unitWeight[u]!;
      const fit = w > 1e-9 ? Math.min(1, acc / w) : 1;
      const s = (acc / total) * (1 - fitShare + fitShare * fit);
      if (s > best) best = s;
    }
    this.pairBest = pairBest;
    return best;
  }
}

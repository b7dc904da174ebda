// Scores every entry against a query using the index: how much of the query
// an entry covers (weighted by how telling each word is), and how well the
// query fits one of the entry's own wordings.
import { type Feature, type Term } from "./analyze.js";
import { deletionVariants, GENERIC_FACTOR, GENERIC_IDF_CAP, MIN_PREFIX, UNIT_QUESTION, UNIT_WORDINGS, type Index } from "./build-index.js";

export interface Scored {
  entry: number;
  score: number;
  /** Share of the query's weight the whole entry covers. */
  coverage: number;
  /** Best single wording's score. */
  fit: number;
  /** Weight of the strongest topical word the entry matches, and of the strongest it leaves unmatched. */
  strongestMatched: number;
  strongestUnmatched: number;
}
export interface QueryInfo { terms: number; weight: number; unknownWeight: number }

const TYPO_STRENGTH = 0.75;
const PREFIX_STRENGTH = 0.7;
/** The shorter stem must be at least this share of the longer one. */
const PREFIX_SHARE = 0.6;

/** How an entry's score is made from its units. */
export interface ScoreParams {
  /** Weight of the best single wording (query coverage, scaled by how much of that wording the query covers). */
  wBest: number;
  /** Weight of the query coverage by all wordings together. */
  wWordings: number;
  /** Weight of the query coverage by the whole entry, body included. */
  wWhole: number;
  /** How much the share of a wording covered by the query matters. */
  fitShare: number;
}
export const DEFAULT_SCORE_PARAMS: ScoreParams = { wBest: 0.35, wWordings: 0.35, wWhole: 0.3, fitShare: 0.45 };

/** Scratch buffers reused across queries (the engine is single-threaded). */
export class Scorer {
  private readonly acc: Float64Array;
  private readonly stamp: Float64Array;
  private readonly entryBestQ: Float64Array;
  private readonly entryWhole: Float64Array;
  private readonly entryWordings: Float64Array;
  private readonly entryMask: Uint32Array;
  private readonly unitMask: Uint32Array;
  private readonly entryTouched: Uint8Array;
  private epoch = 1;

  constructor(private readonly index: Index, private readonly params: ScoreParams = DEFAULT_SCORE_PARAMS) {
    const units = index.unitEntry.length;
    this.acc = new Float64Array(units);
    this.stamp = new Float64Array(units);
    this.entryBestQ = new Float64Array(index.ids.length);
    this.entryWhole = new Float64Array(index.ids.length);
    this.entryWordings = new Float64Array(index.ids.length);
    this.entryMask = new Uint32Array(index.ids.length);
    this.unitMask = new Uint32Array(units);
    this.entryTouched = new Uint8Array(index.ids.length);
  }

  /** Candidate features of a term that exist in the index; typos are tried when none do. */
  private candidates(t: Term): { feats: Feature[]; weight: number; known: boolean } {
    const ix = this.index;
    const feats = t.features.filter((f) => ix.featureIds.has(f.f));
    if (feats.length === 0 && t.word.length >= 5) {
      // A typo: document words one edit away (a letter missing, extra, changed or swapped).
      const found = new Set<string>();
      for (const d of deletionVariants(t.word)) for (const w of ix.deletions.get(d) ?? []) found.add(w);
      for (const w of found) {
        if (Math.abs(w.length - t.word.length) > 1) continue;
        for (const f of ix.wordFeatures.get(w) ?? []) if (!feats.some((x) => x.f === f)) feats.push({ f, s: TYPO_STRENGTH });
      }
    }
    if (!ix.featureIds.has(t.primary) && t.primary.length >= MIN_PREFIX && !t.primary.startsWith("~")) {
      // Forms the stemmer did not join (jméno / jmenuju): one stem begins with the other.
      const p = t.primary;
      const add = (f: string) => { if (!feats.some((x) => x.f === f)) feats.push({ f, s: PREFIX_STRENGTH }); };
      for (const longer of ix.prefixes.get(p) ?? []) if (p.length >= PREFIX_SHARE * longer.length) add(longer);
      for (let len = p.length - 1; len >= MIN_PREFIX && len >= PREFIX_SHARE * p.length; len--) {
        const shorter = p.slice(0, len);
        if (ix.featureIds.has(shorter)) add(shorter);
      }
    }
    // Generic words (kdy, muset, what) weigh little whether the knowledge knows them or not.
    const cap = (idf: number) => (t.generic ? GENERIC_FACTOR * Math.min(idf, GENERIC_IDF_CAP) : idf);
    if (feats.length === 0) return { feats, weight: cap(ix.idfUnknown), known: false };
    let weight = 0;
    for (const f of feats) weight = Math.max(weight, ix.idf[ix.featureIds.get(f.f)!]!);
    // A word only known through a concept or a typo still counts as known.
    return { feats, weight: cap(weight), known: true };
  }

  score(terms: Term[]): { scored: Scored[]; info: QueryInfo } {
    const ix = this.index;
    const touchedUnits: number[] = [];
    let total = 0;
    let unknownWeight = 0;
    const seenPrimary = new Set<string>();
    // Topical (non-generic) words of the query by bit, for telling which ones an entry leaves out.
    const topical: number[] = [];
    for (const t of terms) {
      if (seenPrimary.has(t.primary)) continue;
      seenPrimary.add(t.primary);
      const { feats, weight, known } = this.candidates(t);
      total += weight;
      const bit = !t.generic && topical.length < 32 ? 1 << topical.length : 0;
      if (bit) topical.push(weight);
      if (!known) { unknownWeight += weight; continue; }
      const mark = ++this.epoch;
      const { stamp, acc, epochBase, unitMask } = this;
      for (const { f, s } of feats) {
        const postings = ix.postings[ix.featureIds.get(f)!]!;
        const add = weight * s;
        for (let k = 0; k < postings.length; k++) {
          const u = postings[k]!;
          const seen = stamp[u]!;
          if (seen === mark) continue;
          if (seen < epochBase) { acc[u] = add; unitMask[u] = bit; touchedUnits.push(u); } else { acc[u] = acc[u]! + add; unitMask[u] = unitMask[u]! | bit; }
          stamp[u] = mark;
        }
      }
    }
    const scored: Scored[] = [];
    if (total === 0) { this.epochBase = ++this.epoch; return { scored, info: { terms: seenPrimary.size, weight: 0, unknownWeight } }; }
    const P = this.params;
    const touchedEntries: number[] = [];
    for (const u of touchedUnits) {
      const e = ix.unitEntry[u]!;
      if (!this.entryTouched[e]) { this.entryTouched[e] = 1; this.entryBestQ[e] = 0; this.entryWhole[e] = 0; this.entryWordings[e] = 0; this.entryMask[e] = 0; touchedEntries.push(e); }
      const coverage = this.acc[u]! / total;
      const kind = ix.unitKind[u];
      if (kind === UNIT_QUESTION) {
        const fit = Math.min(1, this.acc[u]! / Math.max(ix.unitWeight[u]!, 1e-9));
        const s = coverage * (1 - P.fitShare + P.fitShare * fit);
        if (s > this.entryBestQ[e]!) this.entryBestQ[e] = s;
        // An entry has a unit of each kind per language: keep the best.
      } else if (kind === UNIT_WORDINGS) this.entryWordings[e] = Math.max(this.entryWordings[e]!, coverage);
      else {
        this.entryWhole[e] = Math.max(this.entryWhole[e]!, coverage);
        this.entryMask[e] = this.entryMask[e]! | this.unitMask[u]!;
      }
    }
    for (const e of touchedEntries) {
      this.entryTouched[e] = 0;
      const fit = this.entryBestQ[e]!;
      const coverage = this.entryWhole[e]!;
      const wordings = this.entryWordings[e]!;
      let strongestMatched = 0;
      let strongestUnmatched = 0;
      const mask = this.entryMask[e]!;
      topical.forEach((w, i) => {
        if (mask & (1 << i)) strongestMatched = Math.max(strongestMatched, w);
        else strongestUnmatched = Math.max(strongestUnmatched, w);
      });
      scored.push({ entry: e, score: P.wBest * fit + P.wWordings * wordings + P.wWhole * coverage, coverage, fit, strongestMatched, strongestUnmatched });
    }
    this.epochBase = ++this.epoch;
    scored.sort((a, b) => b.score - a.score || a.entry - b.entry);
    return { scored, info: { terms: seenPrimary.size, weight: total, unknownWeight } };
  }

  private epochBase = 1;
}

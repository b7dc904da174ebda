// Scores every entry against a query using the index: how much of the query
// an entry covers (weighted by how telling each word is), and how well the
// query fits one of the entry's own wordings.
import { type Feature, type Term } from "./analyze.js";
import { deletionVariants, GENERIC_FACTOR, GENERIC_IDF_CAP, UNIT_QUESTION, type Index } from "./build-index.js";

export interface Scored { entry: number; score: number; coverage: number; fit: number }
export interface QueryInfo { terms: number; weight: number; unknownWeight: number }

const TYPO_STRENGTH = 0.75;

/** Scratch buffers reused across queries (the engine is single-threaded). */
export class Scorer {
  private readonly acc: Float64Array;
  private readonly stamp: Float64Array;
  private readonly entryBestQ: Float64Array;
  private readonly entryWhole: Float64Array;
  private readonly entryTouched: Uint8Array;
  private epoch = 1;

  constructor(private readonly index: Index) {
    const units = index.unitEntry.length;
    this.acc = new Float64Array(units);
    this.stamp = new Float64Array(units);
    this.entryBestQ = new Float64Array(index.ids.length);
    this.entryWhole = new Float64Array(index.ids.length);
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
    for (const t of terms) {
      if (seenPrimary.has(t.primary)) continue;
      seenPrimary.add(t.primary);
      const { feats, weight, known } = this.candidates(t);
      total += weight;
      if (!known) { unknownWeight += weight; continue; }
      const mark = ++this.epoch;
      for (const { f, s } of feats) {
        const postings = ix.postings[ix.featureIds.get(f)!]!;
        for (let k = 0; k < postings.length; k++) {
          const u = postings[k]!;
          if (this.stamp[u] === mark) continue;
          if (this.stamp[u] < this.epochBase) { this.acc[u] = 0; touchedUnits.push(u); }
          this.stamp[u] = mark;
          this.acc[u] += weight * s;
        }
      }
    }
    const scored: Scored[] = [];
    if (total === 0) { this.epochBase = ++this.epoch; return { scored, info: { terms: seenPrimary.size, weight: 0, unknownWeight } }; }
    const touchedEntries: number[] = [];
    for (const u of touchedUnits) {
      const e = ix.unitEntry[u]!;
      if (!this.entryTouched[e]) { this.entryTouched[e] = 1; this.entryBestQ[e] = 0; this.entryWhole[e] = 0; touchedEntries.push(e); }
      const coverage = this.acc[u]! / total;
      if (ix.unitKind[u] === UNIT_QUESTION) {
        const fit = Math.min(1, this.acc[u]! / Math.max(ix.unitWeight[u]!, 1e-9));
        const s = coverage * (0.55 + 0.45 * fit);
        if (s > this.entryBestQ[e]!) this.entryBestQ[e] = s;
      } else if (coverage > this.entryWhole[e]!) this.entryWhole[e] = coverage;
    }
    for (const e of touchedEntries) {
      this.entryTouched[e] = 0;
      const fit = this.entryBestQ[e]!;
      const coverage = this.entryWhole[e]!;
      scored.push({ entry: e, score: 0.6 * fit + 0.4 * coverage, coverage, fit });
    }
    this.epochBase = ++this.epoch;
    scored.sort((a, b) => b.score - a.score || a.entry - b.entry);
    return { scored, info: { terms: seenPrimary.size, weight: total, unknownWeight } };
  }

  private epochBase = 1;
}

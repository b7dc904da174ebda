// Which index features a query word stands for: its own features, and when the
// word is unknown, document words one typo away or stems that begin with it.
// A pure function of the word and the index, so the result is cached, with the
// postings of several features merged once (the same words recur across
// questions).
import { type Term } from "./analyze.js";
import { genericFactor, GENERIC_IDF_CAP, MIN_PREFIX, type Index } from "./build-index.js";
import { lowerBound } from "./near-words.js";
import { unknownWordShare } from "./everyday.js";

const TYPO_STRENGTH = 0.75;
const PREFIX_STRENGTH = 0.7;
/** The shorter stem must be at least this share of the longer one. */
const PREFIX_SHARE = 0.6;
/** Features whose idf is below this (in most entries) are not looked up. */
export const MIN_IDF = 0.3;
/** Cached candidates (and merged postings) are dropped beyond these. */
const CAND_CACHE_TERMS = 20_000;
const CAND_CACHE_POSTINGS = 1_000_000;

export interface Candidate {
  fids: number[]; strengths: number[]; weight: number; known: boolean;
  /**
   * With several features: their postings merged once: each entry with what
   * the term adds to it, by the first feature holding it, overall and in a
   * wording (zero: in no wording).
   */
  merged?: { entries: Int32Array; whole: Float64Array; wording: Float64Array };
  /** The word's character n-gram ids (filled on first use). */
  grams?: Int32Array;
}

function addFeature(fids: number[], strengths: number[], id: number, s: number): void {
  if (!fids.includes(id)) { fids.push(id); strengths.push(s); }
}

/** Whether two words differ by at most one letter missing, extra, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // One letter changed, or two neighbours swapped: the rest is the same.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter missing from the shorter word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Generic words (kdy, muset, what) weigh little whether the knowledge knows them or not. */
function capGeneric(t: Term, idf: number): number {
  return t.generic ? genericFactor(t) * Math.min(idf, GENERIC_IDF_CAP) : idf;
}

export class CandidateLookup {
  private readonly cache = new Map<Term, Candidate>();
  private cachedPostings = 0;
  // Scratch for merging (per entry: which feature first holds it, -1 none).
  private readonly mergeWhole: Int32Array;
  private readonly mergeWord: Int32Array;
  private readonly mergeEntries: Int32Array;

  constructor(private readonly index: Index, private readonly baseOnly = false) {
    const n = index.ids.length;
    this.mergeWhole = new Int32Array(n).fill(-1);
    this.mergeWord = new Int32Array(n).fill(-1);
    this.mergeEntries = new Int32Array(n);
  }

  /** Candidate features of a term. */
  get(t: Term): Candidate {
    let c = this.cache.get(t);
    if (c) return c;
    c = this.find(t);
    if (c.fids.length > 1) c.merged = this.merge(c.fids, c.strengths, c.weight);
    const size = c.merged ? c.merged.entries.length : 0;
    if (this.cache.size >= CAND_CACHE_TERMS || this.cachedPostings + size > CAND_CACHE_POSTINGS) { this.cache.clear(); this.cachedPostings = 0; }
    this.cache.set(t, c);
    this.cachedPostings += size;
    return c;
  }

  /** Whether a word's candidates match an entry (binary search: merged and posting lists are ascending). */
  holds(c: Candidate, e: number): boolean {
    let list: Int32Array, lo: number, hi: number;
    if (c.merged) { list = c.merged.entries; lo = 0; hi = list.length; }
    else { const f = c.fids[0]!; list = this.index.postingEntries; lo = this.index.postingStart[f]!; hi = this.index.postingStart[f + 1]!; }
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! < e) lo = mid + 1; else hi = mid; }
    return lo < list.length && list[lo] === e && (c.merged !== undefined || lo < this.index.postingStart[c.fids[0]! + 1]!);
  }

  /** The postings of several features as one list: each entry once, with what the first feature (in order) holding it adds, overall and in a wording. */
  private merge(fids: number[], strengths: number[], weight: number): Candidate["merged"] {
    const ix = this.index;
    const { mergeWhole, mergeWord, mergeEntries } = this;
    let n = 0;
    for (let j = 0; j < fids.length; j++) {
      const f = fids[j]!;
      for (let k = ix.postingStart[f]!, end = ix.postingStart[f + 1]!; k < end; k++) {
        const e = ix.postingEntries[k]!;
        if (mergeWhole[e] === -1) { mergeWhole[e] = j; mergeEntries[n++] = e; }
        if (ix.postingFlags[k] !== 0 && mergeWord[e] === -1) mergeWord[e] = j;
      }
    }
    const entries = mergeEntries.slice(0, n).sort();
    const whole = new Float64Array(n);
    const wording = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      whole[i] = weight * strengths[mergeWhole[e]!]!; wording[i] = mergeWord[e]! < 0 ? 0 : weight * strengths[mergeWord[e]!]!;
      mergeWhole[e] = -1; mergeWord[e] = -1;
    }
    return { entries, whole, wording };
  }

  /** Features of a term that exist in the index; typos and stem beginnings are tried when the word is unknown. */
  private find(t: Term): Candidate {
    const ix = this.index;
    const fids: number[] = [];
    const strengths: number[] = [];
    for (const f of t.features) { const id = ix.featureIds.get(f.f); if (id !== undefined) addFeature(fids, strengths, id, f.s); }
    if (fids.length === 0 && t.word.length >= 5) this.addTypos(t.word, fids, strengths);
    const p = t.primary;
    const known = ix.featureIds.has(p);
    if (p.length >= MIN_PREFIX && !p.startsWith("~")) {
      // Forms the stemmer did not join (jméno / jmenuju, problemi / problémy): one stem begins with the
      // other. Longer stems are tried for a known stem too; shorter ones only for an unknown stem.
      const stems = ix.sortedStems();
      for (let i = lowerBound(stems, p), taken = 0; i < stems.length && taken < 8 && stems[i]!.startsWith(p); i++) {
        if (p.length >= PREFIX_SHARE * stems[i]!.length) { addFeature(fids, strengths, ix.featureIds.get(stems[i]!)!, PREFIX_STRENGTH); taken++; }
      }
      for (let len = p.length - 1; !known && len >= MIN_PREFIX && len >= PREFIX_SHARE * p.length; len--) {
        const id = ix.featureIds.get(p.slice(0, len));
        if (id !== undefined) addFeature(fids, strengths, id, PREFIX_STRENGTH);
      }
    }
    if (fids.length === 0) {
      // An unknown everyday word is more likely talk around the topic than a topic the knowledge lacks (everyday.ts).
      return { fids, strengths, weight: capGeneric(t, ix.idfUnknown) * unknownWordShare(t.word), known: false };
    }
    if (this.baseOnly) {
      // Features only translations hold: the word counts by what the base language holds (its concepts), or not at all.
      for (let j = fids.length - 1; j >= 0; j--) if (ix.inBase[fids[j]!] === 0) { fids.splice(j, 1); strengths.splice(j, 1); }
      if (fids.length === 0) return { fids, strengths, weight: 0, known: true };
    }
    let weight = 0;
    for (const id of fids) weight = Math.max(weight, ix.idf[id]!);
    // A word most entries contain tells nothing about which one is meant: skip it like a function word.
    if (weight < MIN_IDF) return { fids: [], strengths: [], weight: 0, known: true };
    // A word only known through a concept or a typo still counts as known.
    return { fids, strengths, weight: capGeneric(t, weight), known: true };
  }

  /** A typo: document words one edit away (a letter missing, extra, changed or swapped). */
  private addTypos(w: string, fids: number[], strengths: number[]): void {
    const ix = this.index;
    const typos = ix.typos();
    for (let i = -1; i < w.length; i++) {
      const d = i < 0 ? w : w.slice(0, i) + w.slice(i + 1);
      for (let k = typos.head.get(d) ?? -1; k >= 0; k = typos.next[k]!) {
        const wi = typos.word[k]!;
        // Two words that share a one-letter deletion may still be two edits apart (sobotu / osobou).
        if (!oneEditApart(w, ix.words[wi]!)) continue;
        for (let j = ix.wordStart[wi]!; j < ix.wordStart[wi + 1]!; j++) addFeature(fids, strengths, ix.wordFeatures[j]!, TYPO_STRENGTH);
      }
    }
  }
}

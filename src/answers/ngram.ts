// A second, morphology-agnostic signal: character n-grams (3- and 4-grams of
// folded words with boundary marks) weighted by TF-IDF, compared by cosine
// between the question and each entry's wordings (title, questions, claims).
// It meets inflection, colloquial endings and typos without any word list:
// "vykradat" and "vykrádání" share most of their grams. (The body was tried
// as a second field: it added nothing to the ranking and most of the cost.)

export const GRAM_SIZES = [3, 4] as const;
/** Grams in more than this share of the entries tell little and cost the most to walk: left out. */
const MAX_DF_SHARE = 0.2;
const CACHE_LIMIT = 50_000;
/** Most distinct grams a question contributes (a question is capped at 64 words). */
const MAX_QUERY_GRAMS = 1024;
/** Letter codes are below this (10 bits): a 3-gram key stays a small integer. */
const CODES = 1024;
/** A 4-gram's key holds its leading 3-gram's id: ids up to this keep the key a small integer. */
const MAX_LEAD = 1 << 20;

/** The grams of one folded word: "byt" -> _by byt yt_ _byt byt_. A one-letter word is one gram. */
export function wordGrams(w: string): string[] {
  const m = `_${w}_`;
  if (m.length <= 3) return [m];
  const out: string[] = [];
  for (const n of GRAM_SIZES) for (let i = 0; i + n <= m.length; i++) out.push(m.slice(i, i + n));
  return out;
}

/** The folded content words of one entry's wordings (function words already left out by the analyzer). */
export interface GramDoc { entry: number; words: string[] }

export class NgramIndex {
  /** Gram ids: by number for Latin and Cyrillic grams (see gramsOf), by text for the rest. */
  private readonly keys3 = new Map<number, number>();
  private readonly keys4 = new Map<number, number>();
  private readonly otherIds = new Map<string, number>();
  private codes = new Int32Array(64);
  gramCount = 0;
  readonly idf: Float64Array;
  /** Postings: gram -> entries with their weights, each entry vector of unit length (CSR). */
  readonly start: Int32Array;
  readonly entries: Int32Array;
  readonly weights: Float32Array;
  /** The idf an unseen gram would have: it counts in the question's length. */
  private readonly idfUnknown: number;
  private readonly wordCache = new Map<string, Int32Array>();
  private readonly qCount: Float64Array;
  private readonly qStamp: Int32Array;
  private readonly qList = new Int32Array(MAX_QUERY_GRAMS);
  private query = 0;

  /** `docs` sorted by entry. */
  constructor(docs: GramDoc[], entryCount: number) {
    const n = Math.max(1, entryCount);
    // Gram ids of every word first (each distinct word once), so the per-entry pass can use typed arrays.
    const docGrams: Int32Array[][] = [];
    let occurrences = 0;
    for (const d of docs) {
      const list: Int32Array[] = [];
      for (const w of d.words) { const ids = this.gramsOf(w, true); list.push(ids); occurrences += ids.length; }
      docGrams.push(list);
    }
    const gramCount = this.gramCount;
    // Per entry: its distinct grams and their counts, gathered with stamp arrays (no map per entry).
    const stamp = new Int32Array(gramCount).fill(-1);
    const slot = new Int32Array(gramCount);
    const df = new Int32Array(gramCount);
    const vecEntry: number[] = [];
    const vecStart: number[] = [0];
    const vecGram = new Int32Array(occurrences);
    const vecTf = new Int32Array(occurrences);
    let nv = 0;
    let current = -1;
    const close = () => { if (current >= 0) { vecEntry.push(current); vecStart.push(nv); } };
    for (let di = 0; di < docs.length; di++) {
      const d = docs[di]!;
      if (d.entry !== current) { close(); current = d.entry; }
      for (const ids of docGrams[di]!) {
        for (let i = 0; i < ids.length; i++) {
          const g = ids[i]!;
          if (stamp[g] !== current) { stamp[g] = current; slot[g] = nv; vecGram[nv] = g; vecTf[nv] = 0; nv++; df[g]!++; }
          vecTf[slot[g]!]!++;
        }
      }
    }
    close();
    const grams = this.gramCount;
    const idf = new Float64Array(grams);
    const maxDf = Math.max(2, MAX_DF_SHARE * n);
    for (let g = 0; g < grams; g++) idf[g] = df[g]! > maxDf ? 0 : Math.log(1 + n / df[g]!);
    this.idf = idf;
    this.idfUnknown = Math.log(1 + n);
    // Weights (1 + log tf) * idf, each entry's vector normalised to unit length.
    const weight = new Float64Array(nv);
    const start = new Int32Array(grams + 1);
    for (let v = 0; v < vecEntry.length; v++) {
      let norm = 0;
      for (let k = vecStart[v]!; k < vecStart[v + 1]!; k++) {
        const g = vecGram[k]!;
        const w = idf[g]! === 0 ? 0 : (1 + Math.log(vecTf[k]!)) * idf[g]!;
        weight[k] = w; norm += w * w;
        if (w > 0) start[g + 1]!++;
      }
      const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let k = vecStart[v]!; k < vecStart[v + 1]!; k++) weight[k] = weight[k]! * inv;
    }
    for (let g = 0; g < grams; g++) start[g + 1] = start[g + 1]! + start[g]!;
    const entries = new Int32Array(start[grams]!);
    const weights = new Float32Array(start[grams]!);
    const fill = start.slice(0, grams);
    for (let v = 0; v < vecEntry.length; v++) {
      for (let k = vecStart[v]!; k < vecStart[v + 1]!; k++) {
        if (weight[k] === 0) continue;
        const at = fill[vecGram[k]!]!++;
        entries[at] = vecEntry[v]!; weights[at] = weight[k]!;
      }
    }
    this.start = start; this.entries = entries; this.weights = weights;
    this.qCount = new Float64Array(grams);
    this.qStamp = new Int32Array(grams);
  }

  /** Gram ids of a word (-1 for a gram the index does not hold); the index side adds new grams. */
  private gramsOf(w: string, add = false): Int32Array {
    let ids = this.wordCache.get(w);
    if (!ids) {
      // The grams of wordGrams(w), in its order, looked up by number (no string per gram) when every
      // letter is Latin or Cyrillic: a 3-gram by its three letter codes, a 4-gram by its leading 3-gram's id and its last letter.
      const m = `_${w}_`;
      const len = m.length;
      const n3 = len - 2;
      ids = new Int32Array(n3 + Math.max(0, len - 3));
      const codes = this.codesOf(m);
      for (let i = 0; i < n3; i++) {
        const a = codes[i]!, b = codes[i + 1]!, c = codes[i + 2]!;
        ids[i] = a >= 0 && b >= 0 && c >= 0 ? this.idFor(this.keys3, (a * CODES + b) * CODES + c, add) : this.idForText(m.slice(i, i + 3), add);
      }
      for (let i = 0; i + 4 <= len; i++) {
        const lead = ids[i]!;
        const inRange = codes[i]! >= 0 && codes[i + 1]! >= 0 && codes[i + 2]! >= 0 && codes[i + 3]! >= 0;
        ids[n3 + i] = !inRange || lead >= MAX_LEAD ? this.idForText(m.slice(i, i + 4), add) : lead < 0 ? -1 : this.idFor(this.keys4, lead * CODES + codes[i + 3]!, add);
      }
      if (this.wordCache.size >= CACHE_LIMIT) this.wordCache.clear();
      this.wordCache.set(w, ids);
    }
    return ids;
  }

  private idFor(map: Map<number, number>, key: number, add: boolean): number {
    let id = map.get(key);
    if (id === undefined) { if (!add) return -1; id = this.gramCount++; map.set(key, id); }
    return id;
  }

  private idForText(gram: string, add: boolean): number {
    let id = this.otherIds.get(gram);
    if (id === undefined) { if (!add) return -1; id = this.gramCount++; this.otherIds.set(gram, id); }
    return id;
  }

  /** Letter codes below CODES (Latin up to U+02FF as they are, Cyrillic U+0400..U+04FF shifted down), -1 for any other. */
  private codesOf(m: string): Int32Array {
    if (this.codes.length < m.length) this.codes = new Int32Array(m.length * 2);
    const codes = this.codes;
    for (let i = 0; i < m.length; i++) {
      const c = m.charCodeAt(i);
      codes[i] = c < 0x300 ? c : c >= 0x400 && c < 0x500 ? c - 0x100 : -1;
    }
    return codes;
  }

  /**
   * Adds the cosine of the question's words with each entry's wordings to
   * `acc`; entries seen for the first time (zero in `acc` and in `seen`, the
   * word-level accumulator) are appended to `touched`. Returns the new touched count.
   */
  score(words: readonly string[], acc: Float64Array, seen: Float64Array, touched: Int32Array, touchedCount: number): number {
    return this.scoreGrams(words.map((w) => this.gramsOf(w)), words.length, acc, seen, touched, touchedCount);
  }

  /** The gram ids of a question word (what `scoreGrams` takes; callers may keep them). */
  queryGrams(w: string): Int32Array {
    return this.gramsOf(w);
  }

  /** `score` over the first `count` words' gram ids (from `queryGrams`). */
  scoreGrams(wordGrams: readonly Int32Array[], count: number, acc: Float64Array, seen: Float64Array, touched: Int32Array, touchedCount: number): number {
    const nq = this.weighQuery(wordGrams, count);
    const { qList, qCount, start, entries, weights } = this;
    for (let i = 0; i < nq; i++) {
      const g = qList[i]!;
      const w = qCount[g]!;
      for (let k = start[g]!, end = start[g + 1]!; k < end; k++) {
        const e = entries[k]!;
        const old = acc[e]!;
        if (old === 0 && seen[e] === 0) touched[touchedCount++] = e;
        acc[e] = old + w * weights[k]!;
      }
    }
    return touchedCount;
  }

  /**
   * `scoreGrams` without the list of touched entries, for a caller that scans
   * every entry anyway (a question's grams reach most entries): no branch per posting.
   */
  addGrams(wordGrams: readonly Int32Array[], count: number, acc: Float64Array): void {
    const nq = this.weighQuery(wordGrams, count);
    const { qList, qCount, start, entries, weights } = this;
    for (let i = 0; i < nq; i++) {
      const g = qList[i]!;
      const w = qCount[g]!;
      for (let k = start[g]!, end = start[g + 1]!; k < end; k++) { const e = entries[k]!; acc[e] = acc[e]! + w * weights[k]!; }
    }
  }

  /**
   * The question's distinct grams (in `qList`, first occurrence first; at most
   * MAX_QUERY_GRAMS) with their unit-length weights (in `qCount`), grams
   * weighing nothing left out. Returns how many.
   */
  private weighQuery(wordGrams: readonly Int32Array[], count: number): number {
    const q = ++this.query;
    const { qCount, qStamp, qList, idf } = this;
    let nq = 0;
    let norm = 0;
    for (let wi = 0; wi < count; wi++) {
      const ids = wordGrams[wi]!;
      for (let i = 0; i < ids.length; i++) {
        const g = ids[i]!;
        if (g < 0) { norm += this.idfUnknown * this.idfUnknown; continue; }
        // A gram in too many entries weighs nothing: it adds neither to the norm nor to any entry.
        if (idf[g] === 0) continue;
        if (qStamp[g] !== q) { if (nq === MAX_QUERY_GRAMS) continue; qStamp[g] = q; qCount[g] = 0; qList[nq++] = g; }
        qCount[g]!++;
      }
    }
    for (let i = 0; i < nq; i++) { const g = qList[i]!; const c = qCount[g]!; const w = (c === 1 ? 1 : 1 + Math.log(c)) * idf[g]!; qCount[g] = w; norm += w * w; }
    if (norm === 0) return 0;
    const inv = 1 / Math.sqrt(norm);
    // Grams whose weight comes out zero add nothing: dropped here rather than skipped per posting.
    let kept = 0;
    for (let i = 0; i < nq; i++) { const g = qList[i]!; const w = qCount[g]! * inv; if (w === 0) continue; qCount[g] = w; qList[kept++] = g; }
    return kept;
  }
}

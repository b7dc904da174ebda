// The searchable index over a knowledge base, built once so that a query only
// walks short integer lists. Two views of every entry:
// - entry postings: feature -> entries containing it, with a flag saying
//   whether it occurs in one of the entry's wordings (title, claim, alternative
//   questions) or only in the body and tags;
// - wording units: each wording with its feature ids, so the best few entries
//   can be checked for how well the question fits one of their own wordings.
import type { Entry } from "../content/types.js";
import { Analyzer, type Term } from "./analyze.js";

/** Posting flag: the feature occurs in one of the entry's wordings. */
export const IN_WORDING = 1;

export interface Index {
  analyzer: Analyzer;
  /** Distinct full ids, in a stable order. */
  ids: string[];
  featureIds: Map<string, number>;
  idf: Float64Array;
  /** feature -> entries containing it (ascending), and a flag per posting. */
  postings: Int32Array[];
  postingFlags: Uint8Array[];
  /** Wording units: entry, summed weight of distinct stems, feature ids (CSR: unitFeatures[unitStart[u]..unitStart[u+1]]). */
  unitEntry: Int32Array;
  unitWeight: Float64Array;
  unitStart: Int32Array;
  unitFeatures: Int32Array;
  /** entry -> its wording units (CSR). */
  entryUnitStart: Int32Array;
  entryUnits: Int32Array;
  /** Typo tolerance: a deletion variant of a document word -> a word id (chained through deletionNext). */
  deletionHead: Map<string, number>;
  deletionNext: Int32Array;
  deletionWord: Int32Array;
  /** Document words (4+ letters) and their feature ids (CSR). */
  words: string[];
  wordStart: Int32Array;
  wordFeatures: Int32Array;
  /** Non-concept features sorted, for finding stems that begin with a query stem. */
  sortedStems: string[];
  idfUnknown: number;
  entryCount: number;
}

export const GENERIC_FACTOR = 0.35;
/** Shortest stem beginning that may stand for a longer stem. */
export const MIN_PREFIX = 5;
/** Generic words never weigh more than a moderately common word. */
export const GENERIC_IDF_CAP = 2;

function wordingsOf(e: Entry): string[] {
  return e.collection === "faq" ? [e.title, ...e.questions] : [e.claim, ...e.claims];
}

export function buildIndex(entries: Entry[], analyzer = new Analyzer()): Index {
  const ids = [...new Set(entries.map((e) => e.id))].sort();
  const idPos = new Map(ids.map((id, i) => [id, i]));
  const featureIds = new Map<string, number>();
  const df: number[] = [];
  const fid = (f: string): number => {
    let id = featureIds.get(f);
    if (id === undefined) { id = df.length; featureIds.set(f, id); df.push(0); }
    return id;
  };
  // entry -> feature -> flag, collected per entry (the languages of one id merge).
  const entryFeatures: Map<number, number>[] = ids.map(() => new Map());
  const units: { entry: number; terms: Term[]; feats: number[] }[] = [];
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordFeats: number[][] = [];
  const noteWord = (t: Term) => {
    if (t.word.length < 4 || wordIds.has(t.word)) return;
    wordIds.set(t.word, words.length);
    words.push(t.word);
    wordFeats.push(t.features.map((f) => fid(f.f)));
  };

  for (const e of entries) {
    const entry = idPos.get(e.id)!;
    const feats = entryFeatures[entry]!;
    const fileSeen = new Set<number>();
    for (const q of wordingsOf(e)) {
      const terms = analyzer.analyze(q, e.lang, "doc");
      const unitFeats = new Set<number>();
      for (const t of terms) {
        noteWord(t);
        for (const f of t.features) { const id = fid(f.f); unitFeats.add(id); fileSeen.add(id); feats.set(id, IN_WORDING); }
      }
      units.push({ entry, terms, feats: [...unitFeats] });
    }
    for (const t of analyzer.analyze(`${e.body}\n${e.tags.join(" ")}`, e.lang, "doc")) {
      noteWord(t);
      for (const f of t.features) { const id = fid(f.f); fileSeen.add(id); if (!feats.has(id)) feats.set(id, 0); }
    }
    // Document frequency counts files, as before: a translated entry is one more document.
    for (const id of fileSeen) df[id]!++;
  }

  const n = Math.max(1, entries.length);
  const idf = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) idf[i] = Math.log(1 + (n - df[i]! + 0.5) / (df[i]! + 0.5));

  // Entry postings, filled in entry order so each list is ascending.
  const counts = new Int32Array(df.length);
  for (const m of entryFeatures) for (const id of m.keys()) counts[id]!++;
  const postings = Array.from(counts, (c) => new Int32Array(c));
  const postingFlags = Array.from(counts, (c) => new Uint8Array(c));
  const fill = new Int32Array(df.length);
  entryFeatures.forEach((m, e) => {
    for (const [id, flag] of m) { const k = fill[id]!++; postings[id]![k] = e; postingFlags[id]![k] = flag; }
  });

  // Wording units, grouped by entry.
  units.sort((a, b) => a.entry - b.entry);
  const unitEntry = new Int32Array(units.length);
  const unitWeight = new Float64Array(units.length);
  const unitStart = new Int32Array(units.length + 1);
  const unitFeatures = new Int32Array(units.reduce((s, u) => s + u.feats.length, 0));
  const entryUnitStart = new Int32Array(ids.length + 1);
  let at = 0;
  units.forEach((u, i) => {
    unitEntry[i] = u.entry;
    entryUnitStart[u.entry + 1]!++;
    unitStart[i] = at;
    for (const f of u.feats) unitFeatures[at++] = f;
    const counted = new Set<string>();
    let weight = 0;
    for (const t of u.terms) {
      if (counted.has(t.primary)) continue;
      counted.add(t.primary);
      const w = idf[featureIds.get(t.primary)!]!;
      weight += t.generic ? GENERIC_FACTOR * Math.min(w, GENERIC_IDF_CAP) : w;
    }
    unitWeight[i] = weight;
  });
  unitStart[units.length] = at;
  for (let e = 0; e < ids.length; e++) entryUnitStart[e + 1] = entryUnitStart[e + 1]! + entryUnitStart[e]!;
  const entryUnits = Int32Array.from(units.keys());

  // Typo tolerance: every word of 4+ letters under each of its one-letter deletions.
  const deletionHead = new Map<string, number>();
  const chainNext: number[] = [];
  const chainWord: number[] = [];
  words.forEach((w, wi) => {
    for (let i = -1; i < w.length; i++) {
      const d = i < 0 ? w : w.slice(0, i) + w.slice(i + 1);
      const head = deletionHead.get(d);
      if (head !== undefined && chainWord[head] === wi) continue; // a double letter gives the same variant twice
      chainNext.push(head ?? -1);
      chainWord.push(wi);
      deletionHead.set(d, chainWord.length - 1);
    }
  });
  const wordStart = new Int32Array(words.length + 1);
  const flatWordFeats: number[] = [];
  wordFeats.forEach((fs, i) => { wordStart[i] = flatWordFeats.length; flatWordFeats.push(...fs); });
  wordStart[words.length] = flatWordFeats.length;

  const sortedStems = [...featureIds.keys()].filter((f) => !f.startsWith("~")).sort();

  return {
    analyzer, ids, featureIds, idf, postings, postingFlags,
    unitEntry, unitWeight, unitStart, unitFeatures, entryUnitStart, entryUnits,
    deletionHead, deletionNext: Int32Array.from(chainNext), deletionWord: Int32Array.from(chainWord),
    words, wordStart, wordFeatures: Int32Array.from(flatWordFeats),
    sortedStems,
    idfUnknown: Math.log(1 + (n + 0.5) / 0.5),
    entryCount: n,
  };
}

/** The word itself and every variant with one letter left out. */
export function deletionVariants(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Index of the first string in a sorted list that is >= key. */
export function lowerBound(list: readonly string[], key: string): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! < key) lo = mid + 1; else hi = mid; }
  return lo;
}

// The searchable index over a knowledge base, built once so that a query only
// walks short integer lists. Two views of every entry:
// - entry postings: feature -> entries containing it, with a flag saying
//   whether it occurs in one of the entry's wordings (title, claim, alternative
//   questions) or only in the body and tags;
// - wording units: each wording with its feature ids, so the best few entries
//   can be checked for how well the question fits one of their own wordings.
import type { Entry } from "../content/types.js";
import { Analyzer, familyOf, type Term } from "./analyze.js";
import { isCyrillic, words as splitWords } from "./normalize.js";
import { typoTable, type TypoTable } from "./near-words.js";
import { NgramIndex } from "./ngram.js";
import { packUnits, type WordingUnit } from "./wording-units.js";
import { questionKinds } from "./question-type.js";

export type { TypoTable };

/** Posting flag: the feature occurs in one of the entry's wordings. */
export const IN_WORDING = 1;

export interface Index {
  analyzer: Analyzer;
  /** Distinct full ids, in a stable order. */
  ids: string[];
  featureIds: Map<string, number>;
  idf: Float64Array;
  /** feature -> entries containing it (ascending, CSR: postingEntries[postingStart[f]..postingStart[f+1]]), and a flag per posting. */
  postingStart: Int32Array;
  postingEntries: Int32Array;
  postingFlags: Uint8Array;
  /** Wording units: entry, summed weight of distinct stems, feature ids (CSR: unitFeatures[unitStart[u]..unitStart[u+1]]). */
  unitEntry: Int32Array;
  unitWeight: Float64Array;
  unitStart: Int32Array;
  unitFeatures: Int32Array;
  /** The position of each unit feature's word in its wording (parallel to unitFeatures): for the word-pair check. */
  unitPositions: Int32Array;
  /** entry -> its wording units (CSR). */
  entryUnitStart: Int32Array;
  entryUnits: Int32Array;
  /** Typo tolerance: built on the first word the index does not know (most questions never need it). */
  typos(): TypoTable;
  /** Document words (4+ letters) and their feature ids (CSR). */
  words: string[];
  wordStart: Int32Array;
  wordFeatures: Int32Array;
  /** Non-concept features sorted, for finding stems that begin with a query stem (built on first use). */
  sortedStems(): string[];
  idfUnknown: number;
  entryCount: number;
  /** 1 for an entry from the rumours collection (a hearsay question leans towards these). */
  rumour: Uint8Array;
  /** The kinds of question an entry's own wordings ask (question-type.ts), as a bit mask. */
  kinds: Uint8Array;
  /** 1 for an entry with a wording in Cyrillic (a Ukrainian translation), and the share of such entries. */
  cyrillic: Uint8Array;
  cyrillicShare: number;
  /** 1 for an entry with an English file, and the share of such entries. */
  english: Uint8Array;
  englishShare: number;
  /** 1 for a feature that occurs in a file in the base language (Czech, Slovak): one an untranslated entry can hold. */
  inBase: Uint8Array;
  /** Character n-gram postings of the entries' wordings (the second, morphology-agnostic signal). */
  ngrams: NgramIndex;
}

export const GENERIC_FACTOR = 0.35;
/** The factor of a question word (kdy, proč, where), instead of GENERIC_FACTOR. */
export const ASKS_FACTOR = 1;
export function genericFactor(t: Term): number {
  return t.asks ? ASKS_FACTOR : GENERIC_FACTOR;
}
/** With at least this share of the entries translated into a language, its questions are read as over a base in that language. */
export const FULLY_TRANSLATED = 0.8;
/** Shortest stem beginning that may stand for a longer stem. */
export const MIN_PREFIX = 5;
/** Generic words never weigh more than a moderately common word. */
export const GENERIC_IDF_CAP = 2;

/** The share of entries flagged 1. */
function share(flags: Uint8Array): number {
  return flags.length === 0 ? 0 : flags.reduce((a, b) => a + b, 0) / flags.length;
}

function wordingsOf(e: Entry): string[] {
  return e.collection === "faq" ? [e.title, ...e.questions] : [e.claim, ...e.claims];
}

export function buildIndex(entries: Entry[], analyzer = new Analyzer()): Index {
  const ids = [...new Set(entries.map((e) => e.id))].sort();
  const idPos = new Map(ids.map((id, i) => [id, i]));
  const rumour = new Uint8Array(ids.length);
  const cyrillic = new Uint8Array(ids.length);
  const english = new Uint8Array(ids.length);
  const kinds = new Uint8Array(ids.length);
  for (const e of entries) {
    const at = idPos.get(e.id)!;
    const wordings = wordingsOf(e);
    for (const w of wordings) kinds[at]! |= questionKinds(splitWords(w));
    if (e.lang === "en") english[at] = 1;
    if (e.collection === "rumours") rumour[at] = 1;
    if (wordings.some(isCyrillic)) cyrillic[at] = 1;
  }
  const featureIds = new Map<string, number>();
  const df: number[] = [];
  // Per-feature scratch stamps (plain arrays that grow with the features) instead of a Set per file, unit and entry.
  const fileStamp: number[] = [];
  const unitStamp: number[] = [];
  const entryStamp: number[] = [];
  const entryFlag: number[] = [];
  const inBase: number[] = [];
  const fid = (f: string): number => {
    let id = featureIds.get(f);
    if (id === undefined) { id = df.length; featureIds.set(f, id); df.push(0); fileStamp.push(-1); unitStamp.push(-1); entryStamp.push(-1); entryFlag.push(0); inBase.push(0); }
    return id;
  };
  const units: WordingUnit[] = [];
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const wordFeats: number[][] = [];
  // Each distinct word is analysed once per language family, and its feature ids resolved once: a table of local term numbers.
  const termList: Term[] = [];
  const termFeats: number[][] = [];
  const familyCaches = new Map<string, Map<string, number>>();
  // Local term numbers of a text, in `scratch` (returns how many): no array per text.
  let scratch = new Int32Array(1024);
  const termsOf = (text: string, lang: string): number => {
    const fam = familyOf(lang);
    let cache = familyCaches.get(fam);
    if (!cache) { cache = new Map(); familyCaches.set(fam, cache); }
    let n = 0;
    for (const raw of splitWords(text, Infinity, Infinity)) {
      let k = cache.get(raw);
      if (k === undefined) {
        const t = analyzer.term(raw, lang, "doc");
        k = -1;
        if (t) {
          k = termList.length;
          const list = t.features.map((f) => fid(f.f));
          termList.push(t);
          termFeats.push(list);
          if (t.word.length >= 4 && !wordIds.has(t.word)) { wordIds.set(t.word, words.length); words.push(t.word); wordFeats.push(list); }
        }
        cache.set(raw, k);
      }
      if (k >= 0) {
        if (n === scratch.length) { const bigger = new Int32Array(n * 2); bigger.set(scratch); scratch = bigger; }
        scratch[n++] = k;
      }
    }
    return n;
  };

  // Files of one id one after another, so an entry's features (its languages merged) are collected in one go.
  const files = entries.map((e, i) => ({ e, entry: idPos.get(e.id)!, i })).sort((a, b) => a.entry - b.entry || a.i - b.i);
  const pairEntry: number[] = [];
  const pairFeature: number[] = [];
  const pairFlag: number[] = [];
  let entryFeats: number[] = [];
  const flushEntry = (entry: number) => {
    for (const id of entryFeats) { pairEntry.push(entry); pairFeature.push(id); pairFlag.push(entryFlag[id]!); }
    entryFeats = [];
  };
  let unitNo = 0;
  files.forEach(({ e, entry }, fileNo) => {
    if (fileNo > 0 && files[fileNo - 1]!.entry !== entry) flushEntry(files[fileNo - 1]!.entry);
    const base = familyOf(e.lang) === "cs" ? 1 : 0;
    const see = (id: number, flag: number) => {
      inBase[id]! |= base;
      if (fileStamp[id] !== fileNo) { fileStamp[id] = fileNo; df[id]!++; }
      if (entryStamp[id] !== entry) { entryStamp[id] = entry; entryFlag[id] = flag; entryFeats.push(id); } else entryFlag[id]! |= flag;
    };
    for (const q of wordingsOf(e)) {
      const count = termsOf(q, e.lang);
      const feats: number[] = [];
      const pos: number[] = [];
      const terms: Term[] = [];
      unitNo++;
      for (let i = 0; i < count; i++) {
        const k = scratch[i]!;
        terms.push(termList[k]!);
        for (const id of termFeats[k]!) {
          if (unitStamp[id] !== unitNo) { unitStamp[id] = unitNo; feats.push(id); pos.push(i); }
          see(id, IN_WORDING);
        }
      }
      units.push({ entry, terms, feats, pos });
    }
    const count = termsOf(`${e.body}\n${e.tags.join(" ")}`, e.lang);
    for (let i = 0; i < count; i++) for (const id of termFeats[scratch[i]!]!) see(id, 0);
  });
  if (files.length > 0) flushEntry(files[files.length - 1]!.entry);

  const n = Math.max(1, entries.length);
  const idf = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) idf[i] = Math.log(1 + (n - df[i]! + 0.5) / (df[i]! + 0.5));

  // Entry postings, filled in entry order so each list is ascending.
  const postingStart = new Int32Array(df.length + 1);
  const postingCount = pairEntry.length;
  for (const id of pairFeature) postingStart[id + 1]!++;
  for (let f = 0; f < df.length; f++) postingStart[f + 1] = postingStart[f + 1]! + postingStart[f]!;
  const postingEntries = new Int32Array(postingCount);
  const postingFlags = new Uint8Array(postingCount);
  const fill = postingStart.slice(0, df.length);
  // Entries come in ascending order, so each list is sorted.
  for (let p = 0; p < postingCount; p++) {
    const id = pairFeature[p]!;
    const k = fill[id]!++;
    postingEntries[k] = pairEntry[p]!;
    postingFlags[k] = pairFlag[p]!;
  }

  const ngrams = new NgramIndex(units.map((u) => ({ entry: u.entry, words: u.terms.map((t) => t.word) })), ids.length);

  // Wording units, grouped by entry.
  // A wording's weight counts its generic words as a question does (candidates.ts).
  const { unitEntry, unitWeight, unitStart, unitFeatures, unitPositions, entryUnitStart, entryUnits } = packUnits(units, ids.length, (t) => {
    const w = idf[featureIds.get(t.primary)!]!;
    return t.generic ? genericFactor(t) * Math.min(w, GENERIC_IDF_CAP) : w;
  });

  const wordStart = new Int32Array(words.length + 1);
  const flatWordFeats: number[] = [];
  wordFeats.forEach((fs, i) => { wordStart[i] = flatWordFeats.length; flatWordFeats.push(...fs); });
  wordStart[words.length] = flatWordFeats.length;

  let typos: TypoTable | null = null;
  let sortedStems: string[] | null = null;

  return {
    analyzer, ids, featureIds, idf, postingStart, postingEntries, postingFlags,
    unitEntry, unitWeight, unitStart, unitFeatures, unitPositions, entryUnitStart, entryUnits,
    typos: () => (typos ??= typoTable(words)),
    words, wordStart, wordFeatures: Int32Array.from(flatWordFeats),
    sortedStems: () => (sortedStems ??= [...featureIds.keys()].filter((f) => !f.startsWith("~")).sort()),
    idfUnknown: Math.log(1 + (n + 0.5) / 0.5),
    entryCount: n,
    rumour,
    kinds,
    cyrillic,
    cyrillicShare: share(cyrillic),
    english,
    englishShare: share(english),
    inBase: Uint8Array.from(inBase),
    // Units are still in file order here (files sorted by entry), as the n-gram index needs.
    ngrams,
  };
}

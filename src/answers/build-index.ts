// The searchable index over a knowledge base. Every way an entry can be asked
// (its title or claim and each alternative wording) is a unit of its own; a
// further "whole entry" unit holds everything, body and tags included.
import type { Entry } from "../content/types.js";
import { Analyzer, type Term } from "./analyze.js";

/** One wording of the question (title, claim or an alternative). */
export const UNIT_QUESTION = 0;
/** Everything: wordings, body and tags. */
export const UNIT_WHOLE = 1;
/** All the wordings together, without the body. */
export const UNIT_WORDINGS = 2;

export interface Index {
  analyzer: Analyzer;
  /** Distinct full ids, in a stable order. */
  ids: string[];
  featureIds: Map<string, number>;
  idf: Float64Array;
  /** feature -> units containing it. */
  postings: Int32Array[];
  unitEntry: Int32Array;
  unitKind: Uint8Array;
  /** Summed weight of the unit's words (for how much of a unit a query covers). */
  unitWeight: Float64Array;
  /** Typo tolerance: a deletion variant of a document word -> the words it comes from. */
  deletions: Map<string, string[]>;
  /** Document word -> its features (the ones a typo of it may use). */
  wordFeatures: Map<string, string[]>;
  /** A stem's beginning (4+ letters) -> the stems that start with it, for forms the stemmer did not join. */
  prefixes: Map<string, string[]>;
  idfUnknown: number;
  entryCount: number;
}

export const GENERIC_FACTOR = 0.35;
/** Shortest stem beginning that may stand for a longer stem. */
export const MIN_PREFIX = 4;
/** Generic words never weigh more than a moderately common word. */
export const GENERIC_IDF_CAP = 2;

function texts(e: Entry): { questions: string[]; whole: string } {
  const questions = e.collection === "faq" ? [e.title, ...e.questions] : [e.claim, ...e.claims];
  return { questions, whole: [...questions, e.body, e.tags.join(" ")].join("\n") };
}

export function buildIndex(entries: Entry[], analyzer = new Analyzer()): Index {
  const ids = [...new Set(entries.map((e) => e.id))].sort();
  const idPos = new Map(ids.map((id, i) => [id, i]));
  const unitTerms: Term[][] = [];
  const unitEntry: number[] = [];
  const unitKind: number[] = [];
  const df = new Map<string, number>();

  for (const e of entries) {
    const { questions, whole } = texts(e);
    const entryIdx = idPos.get(e.id)!;
    for (const q of questions) {
      unitTerms.push(analyzer.analyze(q, e.lang, "doc"));
      unitEntry.push(entryIdx);
      unitKind.push(UNIT_QUESTION);
    }
    unitTerms.push(analyzer.analyze(questions.join("\n"), e.lang, "doc"));
    unitEntry.push(entryIdx);
    unitKind.push(UNIT_WORDINGS);
    const wholeTerms = analyzer.analyze(whole, e.lang, "doc");
    unitTerms.push(wholeTerms);
    unitEntry.push(entryIdx);
    unitKind.push(UNIT_WHOLE);
    const seen = new Set<string>();
    for (const t of wholeTerms) for (const f of t.features) seen.add(f.f);
    for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
  }

  const n = Math.max(1, entries.length);
  const featureIds = new Map<string, number>();
  const idfList: number[] = [];
  for (const [f, d] of df) {
    featureIds.set(f, idfList.length);
    idfList.push(Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  }
  const idf = Float64Array.from(idfList);
  const lists: number[][] = idfList.map(() => []);
  const unitWeight = new Float64Array(unitTerms.length);
  const wordFeatures = new Map<string, string[]>();
  unitTerms.forEach((terms, u) => {
    const seen = new Set<number>();
    let weight = 0;
    const counted = new Set<string>();
    for (const t of terms) {
      for (const { f } of t.features) {
        const id = featureIds.get(f);
        if (id !== undefined && !seen.has(id)) { seen.add(id); lists[id]!.push(u); }
      }
      if (t.word.length >= 4 && !wordFeatures.has(t.word)) wordFeatures.set(t.word, t.features.map((f) => f.f));
      if (!counted.has(t.primary)) {
        counted.add(t.primary);
        const id = featureIds.get(t.primary);
        const w = id === undefined ? 0 : idf[id]!;
        weight += t.generic ? GENERIC_FACTOR * Math.min(w, GENERIC_IDF_CAP) : w;
      }
    }
    unitWeight[u] = weight;
  });

  const deletions = new Map<string, string[]>();
  for (const f of wordFeatures.keys()) {
    for (const d of deletionVariants(f)) {
      const list = deletions.get(d);
      if (!list) deletions.set(d, [f]);
      else if (!list.includes(f)) list.push(f);
    }
  }

  const prefixes = new Map<string, string[]>();
  for (const f of featureIds.keys()) {
    if (f.startsWith("~")) continue;
    for (let len = MIN_PREFIX; len < f.length; len++) {
      const p = f.slice(0, len);
      const list = prefixes.get(p);
      if (!list) prefixes.set(p, [f]);
      else list.push(f);
    }
  }

  return {
    analyzer, ids, prefixes, featureIds, idf,
    postings: lists.map((l) => Int32Array.from(l)),
    unitEntry: Int32Array.from(unitEntry), unitKind: Uint8Array.from(unitKind), unitWeight,
    deletions, wordFeatures,
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

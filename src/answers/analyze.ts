// Turns text into terms: each word becomes a small set of features it can
// match on (its stem, its stem without a verbal prefix, the concepts it
// belongs to), with how strongly each feature stands for the word.
import { conceptWords, GENERIC, GREETINGS, HEARSAY, INTERROGATIVES, STOPWORDS, THANKS, WORD_FORMS } from "./lexicon.js";
import { fold, isCyrillic, tokenize, words, words as rawWords } from "./normalize.js";
import { stemCzech, withoutPrefix } from "./stem-cs.js";
import { stemEnglish } from "./stem-en.js";
import { stemUkrainian } from "./stem-uk.js";

export interface Feature { f: string; s: number }
export interface Term {
  /** The folded word after colloquial normalisation (for typo matching). */
  word: string;
  /** The main feature: the word's stem. */
  primary: string;
  /** All features, strongest first, primary included. */
  features: Feature[];
  /** Words that say little about the topic count for less. */
  generic: boolean;
  /** A question word (kdy, proč, where): generic, but weighing more than other generic words. */
  asks: boolean;
}

export type Family = "cs" | "en" | "uk";

export function familyOf(lang: string): Family {
  if (lang === "en") return "en";
  if (lang === "uk" || lang === "ru" || lang === "be") return "uk";
  return "cs"; // cs, sk, rom and other Latin-script languages
}

const STRENGTH = { concept: 0.9, prefix: 0.75, other: 0.9 } as const;

const CACHE_LIMIT = 100_000;

export class Analyzer {
  private readonly concepts = new Map<string, string[]>();
  /** WORD_FORMS as a map: own entries only ("constructor" is a word, not a property of every object). */
  private readonly forms = new Map<string, string>(Object.entries(WORD_FORMS));
  /** Word analysis is pure, and people reuse words: remember each word's result (per side and language family). */
  private readonly caches = new Map<string, Map<string, Term | null>>();
  private cached = 0;

  constructor() {
    for (const { lang, word, concept } of conceptWords()) {
      // Folded as questions are ("мэрия" is read as "мерия").
      const key = `${lang}:${this.stemIn(lang, this.colloquial(fold(word)))}`;
      const list = this.concepts.get(key);
      if (!list) this.concepts.set(key, [concept]);
      else if (!list.includes(concept)) list.push(concept);
    }
  }

  private colloquial(w: string): string {
    const mapped = this.forms.get(w);
    if (mapped) return mapped;
    if (w.length >= 5) {
      if (w.endsWith("ejch")) return w.slice(0, -4) + "ych";
      if (w.endsWith("ejma")) return w.slice(0, -4) + "ymi";
      if (w.endsWith("ejm")) return w.slice(0, -3) + "ym";
      if (w.endsWith("ej")) return w.slice(0, -2) + "y";
      if (w.endsWith("yho")) return w.slice(0, -3) + "eho";
      if (w.endsWith("ama")) return w.slice(0, -3) + "ami";
      if (w.length >= 6 && w.endsWith("ema")) return w.slice(0, -3) + "emi";
    }
    if (w.length >= 6 && w.startsWith("vej")) return "vy" + w.slice(3);
    return w;
  }

  private stemIn(family: Family, w: string): string {
    return family === "en" ? stemEnglish(w) : family === "uk" ? stemUkrainian(w) : stemCzech(w);
  }

  /**
   * Document side: one language, known from the file. Query side: the person
   * may write in another language than they chose, so Latin words are read
   * both as Czech and as English.
   */
  analyze(text: string, lang: string, side: "doc" | "query"): Term[] {
    // Questions are capped (a pasted essay is not a question); documents are read whole.
    return this.analyzeWords(side === "query" ? words(text) : words(text, Infinity, Infinity), lang, side);
  }

  /** The same over a text already split by `words()`. */
  analyzeWords(list: readonly string[], lang: string, side: "doc" | "query"): Term[] {
    const fam = familyOf(lang);
    const terms: Term[] = [];
    const cacheKey = side + fam;
    let cache = this.caches.get(cacheKey);
    if (!cache) { cache = new Map(); this.caches.set(cacheKey, cache); }
    for (const raw of list) {
      let term = cache.get(raw);
      if (term === undefined) {
        term = this.word({ raw, text: fold(raw), cyrillic: isCyrillic(raw) }, fam, side);
        // Bounded memory: people can type endless made-up words.
        if (++this.cached > CACHE_LIMIT) { for (const c of this.caches.values()) c.clear(); this.cached = 1; }
        cache.set(raw, term);
      }
      if (term) terms.push(term);
    }
    return terms;
  }

  /** One lower-cased word (from `words()`), not cached: the index build keeps its own table. */
  term(raw: string, lang: string, side: "doc" | "query"): Term | null {
    return this.word({ raw, text: fold(raw), cyrillic: isCyrillic(raw) }, familyOf(lang), side);
  }

  private word(tok: { raw: string; text: string; cyrillic: boolean }, fam: Family, side: "doc" | "query"): Term | null {
    {
      // "být" (to be) with its accent is a function word; "byt" (a flat) is not.
      if (tok.raw === "být" || tok.raw === "byť") return null;
      const w = this.colloquial(tok.text);
      if (STOPWORDS.has(w) || STOPWORDS.has(tok.text)) return null;
      if (/^\d+$/.test(w) && w.length < 3) return null;
      const families: Family[] = tok.cyrillic ? ["uk"] : side === "doc" ? [fam === "uk" ? "cs" : fam] : fam === "en" ? ["en", "cs"] : ["cs", "en"];
      const features: Feature[] = [];
      const add = (f: string, s: number) => {
        const old = features.find((x) => x.f === f);
        if (!old) features.push({ f, s });
        else if (old.s < s) old.s = s;
      };
      families.forEach((family, i) => {
        const stem = this.stemIn(family, w);
        add(stem, i === 0 ? 1 : STRENGTH.other);
        for (const c of this.concepts.get(`${family}:${stem}`) ?? []) add(`~${c}`, STRENGTH.concept);
        if (family === "cs") {
          const bare = withoutPrefix(stem);
          if (bare) add(bare, STRENGTH.prefix);
        }
      });
      features.sort((a, b) => b.s - a.s);
      return { word: w, primary: features[0]!.f, features, generic: GENERIC.has(w) || GENERIC.has(tok.text), asks: INTERROGATIVES.has(w) };
    }
  }
}

export type SmallTalk = "greeting" | "thanks" | null;

/**
 * `smallTalk` over the words of a question (from `words()`), folding each
 * distinct word once: the engine checks every question, so this must cost
 * next to nothing.
 */
export class SmallTalkCheck {
  private readonly kinds = new Map<string, number>();

  check(list: readonly string[]): SmallTalk {
    if (list.length === 0 || list.length > 8) return null;
    let greeting = false;
    let thanks = false;
    for (const w of list) {
      let kind = this.kinds.get(w);
      if (kind === undefined) {
        const f = fold(w);
        kind = THANKS.has(f) ? TALK_THANKS : GREETINGS.has(f) ? TALK_GREETING : STOPWORDS.has(f) ? TALK_FUNCTION : TALK_OTHER;
        if (this.kinds.size >= CACHE_LIMIT) this.kinds.clear();
        this.kinds.set(w, kind);
      }
      if (kind === TALK_OTHER) return null;
      if (kind === TALK_THANKS) thanks = true;
      else if (kind === TALK_GREETING) greeting = true;
    }
    return thanks ? "thanks" : greeting ? "greeting" : null;
  }
}
const TALK_OTHER = 0, TALK_THANKS = 1, TALK_GREETING = 2, TALK_FUNCTION = 3;

/** A message made only of greetings or thanks (and function words) is small talk, not a question. */
export function smallTalk(text: string): SmallTalk {
  // Most questions are longer than small talk: count words before folding any.
  if (rawWords(text, 9).length > 8) return null;
  const words = tokenize(text).map((t) => t.text);
  if (words.length === 0 || words.length > 8) return null;
  let greeting = false;
  let thanks = false;
  for (const w of words) {
    if (THANKS.has(w)) thanks = true;
    else if (GREETINGS.has(w)) greeting = true;
    else if (!STOPWORDS.has(w)) return null;
  }
  return thanks ? "thanks" : greeting ? "greeting" : null;
}

/** Whether a question's words (from `words()`) mark it as hearsay: "prý", "slyšela jsem", "is it true". */
export function isHearsay(list: readonly string[]): boolean {
  for (const w of list) if (HEARSAY.has(fold(w))) return true;
  return false;
}

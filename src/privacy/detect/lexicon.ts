// The name lexicon: every list lemma expanded to its inflected forms (Czech,
// Slovak and Ukrainian declension, approximately), kept two ways — exact
// (lower case with diacritics) for words typed with diacritics, and folded for
// words typed without. Built on first use, not at import.
import { fold } from "../text.js";
import {
  AMBIGUOUS_FIRST, AMBIGUOUS_SURNAMES, COMMON_WORDS, FIRST_NAMES_CS, FIRST_NAMES_EN, FIRST_NAMES_UK,
  FIRST_NAMES_UK_LATIN, NICKNAMES_CS, PLACE_PREFIXES, PLACE_WORDS, SURNAMES,
} from "./name-lists.js";

export const FIRST = 1;
export const FIRST_AMB = 2;
export const SURNAME = 4;
export const SURNAME_AMB = 8;
export const PLACE = 16;
export const COMMON = 32;
/** The word matched only after folding: diacritics differ from the list ("Kučerova" for "Kučerová"). */
export const FOLD_ONLY = 64;

const CYRILLIC = /[\u0400-\u04ff]/;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase().replace(/[’ʼ]/g, "'"));
}

/** Drops the mobile e of "Marek", "Zdeněk", "Němec", "Pavel": the stem of the other cases. */
function mobileStem(w: string): string | null {
  const m = /^(.*?)([eě])([kc])$/.exec(w) ?? (w.length <= 5 ? /^(.*?)(e)(l)$/.exec(w) : null);
  if (!m || m[1]!.length < 2) return null;
  let head = m[1]!;
  if (m[2] === "ě") head = head.replace(/n$/, "ň").replace(/d$/, "ď").replace(/t$/, "ť");
  return head + m[3];
}

function latinForms(w: string, surname: boolean): string[] {
  const out = [w];
  const last = w.slice(-1);
  const s = w.slice(0, -1);
  if (last === "a") {
    out.push(s + "y", s + "e", s + "ě", s + "u", s + "ou", s + "o", s + "ovi", s + "i", s + "ovou");
    if (s.endsWith("k")) out.push(s.slice(0, -1) + "ce");
    if (s.endsWith("h") || s.endsWith("g")) out.push(s.slice(0, -1) + "ze");
    if (s.endsWith("ch")) out.push(s.slice(0, -2) + "še");
    if (s.endsWith("r")) out.push(s.slice(0, -1) + "ře");
    if (surname) out.push(s + "ová", s + "ové", s + "ovou");
  } else if (last === "e" || last === "é") {
    out.push(s + "i", s + "í", s + "ovi", s + "ou");
  } else if (last === "í") {
    out.push(s + "ího", s + "ímu", s + "ím");
  } else if (last === "ý") {
    out.push(s + "ého", s + "ému", s + "ým", s + "á", s + "é", s + "ou");
  } else if (last === "á") {
    out.push(s + "é", s + "ou");
  } else if (last === "o") {
    out.push(s + "a", s + "ovi", s + "em", s + "u", s + "ou");
    if (surname) out.push(s + "ová", s + "ové", s + "ovou");
  } else if (last === "i" || last === "y") {
    out.push(w + "ho", w + "mu", w + "m");
  } else {
    const stems = [w];
    const mob = mobileStem(w);
    if (mob) stems.push(mob);
    for (const st of stems) {
      out.push(st + "a", st + "ovi", st + "em", st + "e", st + "u", st + "i", st + "ové", st + "ových", st + "ovým");
      if (st.endsWith("r")) out.push(st.slice(0, -1) + "ře");
      if (surname) out.push(st + "ová", st + "ové", st + "ovou");
    }
  }
  return out;
}

function cyrillicForms(w: string): string[] {
  const out = [w];
  const last = w.slice(-1);
  const s = w.slice(0, -1);
  if (last === "й") out.push(s + "я", s + "ю", s + "єві", s + "єм", s + "ем", s + "ї");
  else if (last === "а") out.push(s + "и", s + "і", s + "у", s + "ою", s + "о", s + "ой", s + "ої", s + "ій");
  else if (last === "я") out.push(s + "ї", s + "і", s + "ю", s + "єю", s + "ею", s + "є", s + "и");
  else if (last === "о") out.push(s + "а", s + "у", s + "ові", s + "ом", s + "е");
  else if (last === "ь") out.push(s + "я", s + "ю", s + "ем", s + "ею");
  else out.push(w + "а", w + "у", w + "ові", w + "ом", w + "е", w + "і", w + "им", w + "ої", w + "ою");
  return out;
}

interface Lexicon {
  exact: Map<string, number>;
  folded: Map<string, number>;
  /** place prefixes by their first three letters */
  placePrefixes: Map<string, string[]>;
}

let built: Lexicon | null = null;

function build(): Lexicon {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const add = (form: string, flag: number) => {
    exact.set(form, (exact.get(form) ?? 0) | flag);
    const f = fold(form);
    folded.set(f, (folded.get(f) ?? 0) | flag);
  };
  const addLemma = (lemma: string, flag: number, surname: boolean) => {
    for (const f of CYRILLIC.test(lemma) ? cyrillicForms(lemma) : latinForms(lemma, surname)) add(f, flag);
  };
  for (const list of [FIRST_NAMES_CS, NICKNAMES_CS, FIRST_NAMES_UK, FIRST_NAMES_UK_LATIN, FIRST_NAMES_EN]) {
    for (const w of words(list)) addLemma(w, FIRST, false);
  }
  for (const w of words(AMBIGUOUS_FIRST)) addLemma(w, FIRST_AMB, false);
  for (const w of words(SURNAMES)) addLemma(w, SURNAME, true);
  for (const w of words(AMBIGUOUS_SURNAMES)) addLemma(w, SURNAME_AMB, true);
  for (const w of words(PLACE_WORDS)) add(w, PLACE);
  // Ordinary words are added as they are, folded; they override names.
  for (const w of words(COMMON_WORDS)) add(w, COMMON);
  const placePrefixes = new Map<string, string[]>();
  for (const p of words(PLACE_PREFIXES).map(fold)) {
    const k = p.slice(0, 3);
    placePrefixes.set(k, [...(placePrefixes.get(k) ?? []), p]);
  }
  return { exact, folded, placePrefixes };
}

function lexicon(): Lexicon {
  return (built ??= build());
}

const ASCII = /^[\x00-\x7f]*$/;

/** Flags of a word (FIRST, SURNAME, PLACE …). `key` is the folded form from tokenize(). */
export function lookup(text: string, key: string): number {
  const lex = lexicon();
  const lower = text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/'s$/, "");
  let flags: number;
  if (ASCII.test(lower) || CYRILLIC.test(lower)) flags = (ASCII.test(lower) ? lex.folded.get(key) : lex.exact.get(lower)) ?? 0;
  else {
    const e = lex.exact.get(lower);
    // An exact match decides ("Ráďa" is a name though "rada" is a word); the few exact
    // forms that are also words ("víte", "daně") are listed among the ordinary words.
    if (e !== undefined) flags = e;
    else {
      const f = lex.folded.get(key) ?? 0;
      // A folded match of an ordinary word is still ordinary; a folded name match is weaker.
      flags = f & COMMON ? f : f ? f | FOLD_ONLY : 0;
    }
  }
  if (!(flags & PLACE)) {
    for (const p of lex.placePrefixes.get(key.slice(0, 3)) ?? []) {
      if (key.startsWith(p)) { flags |= PLACE; break; }
    }
  }
  return flags;
}

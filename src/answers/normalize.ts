// Text normalisation shared by indexing and querying: lower case, Latin
// diacritics folded (people often type without them), Cyrillic kept but
// unified, and split into word tokens.

const CYRILLIC = /[\u0400-\u04ff]/;

/** Lower-cases and removes Latin diacritics: "Stěhování" -> "stehovani". Cyrillic letters keep their identity. */
export function fold(text: string): string {
  // Char by char through a table for Latin and Cyrillic letters (the same
  // result as folding the whole string: none of these letters combines with
  // its neighbours); anything else takes the full path.
  const table = FOLD_TABLE ?? buildFoldTable();
  let out = "";
  let same = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < TABLE_LATIN ? table[c]! : c >= 0x400 && c < 0x500 ? table[c - 0x400 + TABLE_LATIN]! : null;
    if (f === null) return foldWhole(text);
    if (same) {
      if (f.length === 1 && f.charCodeAt(0) === c) continue;
      same = false;
      out = text.slice(0, i);
    }
    out += f;
  }
  return same ? text : out;
}

const TABLE_LATIN = 0x250;
/** Folded forms of U+0000..U+024F and U+0400..U+04FF, built on first use (nothing runs at import time). */
let FOLD_TABLE: string[] | undefined;
function buildFoldTable(): string[] {
  const t: string[] = [];
  for (let c = 0; c < TABLE_LATIN; c++) t.push(foldWhole(String.fromCharCode(c)));
  for (let c = 0x400; c < 0x500; c++) t.push(foldWhole(String.fromCharCode(c)));
  FOLD_TABLE = t;
  return t;
}

function foldWhole(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ёэ]/g, (c) => (c === "ё" ? "е" : "е"))
    .replace(/ґ/g, "г")
    .replace(/[ʼ’'`]/g, "")
    .normalize("NFD")
    // Combining marks after Latin letters only; Cyrillic й/ї are composed letters we must keep.
    .replace(/([a-z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC");
}

export interface RawToken {
  /** The token as typed, lower-cased, with its diacritics (used to tell být from byt). */
  raw: string;
  /** Folded form. */
  text: string;
  cyrillic: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, maxTokens = 64): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.slice(0, 2000).matchAll(WORD)) {
    const raw = m[0].toLowerCase();
    for (const part of raw.split("-")) {
      if (!part) continue;
      out.push({ raw: part, text: fold(part), cyrillic: CYRILLIC.test(part) });
      if (out.length >= maxTokens) return out;
    }
  }
  return out;
}

const NON_WORD = /[^\p{L}\p{N}]/u;
const NON_WORD_ALL = /[^\p{L}\p{N}]+/u;

/** Lower-cased words of a text, unfolded: the analyzer folds each distinct word once. Hyphenated words split into their parts. */
export function words(text: string, maxWords = 64, maxChars = 2000): string[] {
  const t = (text.length > maxChars ? text.slice(0, maxChars) : text).toLowerCase();
  // A char loop over a letter/digit table (filled as chars are met); the regex split only for text with astral chars.
  const kind = WORD_CHAR;
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    let isWord = false;
    if (i < t.length) {
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return wordsBySplit(t, maxWords);
      let k = kind[c]!;
      if (k === 0) { k = NON_WORD.test(t[i]!) ? 2 : 1; kind[c] = k; }
      isWord = k === 1 || (start >= 0 && isInnerApostrophe(t, i));
    }
    if (isWord) { if (start < 0) start = i; continue; }
    if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
      if (out.length >= maxWords) break;
    }
  }
  return out;
}

const INNER_APOSTROPHE = /(?<=[\u0400-\u04ff])['\u2019\u02bc](?=[\u0400-\u04ff])/g;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const isCyrillicCode = (c: number) => c >= 0x400 && c < 0x500;
/**
 * The Ukrainian apostrophe is part of a word (пам'ять, зв'язок, б'є): between two Cyrillic letters it
 * does not split the word (folding then drops it). Elsewhere ("don't", quotes) it splits as before.
 */
function isInnerApostrophe(t: string, i: number): boolean {
  return APOSTROPHES.has(t.charCodeAt(i)) && isCyrillicCode(t.charCodeAt(i - 1)) && isCyrillicCode(t.charCodeAt(i + 1));
}

/** Per UTF-16 code unit: 0 not seen yet, 1 letter or digit, 2 anything else (a cache of the NON_WORD test). */
const WORD_CHAR = new Uint8Array(0x10000);

function wordsBySplit(t: string, maxWords: number): string[] {
  const out: string[] = [];
  for (const part of t.replace(INNER_APOSTROPHE, "").split(NON_WORD_ALL)) {
    if (!part) continue;
    out.push(part);
    if (out.length >= maxWords) break;
  }
  return out;
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

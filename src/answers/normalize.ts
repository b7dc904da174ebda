// Text normalisation shared by indexing and querying: lower case, Latin
// diacritics folded (people often type without them), Cyrillic kept but
// unified, and split into word tokens.

const CYRILLIC = /[\u0400-\u04ff]/;

/** Lower-cases and removes Latin diacritics: "Stěhování" -> "stehovani". Cyrillic letters keep their identity. */
export function fold(text: string): string {
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

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower-cased words of a text, unfolded: the analyzer folds each distinct word once. Hyphenated words split into their parts. */
export function words(text: string, maxWords = 64, maxChars = 2000): string[] {
  const parts = (text.length > maxChars ? text.slice(0, maxChars) : text).toLowerCase().split(NON_WORD);
  const out: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    out.push(part);
    if (out.length >= maxWords) break;
  }
  return out;
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

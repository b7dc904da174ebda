// Ukrainian (and Russian) typed in Latin letters: people with a Czech or English keyboard write
// "shcho bude z kvartyroju" for "що буде з квартирою". The engine reads Ukrainian in Cyrillic, so such
// a question is also read transliterated back (engine.ts keeps the better reading). The table is the
// informal spelling people use (the national romanisation plus its common variants), longest first;
// what it cannot tell apart (і/ї, и/ы, the soft sign) the stemmer, the typo tolerance and the n-grams absorb.

const MULTI: readonly (readonly [string, string])[] = [
  ["shch", "щ"], ["sch", "щ"],
  ["zh", "ж"], ["kh", "х"], ["ch", "ч"], ["sh", "ш"], ["ts", "ц"],
  ["ya", "я"], ["ia", "я"], ["ja", "я"],
  ["yu", "ю"], ["iu", "ю"], ["ju", "ю"],
  ["ye", "є"], ["ie", "є"], ["je", "є"],
  ["yi", "ї"], ["ji", "ї"], ["yo", "йо"], ["jo", "йо"],
];
const SINGLE: Readonly<Record<string, string>> = {
  a: "а", b: "б", v: "в", w: "в", h: "г", g: "г", d: "д", e: "е", z: "з", y: "и", i: "і", j: "й", k: "к",
  l: "л", m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", t: "т", u: "у", f: "ф", c: "ц", q: "к", x: "кс",
};

/** Whether a question in the chosen language `lang` looks like Ukrainian or Russian typed in Latin letters. */
export function looksTransliterated(text: string, lang: string): boolean {
  if (lang !== "uk" && lang !== "ru") return false;
  // Any Cyrillic letter: the person writes Cyrillic. No Latin letter: nothing to read back.
  return !/[\u0400-\u04ff]/.test(text) && /[a-z]/i.test(text);
}

/** Latin-letter Ukrainian back into Cyrillic; anything else (digits, punctuation, accented letters) stays. */
export function toCyrillic(text: string): string {
  const t = text.toLowerCase();
  let out = "";
  for (let i = 0; i < t.length; ) {
    const pair = MULTI.find(([latin]) => t.startsWith(latin, i));
    if (pair) { out += pair[1]; i += pair[0].length; continue; }
    const c = t[i]!;
    out += SINGLE[c] ?? c;
    i++;
  }
  return out;
}

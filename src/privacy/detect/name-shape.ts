// What a single word looks like as a name: listed first name or surname,
// surname shape (-ová, -enko, -чук …), or something that is never a name.
import type { Token } from "../text.js";
import { COMMON, FIRST, FIRST_AMB, FOLD_ONLY, lookup, PLACE, SURNAME, SURNAME_AMB } from "./lexicon.js";
import { CALENDAR_RE } from "./name-lists.js";

export interface Info {
  tok: Token;
  /** not a name whatever the context: ordinary word, place, month */
  never: boolean;
  /** a list first name that is not also an ordinary word */
  first: boolean;
  /** any list name or name-shaped word (for context rules) */
  nameLike: boolean;
  /** a list name, ignoring morphology */
  listed: boolean;
  /** a surname shape that alone, capitalised, is a name (-ová, -enko, -чук) */
  morphStrong: boolean;
  /** listed surname that is not an ordinary word */
  surname: boolean;
  /** a listed first name, ambiguous or not */
  anyFirst: boolean;
  foldOnly: boolean;
  initial: boolean;
}

// Surname endings with the fewest letters that must come before them. Checked
// with endsWith (a regex ending in $ tries every start position).
type Suffixes = [string, number][];
const suffixes = (list: string): Suffixes => list.split(" ").map((p) => { const [s, n] = p.split(":"); return [s!, Number(n)]; });
/** On the lower-case word with diacritics: -ová, -ové, -ovou, -ovi. */
const STRONG_EXACT = suffixes("ová:2 ové:2 ovou:2 ovi:1");
/** On the folded word: Ukrainian and Slavic shapes that are surnames even alone. */
const STRONG_FOLDED = suffixes("enko:2 chuk:2 czuk:2 cuk:3 iuk:2 yuk:2 juk:2 енко:2 чук:2 юк:2 ський:2 ська:2 ською:2 ської:2 ській:2 skyi:2 skyy:2 skyj:2 ович:2 івна:2 ївна:2 овна:2 евич:2");
/** On the folded word: shapes that are surnames only in context. */
const WEAK_FOLDED = suffixes("ova:3 ove:3 ovou:3 ska:2 sky:2 ske:2 skou:2 ski:2 cka:2 cky:2 cke:2 ov:2 ev:2 in:2 ова:2 ов:2 ев:2 єв:2 ін:2 ина:2 іна:2 ин:2 uk:3 yk:3 ik:3 ak:3 ich:3 ych:3 ic:3 ко:2 ko:3 ук:2 ик:2 ак:2 ич:2");

function endsWithAny(word: string, list: Suffixes): boolean {
  for (const [s, n] of list) if (word.length >= s.length + n && word.endsWith(s)) return true;
  return false;
}


export function classify(tok: Token): Info {
  const flags = lookup(tok.text, tok.key);
  const calendar = CALENDAR_RE.test(tok.key);
  const never = !!(flags & (COMMON | PLACE)) || calendar || /\d/.test(tok.text);
  const lower = tok.text.toLowerCase();
  const morphStrong = !never && tok.text.length >= 5 && (endsWithAny(lower, STRONG_EXACT) || endsWithAny(tok.key, STRONG_FOLDED));
  const morphWeak = !never && tok.text.length >= 4 && endsWithAny(tok.key, WEAK_FOLDED);
  const listed = !!(flags & (FIRST | FIRST_AMB | SURNAME | SURNAME_AMB));
  return {
    tok,
    never,
    first: !never && !!(flags & FIRST) && !(flags & FIRST_AMB),
    nameLike: !never && (listed || morphStrong || morphWeak),
    listed: !never && listed,
    morphStrong,
    surname: !never && !!(flags & SURNAME) && !(flags & SURNAME_AMB),
    anyFirst: !never && !!(flags & (FIRST | FIRST_AMB)),
    foldOnly: !!(flags & FOLD_ONLY),
    initial: tok.text.length === 1 && tok.cap,
  };
}

export function capUnknown(i: Info): boolean {
  return i.tok.cap && !i.never && (i.tok.text.length >= 2 || i.initial);
}

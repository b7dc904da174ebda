// A light Czech stemmer: the case-ending and possessive removal of Dolamic &
// Savoy ("Indexing and stemming approaches for the Czech language", 2009; the
// algorithm Lucene's CzechStemmer implements), applied to diacritic-free text,
// plus a few verb rules the original leaves out, so that stěhování, stěhovat
// and stěhujeme meet at one stem. Works on folded (diacritic-free) words.

const CASE_5 = ["atech"];
const CASE_4 = ["etem", "atum"];
const CASE_3 = [
  "ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu",
  "ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi",
];
const CASE_2 = ["em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"];
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

function removeCase(w: string): string {
  const n = w.length;
  if (n > 7 && CASE_5.some((e) => w.endsWith(e))) return w.slice(0, -5);
  if (n > 6 && CASE_4.some((e) => w.endsWith(e))) return w.slice(0, -4);
  if (n > 5 && CASE_3.some((e) => w.endsWith(e))) return w.slice(0, -3);
  if (n > 4 && CASE_2.some((e) => w.endsWith(e))) return w.slice(0, -2);
  if (n > 3 && VOWELS.has(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

function removePossessive(w: string): string {
  if (w.length > 5 && (w.endsWith("ov") || w.endsWith("in") || w.endsWith("uv"))) return w.slice(0, -2);
  return w;
}

function normalizeEnd(w: string): string {
  if (w.endsWith("ct")) return w.slice(0, -2) + "ck";
  if (w.endsWith("st") && w.length > 4) return w.slice(0, -2) + "sk";
  const last = w[w.length - 1];
  if (last === "c") return w.slice(0, -1) + "k";
  if (last === "z") return w.slice(0, -1) + "h";
  if (w.length > 3 && w[w.length - 2] === "e") return w.slice(0, -2) + last;
  return w;
}

// Verb and verbal-noun endings, longest first. -ovat verbs conjugate with -uj-
// (stěhovat / stěhuji), so -uj- stems are mapped back to -ov-.
const VERB_ENDINGS: [string, string][] = [
  ["ovavani", "ov"], ["ovavat", "ov"], ["ovani", "ov"], ["ovany", "ov"], ["ovana", "ov"], ["ovane", "ov"],
  ["ovala", "ov"], ["ovali", "ov"], ["ovalo", "ov"], ["ovat", "ov"], ["oval", "ov"],
  ["ujeme", "ov"], ["ujete", "ov"], ["ujou", "ov"], ["uji", "ov"], ["uju", "ov"], ["ujes", "ov"], ["uje", "ov"], ["uj", "ov"],
  ["avani", "av"], ["avat", "av"],
  ["eni", ""], ["ani", ""], ["iti", ""], ["ati", ""],
  ["eme", ""], ["ete", ""], ["ime", ""], ["ite", ""], ["ame", ""], ["ate", ""],
  ["ila", ""], ["ily", ""], ["ilo", ""], ["ili", ""], ["ela", ""], ["eli", ""], ["ala", ""], ["ali", ""], ["alo", ""],
  ["it", ""], ["et", ""], ["il", ""], ["el", ""], ["al", ""],
];

function removeVerbEnding(w: string): string | null {
  for (const [end, repl] of VERB_ENDINGS) {
    if (w.endsWith(end) && w.length - end.length >= 3) return w.slice(0, -end.length) + repl;
  }
  return null;
}

/** Stems one folded Czech or Slovak word. Short words are returned as they are. */
export function stemCzech(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const verb = removeVerbEnding(word);
  if (verb !== null) return verb.length >= 3 ? verb : word;
  let w = removeCase(word);
  w = removePossessive(w);
  if (w.length > 0) w = normalizeEnd(w);
  return w.length >= 2 ? w : word;
}

const PREFIXES = ["pred", "pri", "pre", "pro", "pod", "roz", "vy", "od", "za", "na", "po", "do", "ob", "vz", "s", "z"];
const VOWEL = /^[aeiouy]/;

/** The stem without a verbal prefix (přestěhovat -> stěhovat), or null. Used as a weaker second feature. */
export function withoutPrefix(stem: string): string | null {
  for (const p of PREFIXES) {
    if (!stem.startsWith(p) || stem.length - p.length < 4) continue;
    const rest = stem.slice(p.length);
    // s- and z- are prefixes only before a consonant (zbourat, sbalit; not zavřít).
    if (p.length === 1 && VOWEL.test(rest)) continue;
    return rest;
  }
  return null;
}

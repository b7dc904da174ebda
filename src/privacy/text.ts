// Small text helpers shared by the redaction detectors. Pure, no I/O.

const COMBINING = /[\u0300-\u036f]/g;

/** Lower case without diacritics ("Kučerová" -> "kucerova", "Їжак" -> "іжак"). Length may change. */
export function fold(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(COMBINING, "");
}

const foldCharCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldCharCache.get(c);
  if (f !== undefined) return f;
  const lower = c.toLowerCase();
  if (lower.length !== 1) f = c;
  else {
    const base = lower.normalize("NFD").replace(COMBINING, "");
    f = base.length === 1 ? base : lower;
  }
  if (foldCharCache.size < 4096) foldCharCache.set(c, f);
  return f;
}

/**
 * Like fold(), but keeps the length (one UTF-16 unit in, one out), so offsets found in the folded
 * text are offsets in the original. Stand-alone combining marks stay as they are.
 */
export function foldSameLength(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x41) out += c;
    else if (code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code < 0xc0) out += c;
    else if (code >= 0xd800 && code <= 0xdfff) out += c;
    else out += foldChar(c);
  }
  return out;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** folded text, with an English possessive "'s" removed */
  key: string;
  /** first letter is upper case */
  cap: boolean;
  /** two or more letters, all upper case */
  allCaps: boolean;
  /** first word of a sentence or of a line */
  sentStart: boolean;
  /** first word of a line (or of the text) */
  lineStart: boolean;
}

// A word: letters (with combining marks), inner apostrophes and hyphens.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*(?:-\p{L}[\p{L}\p{M}]*)*/gu;

const OPENERS = new Set([" ", "\t", "\u00a0", "\"", "'", "„", "“", "”", "«", "»", "(", "[", "*", "•", "-", "–", "—", ">", "‚", "‘", "’"]);

/** Abbreviations after which a full stop does not end the sentence. Folded. */
const NON_FINAL_ABBREV = new Set([
  "p", "ul", "c", "cp", "tel", "nam", "tr", "mgr", "ing", "bc", "mudr", "judr", "phdr", "rndr", "mvdr", "paeddr", "dr",
  "doc", "prof", "mr", "mrs", "ms", "st", "sl", "kpt", "gen", "sv", "nar", "r", "vul", "пр", "вул", "пан", "tj", "napr",
  "atd", "apod", "resp", "cca", "mj", "tzv", "odd", "kanc", "mob", "vs", "no", "nr",
]);

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    let key = fold(raw);
    if (key.length > 3 && /['’ʼ]s$/.test(key)) key = key.slice(0, -2);
    key = key.replace(/[’ʼ]/g, "'");
    const first = raw[0]!;
    const cap = isUpper(first);
    const allCaps = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    // Look back for the start of a sentence or of a line.
    let j = start - 1;
    while (j >= 0 && OPENERS.has(text[j]!)) j--;
    let lineStart = false;
    let sentStart = false;
    if (j < 0) {
      lineStart = sentStart = true;
    } else {
      const c = text[j]!;
      if (c === "\n" || c === "\r") lineStart = sentStart = true;
      else if (c === "!" || c === "?" || c === "…") sentStart = true;
      else if (c === ".") {
        const prev = tokens[tokens.length - 1];
        if (prev && prev.end === j) {
          const single = prev.text.length === 1 && prev.cap;
          sentStart = !single && !NON_FINAL_ABBREV.has(prev.key);
        } else sentStart = true;
      }
    }
    tokens.push({ text: raw, start, end, key, cap, allCaps, sentStart, lineStart });
  }
  return tokens;
}

/** True when only spaces or tabs (no new line, no punctuation) are between two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== " " && c !== "\t" && c !== "\u00a0") return false;
  }
  return true;
}

// Names of people: list names with their inflected forms, surname morphology
// (-ová, -enko, -чук …) and context (a cue before the name, a first name next
// to a surname, a signature after a closing). Places, organisations, months
// and ordinary words are never names.
import { onlySpaces, type Token, tokenize } from "../text.js";
import { CLOSING_FILLER, type CueKind, cueTable, ROLE_PREFIX } from "./cues.js";
import { FIRST, FIRST_AMB, lookup } from "./lexicon.js";
import { capUnknown, classify } from "./name-shape.js";
import { FAMOUS } from "./name-lists.js";
import type { Finding } from "./types.js";

const TITLE_ABBREV = new Set(["sl", "mr", "mrs", "ms", "dr", "mgr", "ing", "bc", "mudr", "judr", "phdr", "rndr", "mvdr", "paeddr", "doc", "prof", "dipl"]);
const PLACE_PREP = new Set(["na", "v", "ve", "do", "z", "ze", "u", "k", "ke", "po", "za", "od", "pres", "smer", "in", "to", "from", "at", "в", "у", "з", "до", "на", "із"]);

let famousTable: Map<string, string[][]> | null = null;
function famous(): Map<string, string[][]> {
  if (famousTable) return famousTable;
  famousTable = new Map();
  for (const phrase of FAMOUS.trim().split("|")) {
    const seq = phrase.trim().split(" ");
    famousTable.set(seq[0]!, [...(famousTable.get(seq[0]!) ?? []), seq]);
  }
  return famousTable;
}

/** Which cue (if any) starts at token i, and how many tokens it spans. */
function cueAt(toks: Token[], text: string, i: number): { kind: CueKind; len: number } | null {
  const cands = cueTable().byFirst.get(toks[i]!.key);
  if (!cands) return null;
  for (const c of cands) {
    let ok = true;
    for (let k = 1; k < c.words.length; k++) {
      const t = toks[i + k];
      if (!t || t.key !== c.words[k] || !/^[\s,]{1,3}$/.test(text.slice(toks[i + k - 1]!.end, t.start))) { ok = false; break; }
    }
    if (ok) return { kind: c.kind, len: c.words.length };
  }
  return null;
}

function gap(text: string, toks: Token[], a: number, b: number): string {
  return text.slice(toks[a]!.end, toks[b]!.start);
}

/** Between two parts of one name: spaces, or the full stop of an initial or a title. */
function joined(text: string, toks: Token[], a: number): boolean {
  const g = gap(text, toks, a, a + 1);
  if (onlySpaces(text, toks[a]!.end, toks[a + 1]!.start)) return true;
  return /^\.[ \t\u00a0]{0,2}$/.test(g) && (toks[a]!.text.length === 1 || TITLE_ABBREV.has(toks[a]!.key));
}

export function detectNames(text: string): Finding[] {
  const toks = tokenize(text);
  const n = toks.length;
  const info = toks.map(classify);
  const mark = new Uint8Array(n);

  // 1. Cues.
  for (let i = 0; i < n; i++) {
    const cue = cueAt(toks, text, i);
    if (!cue) continue;
    let j = i + cue.len;
    if (j >= n) continue;
    const g = gap(text, toks, j - 1, j);
    const gapOk =
      cue.kind === "title" ? /^\.?[ \t\u00a0]{0,2}$/.test(g) && g.length > 0
      : cue.kind === "closing" ? /^[\s,.!:;—–-]{1,8}$/.test(g)
      : /^[ \t\u00a0,:–—-]{1,4}$/.test(g) && !/[,]/.test(g.trim()) || (cue.kind === "weak" && /^,? ?$/.test(g));
    if (!gapOk) continue;
    if (cue.kind === "title") {
      // "pan starosta Kocourek": skip up to two role words.
      // "MS Teams", "DR Kongo": an all-capitals abbreviation without its full stop is no title.
      if (toks[i]!.allCaps && toks[i]!.text.length <= 2 && text[toks[i]!.end] !== ".") continue;
      for (let r = 0; r < 2 && j < n && ROLE_PREFIX.test(toks[j]!.key); r++) {
        if (j + 1 < n && onlySpaces(text, toks[j]!.end, toks[j + 1]!.start)) j++;
        else { j = n; break; }
      }
      if (j >= n) continue;
    }
    if (cue.kind === "closing") {
      // Skip "za odpověď", "moc" … then take the signature.
      while (j < n && CLOSING_FILLER.has(toks[j]!.key) && !toks[j]!.cap && j + 1 < n && /^[\s,.!:;—–-]{1,8}$/.test(gap(text, toks, j, j + 1))) j++;
      while (j < n && CLOSING_FILLER.has(toks[j]!.key) && j + 1 < n && /^[\s,.!:;—–-]{1,8}$/.test(gap(text, toks, j, j + 1)) && info[j + 1]!.nameLike) j++;
    }
    const taken: number[] = [];
    for (let k = j; k < n && taken.length < 3; k++) {
      if (taken.length && !joined(text, toks, k - 1)) break;
      const it = info[k]!;
      if (it.never) break;
      const t = it.tok;
      let ok: boolean;
      if (cue.kind === "strong") ok = taken.length === 0 ? !/^\p{Ll}{1,2}$/u.test(t.text) : it.nameLike || capUnknown(it);
      else if (cue.kind === "weak") {
        // The first word after "jsem" must be a listed name or a strong surname shape:
        // "Jsem Polák", "Jsem Katolík" are not names.
        if (taken.length === 0) ok = !it.foldOnly && (t.cap ? it.anyFirst || it.surname || it.morphStrong : it.listed);
        else ok = t.cap ? it.nameLike || capUnknown(it) : it.listed;
        // "jsem vendelin gabor": an unknown word right before a listed surname is its first name.
        const nx = info[k + 1];
        if (!ok && taken.length === 0 && !t.cap && t.text.length >= 3 && nx && nx.surname && !nx.tok.cap && joined(text, toks, k)) ok = true;
      }
      else if (cue.kind === "relation") ok = t.cap ? capUnknown(it) : it.listed && !!(lookup(t.text, t.key) & (FIRST | FIRST_AMB));
      else ok = t.cap ? capUnknown(it) || it.nameLike : it.listed || (taken.length > 0 && it.nameLike);
      if (!ok) break;
      taken.push(k);
    }
    if (!taken.length) continue;
    if (cue.kind === "closing") {
      // A signature ends the text, the line, or is followed by a comma or a phone number.
      const last = toks[taken[taken.length - 1]!]!;
      const rest = text.slice(last.end, last.end + 6);
      if (!/^(?:\.?\s*$|\.?[ \t]*[\r\n]|[ \t]*[,(]|[ \t]+\+?\d|[.!]?\s*$)/.test(rest) && last.end !== text.length) continue;
    }
    for (const k of taken) mark[k] = 1;
  }

  // 2. Names that stand alone.
  for (let i = 0; i < n; i++) {
    const it = info[i]!;
    const t = it.tok;
    if (mark[i] || it.never || !t.cap || t.text.length < 2) continue;
    if (it.first && !it.foldOnly) { mark[i] = 1; continue; }
    if (it.morphStrong) { mark[i] = 1; continue; }
    if (t.sentStart) continue;
    const prev = i > 0 ? toks[i - 1]!.key : "";
    const afterPlacePrep = PLACE_PREP.has(prev) && onlySpaces(text, toks[i - 1]!.end, t.start);
    if (it.surname && !afterPlacePrep) { mark[i] = 1; continue; }
    if ((it.first || it.listed) && it.foldOnly && !afterPlacePrep) { mark[i] = 1; continue; }
    if (!afterPlacePrep && /^[a-z]+ova$/.test(t.key) && /^[A-Za-z]+$/.test(t.text) && t.text.length >= 6) mark[i] = 1;
  }
  // Lower-case first name next to a lower-case surname: "pavla kucerova".
  for (let i = 0; i + 1 < n; i++) {
    const a = info[i]!, b = info[i + 1]!;
    if (a.tok.cap || b.tok.cap || !onlySpaces(text, a.tok.end, b.tok.start)) continue;
    if ((a.first && b.nameLike && !b.first) || (b.first && a.nameLike && !a.first && a.listed)) { mark[i] = 1; mark[i + 1] = 1; }
  }

  // A name that ends the text after a comma, new line or dash is a signature: "…, Vlasta".
  if (n >= 2) {
    let a = n - 1;
    if (a > 0 && joined(text, toks, a - 1) && info[a - 1]!.tok.cap) a--;
    const tail = text.slice(toks[n - 1]!.end);
    const lead = a > 0 ? gap(text, toks, a - 1, a) : "";
    const names = info.slice(a);
    if (/^[.!\s]*$/.test(tail) && /[,\n—–-]/.test(lead) && names.every((x) => x.tok.cap && !x.never) && names.some((x) => x.anyFirst || x.surname || x.morphStrong)) {
      for (let k = a; k < n; k++) mark[k] = 1;
    }
  }

  // 3. Neighbours of a name: "Jana Nováková", "Lakatos Ladislav", "Petr N.".
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if (!mark[i]) continue;
      if (i + 1 < n && !mark[i + 1] && joined(text, toks, i)) {
        const nx = info[i + 1]!;
        if ((nx.tok.cap && capUnknown(nx)) || (!nx.tok.cap && !toks[i]!.cap && nx.nameLike)) mark[i + 1] = 1;
      }
      if (i > 0 && !mark[i - 1] && joined(text, toks, i - 1)) {
        const pv = info[i - 1]!;
        // A capitalised word before a surname is its first name ("tady Magda Pešková"), unless it starts the sentence.
        const surnameHere = info[i]!.morphStrong || info[i]!.surname;
        // At a sentence start too when the surname is unmistakable (-ová, -enko): "Magda Pešková bydlí …".
        const firstOfSurname = surnameHere && capUnknown(pv) && (!pv.tok.sentStart || info[i]!.morphStrong);
        if (pv.tok.cap ? (pv.nameLike || firstOfSurname) && !pv.never : !toks[i]!.cap && pv.listed) mark[i - 1] = 1;
      }
    }
  }

  // Schools and streets named after historical people ("škola Marie Terezie") stay.
  for (let i = 0; i < n; i++) {
    if (!mark[i]) continue;
    for (const seq of famous().get(toks[i]!.key) ?? []) {
      if (seq.every((w, k) => toks[i + k]?.key === w)) for (let k = 0; k < seq.length; k++) mark[i + k] = 0;
    }
  }

  // 4. One finding per run of name words.
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    if (!mark[i]) continue;
    let k = i;
    while (k + 1 < n && mark[k + 1] && joined(text, toks, k)) k++;
    let end = toks[k]!.end;
    if (toks[k]!.text.length === 1 && text[end] === ".") end++;
    out.push({ kind: "name", start: toks[i]!.start, end });
    i = k;
  }
  return out;
}

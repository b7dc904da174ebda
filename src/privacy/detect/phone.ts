// Phone numbers: Czech and Slovak (9 digits, 0 9xx for Slovak), Ukrainian
// (0XX XXX XX XX), and anything international with + or 00. Emergency and
// public numbers (112, 155, 116 111, 1212, 800 …) are too short or listed.
import { type Finding, regexFindings } from "./types.js";

// A digit run with separators; bounded so the engine cannot backtrack far.
const CANDIDATE = /(?<![\p{L}\p{N}+/@._-])(?:\+|00)?[ ]?\(?\d[\d \u00a0.\-()]{5,24}\d(?![\d/])/gu;

/** Free and shared-cost lines are public, not personal. */
const PUBLIC_PREFIX = /^(?:800|81\d|84\d|90\d)/;

export function isPhoneDigits(raw: string): boolean {
  let d = raw.replace(/\D/g, "");
  const intl = raw.trimStart().startsWith("+") || d.startsWith("00");
  if (d.startsWith("00")) d = d.slice(2);
  // Separators must look like a phone, not like a date "10. 4. 2025 …".
  if (/\d\.\s/.test(raw)) return false;
  if (intl) return d.length >= 9 && d.length <= 15;
  if (d.length === 9) return /^[2-9]/.test(d) && !PUBLIC_PREFIX.test(d);
  if (d.length === 10) return d.startsWith("0") && !d.startsWith("00");
  if (d.length === 12) return /^(?:420|421|380|48|49|43|36)/.test(d);
  return false;
}

// "608/555/444", "608/555 444": slashes only between groups of three.
const SLASHED = /(?<![\d/])[2-9]\d{2}\/\d{3}[ /]\d{3}(?![\d/])/g;

export function detectPhones(text: string): Finding[] {
  const out: Finding[] = regexFindings(text, SLASHED, "phone");
  for (const f of regexFindings(text, CANDIDATE, "phone")) {
    let raw = text.slice(f.start, f.end);
    // Trim an unmatched closing bracket or space the class swallowed.
    let end = f.end;
    while (/[\s.\-)]$/.test(raw) && !/\(/.test(raw)) { raw = raw.slice(0, -1); end--; }
    if (isPhoneDigits(raw)) { out.push({ kind: "phone", start: f.start, end }); continue; }
    // "776 22 33 44 a 605 …" never gets here joined; but "… 608 555 444 12" might:
    // retry on the first 9–12 digits' worth of groups.
    const groups = [...raw.matchAll(/\+?\d+/g)];
    let acc = "";
    for (const g of groups) {
      acc = raw.slice(0, g.index + g[0].length);
      if (isPhoneDigits(acc)) { out.push({ kind: "phone", start: f.start, end: f.start + acc.length }); break; }
    }
  }
  return out;
}

// Structured numbers: birth numbers (rodné číslo), bank accounts and IBANs,
// identity documents, insurance numbers and licence plates.
import { before, type Finding, regexFindings } from "./types.js";

const BIRTH_CONTEXT = /(?:rodn[eéyý]\w{0,3} (?:cisl|čísl)\w{0,2}|\br\.? ?c\.?|\brc\b|birth (?:number|no)|rodne c)[\s:.=-]{0,4}$/;
// Tested on folded text (no diacritics, lower case).
const INSURANCE_CONTEXT = /(?:pojist|insurance|страхов|vzp|ozp|vozp|čpzp|cpzp|zpmv|rbp)[\p{L}]*[^\d\n]{0,25}$/u;
const DOC_CONTEXT =
  /(?:obcansk|obcank|\bop\b|pas\b|pasu\b|passport|pass no|паспорт|посвідк|посвідчен|prukaz|doklad|viz[au]m?\b|viza\b|povoleni k pobytu|\bid\b|id card|\bcislo op|id-карт|preukaz|obciansk|rodny list)[^\d\n]{0,25}$/u;

/** A valid date in the first six digits of a birth number (women +50, +20 / +70 since 2004). */
export function birthNumberDate(d: string): boolean {
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  const m = mm > 70 ? mm - 70 : mm > 50 ? mm - 50 : mm > 20 ? mm - 20 : mm;
  return m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
}

function birthChecksum(d: string): boolean {
  if (d.length !== 10) return false;
  const n = BigInt(d);
  if (n % 11n === 0n) return true;
  // Old numbers: first nine mod 11 is 10 and the check digit is 0.
  return BigInt(d.slice(0, 9)) % 11n === 10n && d.endsWith("0");
}

const BIRTH_SLASH = /(?<![\d/.,-])\d{6}[ ]?\/[ ]?\d{3,4}(?![\d/])/g;
const LONG_DIGITS = /(?<![\d/.,+-])\d{9,10}(?![\d/])/g;

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?\d{1,4})?(?![\p{L}\p{N}])/gu;
// Czech account: optional prefix-, number, /bank code.
const ACCOUNT = /(?<![\p{L}\p{N}/-])(?:\d{1,6}-)?\d{2,10}\/\d{4}(?![\p{N}/])/gu;
const ACCOUNT_CONTEXT = /(?:uct|ucet|account|рахун|bank)[\p{L}]*[^\d\n]{0,20}$/u;

// Numbers that follow a document keyword: "OP č. 123456AB", "pas EK 654321", "посвідка 004512378".
const DOC_NUMBER = /(?<![\p{L}\p{N}])[A-ZА-ЯІЇЄ]{0,3}[ ]?\d{6,10}[A-Z]{0,2}(?![\p{L}\p{N}])/gu;
// Passports without a keyword: two capitals and six or seven digits (Ukrainian FE123456).
const PASSPORT_SHAPE = /(?<![\p{L}\p{N}])[A-Z]{2}[ ]?\d{6,7}(?![\p{L}\p{N}])/gu;

// Plates: Czech 1KV 2345 / 5A2 3456 / 2K1-4567; old Czech KV 123 AB; Ukrainian AA 1234 BB.
const PLATE_CZ = /(?<![\p{L}\p{N}])\d[A-Z][A-Z0-9][ -]?\d{4}(?![\p{L}\p{N}])/gu;
const PLATE_OLD = /(?<![\p{L}\p{N}])[A-ZА-ЯІ]{2}[ ]?\d{2,4}[ -]?[A-ZА-ЯІ]{2}(?![\p{L}\p{N}])/gu;

export function detectNumbers(text: string, folded: string): Finding[] {
  const out: Finding[] = [];
  out.push(...regexFindings(text, IBAN, "account", (m) => /\d{6}/.test(m[0].replace(/ /g, ""))));
  out.push(...regexFindings(text, BIRTH_SLASH, "birth_number", (m) => {
    const d = m[0].replace(/\D/g, "");
    if (!birthNumberDate(d)) return false;
    if (INSURANCE_CONTEXT.test(before(folded, m.index, 40))) return "insurance";
    return true;
  }));
  out.push(...regexFindings(text, LONG_DIGITS, "birth_number", (m) => {
    const d = m[0];
    const ctx = before(folded, m.index, 40);
    if (INSURANCE_CONTEXT.test(ctx)) return "insurance";
    if (DOC_CONTEXT.test(ctx)) return "id_card";
    if (BIRTH_CONTEXT.test(before(folded, m.index, 25))) return true;
    if (ACCOUNT_CONTEXT.test(ctx)) return "account";
    return birthNumberDate(d) && birthChecksum(d) && !d.startsWith("0");
  }));
  out.push(...regexFindings(text, ACCOUNT, "account", (m) => {
    const [num] = m[0].split("/");
    const base = num!.includes("-") ? num!.split("-")[1]! : num!;
    return num!.includes("-") || base.length >= 6 || ACCOUNT_CONTEXT.test(before(folded, m.index, 30));
  }));
  out.push(...regexFindings(text, DOC_NUMBER, "id_card", (m) => {
    const ctx = before(folded, m.index, 40);
    if (INSURANCE_CONTEXT.test(ctx)) return "insurance";
    return DOC_CONTEXT.test(ctx);
  }));
  out.push(...regexFindings(text, PASSPORT_SHAPE, "id_card"));
  out.push(...regexFindings(text, PLATE_CZ, "plate"));
  out.push(...regexFindings(text, PLATE_OLD, "plate", (m) => /\d{2}/.test(m[0])));
  return out;
}

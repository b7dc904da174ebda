// Personal-data redaction: the only way question text enters the store.
// Each detector (detect/*.ts) proposes spans; overlaps are settled by kind
// priority, then length; each kept span becomes a placeholder that says what
// was removed. Pure: no I/O, nothing built at import time (the name lexicon is
// built on first use).
import { detectAddresses } from "./detect/address.js";
import { detectContacts } from "./detect/contact.js";
import { detectBirthDates } from "./detect/dates.js";
import { detectNames } from "./detect/names.js";
import { detectNumbers } from "./detect/numbers.js";
import { detectPhones } from "./detect/phone.js";
import type { Finding, PiiKind } from "./detect/types.js";
import { foldSameLength } from "./text.js";

export type { PiiKind } from "./detect/types.js";

export interface Redaction {
  /** The text with every finding replaced by its placeholder, e.g. "[telefon]". */
  text: string;
  /** What was removed, by kind and position in the ORIGINAL text (never logged or stored). */
  found: { kind: PiiKind; start: number; end: number }[];
}

const PLACEHOLDER: Record<PiiKind, string> = {
  name: "[jméno]", phone: "[telefon]", email: "[e-mail]", birth_number: "[rodné číslo]", birth_date: "[datum narození]",
  address: "[adresa]", flat: "[číslo bytu]", account: "[účet]", id_card: "[číslo dokladu]", insurance: "[číslo pojištěnce]",
  plate: "[SPZ]", profile: "[profil]",
};

export function placeholder(kind: PiiKind): string {
  return PLACEHOLDER[kind];
}

/** Higher wins an overlap: the more specific shape first. */
const PRIORITY: Record<PiiKind, number> = {
  email: 100, profile: 95, birth_number: 92, account: 90, id_card: 85, insurance: 85, birth_date: 70,
  phone: 60, plate: 55, address: 50, flat: 45, name: 40,
};

// Placeholders already in the text (redacting twice must change nothing).
const PLACEHOLDER_RE = new RegExp(
  Object.values(PLACEHOLDER).map((p) => p.replace(/[[\]]/g, "\\$&")).join("|"),
  "g",
);

/** Hides earlier placeholders behind same-length filler so no detector sees their words. */
function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_RE, (p) => "#".repeat(p.length));
}

export function redactPersonalData(text: string): Redaction {
  const work = maskPlaceholders(text);
  const folded = foldSameLength(work);
  const all: Finding[] = [
    ...detectContacts(work),
    ...detectNumbers(work, folded),
    ...detectBirthDates(work, folded),
    ...detectPhones(work),
    ...detectAddresses(work, folded),
    ...detectNames(work),
  ];
  all.sort((a, b) => PRIORITY[b.kind] - PRIORITY[a.kind] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of all) {
    if (f.end <= f.start) continue;
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of kept) {
    out += text.slice(at, f.start) + placeholder(f.kind);
    at = f.end;
  }
  return { text: out + text.slice(at), found: kept.map(({ kind, start, end }) => ({ kind, start, end })) };
}

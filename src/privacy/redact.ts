// Personal-data redaction: the only way question text enters the store.
// INTERIM: this file holds the public signature; the redaction helper replaces
// the body with the full detector set (names, phones, addresses, …).
export type PiiKind =
  | "name" | "phone" | "email" | "birth_number" | "birth_date" | "address" | "flat" | "account"
  | "id_card" | "insurance" | "plate" | "profile";

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

const INTERIM: Array<[PiiKind, RegExp]> = [
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  ["phone", /(?<!\d)(?:\+|00)?\d{3}[ ]?\d{3}[ ]?\d{3,4}(?!\d)/g],
];

export function redactPersonalData(text: string): Redaction {
  const found: Redaction["found"] = [];
  for (const [kind, re] of INTERIM) for (const m of text.matchAll(re)) found.push({ kind, start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + placeholder(f.kind);
    at = f.end;
  }
  return { text: out + text.slice(at), found };
}

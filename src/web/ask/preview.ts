// What the preview shows: the redacted text cut into plain pieces and
// placeholders (so the page can highlight them), and what was removed, by kind.
import { placeholder, redactPersonalData, type PiiKind } from "../../privacy/redact.js";

// Every kind, listed through a Record so the compiler says when a new kind appears.
const KINDS_RECORD: Record<PiiKind, true> = {
  name: true, phone: true, email: true, birth_number: true, birth_date: true, address: true, flat: true,
  account: true, id_card: true, insurance: true, plate: true, profile: true,
};
export const PII_KINDS = Object.keys(KINDS_RECORD) as PiiKind[];

const PLACEHOLDERS = new Map(PII_KINDS.map((k) => [placeholder(k), k]));
const PLACEHOLDER_RE = new RegExp(
  [...PLACEHOLDERS.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g",
);

export type Segment = { text: string; kind: PiiKind | null };

/** Splits a redacted text into plain text and placeholders. */
export function segments(redacted: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of redacted.matchAll(PLACEHOLDER_RE)) {
    if (m.index > at) out.push({ text: redacted.slice(at, m.index), kind: null });
    out.push({ text: m[0], kind: PLACEHOLDERS.get(m[0]) ?? null });
    at = m.index + m[0].length;
  }
  if (at < redacted.length) out.push({ text: redacted.slice(at), kind: null });
  return out;
}

export interface Preview {
  redacted: string;
  /** Removed findings per kind, in the order of PII_KINDS; kinds with none are left out. */
  removed: { kind: PiiKind; count: number }[];
}

export function preview(text: string): Preview {
  const { text: redacted, found } = redactPersonalData(text);
  // Count what actually left the text: overlapping findings are one removal.
  const counts = new Map<PiiKind, number>();
  let end = -1;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.start < end) continue;
    end = f.end;
    counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  }
  return { redacted, removed: PII_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! })) };
}

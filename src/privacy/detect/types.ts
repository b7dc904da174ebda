// What every detector returns: a kind and a span in the original text.
export type PiiKind =
  | "name" | "phone" | "email" | "birth_number" | "birth_date" | "address" | "flat" | "account"
  | "id_card" | "insurance" | "plate" | "profile";

export interface Finding {
  kind: PiiKind;
  start: number;
  end: number;
}

/** Runs a global regex over text and maps each match (optionally a capture group) to a finding. */
export function regexFindings(text: string, re: RegExp, kind: PiiKind, accept?: (m: RegExpExecArray) => boolean | PiiKind): Finding[] {
  const out: Finding[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const verdict = accept ? accept(m) : true;
    if (verdict === false) continue;
    out.push({ kind: verdict === true ? kind : verdict, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The text just before an offset, folded, for keyword context ("rodné číslo 755101/0123"). */
export function before(folded: string, at: number, chars: number): string {
  return folded.slice(Math.max(0, at - chars), at);
}

// The redaction metric, shared by the corpus test and the bench so both report
// the same figures. A case lists strings that must be gone from the output and
// strings that must still be there; a partially removed name ("Kuč[jméno]")
// still contains neither, so it counts as removed only if the whole string is
// absent — which is the point: the exact string must not survive.
import { z } from "zod";

export const piiCase = z.object({
  text: z.string(),
  gone: z.array(z.string()),
  kept: z.array(z.string()),
});
export type PiiCase = z.infer<typeof piiCase>;

export interface PiiMiss {
  text: string;
  output: string;
  /** gone strings that survived */
  leaked: string[];
  /** kept strings that were removed or damaged */
  lost: string[];
}

export interface PiiScore {
  cases: number;
  gone: number;
  removed: number;
  kept: number;
  keptOk: number;
  /** share of gone strings no longer in the output, 0..1 */
  removedRate: number;
  /** share of kept strings still in the output, 0..1 */
  keptRate: number;
  misses: PiiMiss[];
}

/** Parses JSON Lines of cases; blank lines and lines starting with // are skipped. */
export function parseCases(jsonl: string): PiiCase[] {
  const out: PiiCase[] = [];
  for (const [i, line] of jsonl.split("\n").entries()) {
    const s = line.trim();
    if (!s || s.startsWith("//")) continue;
    const r = piiCase.safeParse(JSON.parse(s));
    if (!r.success) throw new Error(`line ${i + 1}: ${r.error.message}`);
    out.push(r.data);
  }
  return out;
}

export function scoreCases(cases: PiiCase[], redact: (text: string) => string): PiiScore {
  let gone = 0, removed = 0, kept = 0, keptOk = 0;
  const misses: PiiMiss[] = [];
  for (const c of cases) {
    const output = redact(c.text);
    const leaked = c.gone.filter((g) => output.includes(g));
    const lost = c.kept.filter((k) => !output.includes(k));
    gone += c.gone.length;
    removed += c.gone.length - leaked.length;
    kept += c.kept.length;
    keptOk += c.kept.length - lost.length;
    if (leaked.length || lost.length) misses.push({ text: c.text, output, leaked, lost });
  }
  return {
    cases: cases.length, gone, removed, kept, keptOk,
    removedRate: gone ? removed / gone : 1,
    keptRate: kept ? keptOk / kept : 1,
    misses,
  };
}

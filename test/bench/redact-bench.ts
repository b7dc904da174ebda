// Redaction figures: share of personal data removed and of ordinary words kept
// on the shared dev file and the project's corpus, and throughput in lines/s.
// Run alone: npx tsx test/bench/run.ts redact
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseCases, scoreCases } from "../../src/privacy/evaluate.js";
import { redactPersonalData } from "../../src/privacy/redact.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const FILES: Record<string, string> = {
  dev: `${root}../shared/fixtures/pii-dev.jsonl`,
  corpus: `${root}test/fixtures/pii-corpus.jsonl`,
};

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export async function run(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const lines: string[] = [];
  for (const [name, file] of Object.entries(FILES)) {
    let jsonl: string;
    try {
      jsonl = await readFile(file, "utf8");
    } catch {
      figures[`${name} (missing)`] = file;
      continue;
    }
    const cases = parseCases(jsonl);
    const s = scoreCases(cases, (t) => redactPersonalData(t).text);
    figures[`${name}: cases`] = s.cases;
    figures[`${name}: removed (of ${s.gone})`] = pct(s.removedRate);
    figures[`${name}: kept (of ${s.kept})`] = pct(s.keptRate);
    if (process.env.REDACT_MISSES) for (const m of s.misses) console.log(JSON.stringify({ ...m }));
    lines.push(...cases.map((c) => c.text));
  }
  // Throughput: every case line, repeated to about 20,000 lines (the first call builds the lexicon).
  redactPersonalData("warm up Jana Nováková 608 555 444");
  const reps = Math.max(1, Math.ceil(20_000 / Math.max(1, lines.length)));
  const t0 = performance.now();
  let count = 0;
  for (let r = 0; r < reps; r++) for (const l of lines) { redactPersonalData(l); count++; }
  const secs = (performance.now() - t0) / 1000;
  figures["lines/s (corpus lines, 1 core)"] = Math.round(count / secs);
  const long = lines.join(" ").repeat(Math.ceil(20_000 / Math.max(1, lines.join(" ").length))).slice(0, 20_000);
  const t1 = performance.now();
  redactPersonalData(long);
  figures["ms for one 20,000-character text"] = Number((performance.now() - t1).toFixed(1));
  return figures;
}

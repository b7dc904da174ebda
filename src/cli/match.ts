// `hlasatel match --content DIR`: JSON Lines in, one JSON line out per input
// line, in order (the contract in CONTENT-FORMAT.md).
import { createInterface } from "node:readline";
import { z } from "zod";
import { createAnswerEngine } from "../answers/engine.js";
import { type CliIo, err } from "./io.js";
import { loadForUse } from "./content-source.js";

const line = z.object({ q: z.string().max(10_000), lang: z.string().regex(/^[a-z]{2,3}$/).optional() });

export async function matchVerb(io: CliIo, content: string | undefined): Promise<number> {
  const { kb } = await loadForUse(io, content);
  const engine = createAnswerEngine(kb.entries);
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let bad = 0;
  let n = 0;
  for await (const raw of rl) {
    n++;
    let parsed: z.infer<typeof line> | null = null;
    try {
      const r = line.safeParse(JSON.parse(raw));
      if (r.success) parsed = r.data;
    } catch { /* reported below */ }
    if (!parsed) {
      bad++;
      err(io, `line ${n}: expected {"q": "...", "lang": "cs"}; answered with forward`);
      io.stdout.write(`${JSON.stringify({ id: null, decision: "forward", score: 0, suggestions: [], error: "invalid input line" })}\n`);
      continue;
    }
    const r = engine.match(parsed.q, parsed.lang ?? "cs");
    io.stdout.write(`${JSON.stringify({ id: r.id, decision: r.decision, score: r.score, suggestions: r.suggestions })}\n`);
  }
  return bad ? 1 : 0;
}

// `hlasatel eval --content DIR --questions FILE`: runs the real `hlasatel match`
// as a child process over labelled questions and prints the figures.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { evaluate, type LabelledQuestion } from "../answers/evaluate.js";
import type { MatchResult } from "../answers/engine.js";
import { type CliIo, out, UsageError } from "./io.js";

const labelled = z.object({ q: z.string(), lang: z.string().default("cs"), expect: z.array(z.string()) });
const matchLine = z.object({ id: z.string().nullable(), decision: z.enum(["answer", "suggest", "forward"]), score: z.number(), suggestions: z.array(z.string()) });

export async function runMatchProcess(io: CliIo, content: string, questions: { q: string; lang: string }[]): Promise<MatchResult[]> {
  const child = spawn(process.execPath, [join(io.packageRoot, "bin/hlasatel.js"), "match", "--content", content], { stdio: ["pipe", "pipe", "inherit"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stdin.end(questions.map((q) => JSON.stringify({ q: q.q, lang: q.lang })).join("\n") + "\n");
  await new Promise<void>((ok, fail) => child.on("close", (code) => (code === 0 ? ok() : fail(new Error(`hlasatel match exited with ${code}`)))));
  const lines = Buffer.concat(chunks).toString("utf8").trim().split("\n");
  if (lines.length !== questions.length) throw new Error(`hlasatel match wrote ${lines.length} lines for ${questions.length} questions`);
  return lines.map((l) => ({ ...matchLine.parse(JSON.parse(l)), smallTalk: null }));
}

export async function evalVerb(io: CliIo, content: string | undefined, questionsFile: string | undefined, verbose: boolean): Promise<number> {
  if (!content || !questionsFile) throw new UsageError("eval needs --content DIR and --questions FILE");
  const text = await readFile(resolve(io.cwd, questionsFile), "utf8");
  const cases: LabelledQuestion[] = text.split("\n").filter((l) => l.trim()).map((l, i) => {
    const r = labelled.safeParse(JSON.parse(l));
    if (!r.success) throw new UsageError(`${questionsFile}:${i + 1}: expected {"q", "lang", "expect": [...]}`);
    return r.data;
  });
  const started = performance.now();
  const results = await runMatchProcess(io, resolve(io.cwd, content), cases);
  const ms = performance.now() - started;
  const f = evaluate(cases, results);
  if (verbose) {
    for (const m of f.misses) out(io, `miss: ${JSON.stringify(m.q)} expected ${m.expect.join("|") || "(nothing)"} got ${m.got.decision} ${m.got.id ?? "-"} ${m.got.score} [${m.got.suggestions.join(", ")}]`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  out(io, `questions: ${f.questions} (${f.inScope} in scope, ${f.outOfScope} out of scope), via hlasatel match in ${ms.toFixed(0)} ms`);
  out(io, `best candidate right (any decision): ${f.top1.toFixed(3)}`);
  out(io, `out-of-scope not answered: ${pct(f.outOfScopeHeld)}  (target >= 90 %)`);
  out(io, `strict accuracy: ${f.strict.toFixed(3)}  recall@3: ${f.recallAt3.toFixed(3)}  (targets >= 0.90, >= 0.97)`);
  out(io, `false answers: ${pct(f.falseAnswerRate)} of all questions  (target <= 3 %)`);
  return 0;
}

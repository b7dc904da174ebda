// Prints the engine's figures on the three labelled sets in one go (dev and
// held-out over the shared fixture knowledge base, the blind set over the
// project's own content: its summary only, never its misses).
//   npx tsx test/bench/tune-all.ts [--misses]   (misses of dev and held-out only)
//   DUMP=file npx tsx test/bench/tune-all.ts    (decision features of dev + held-out as JSON lines)
import { readFileSync, writeFileSync } from "node:fs";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { evaluate, type LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";

const read = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion);
const fixtureKb = loadContent(await readContentDir("../shared/fixtures/kb-drahomira")).kb;
const ownKb = loadContent(await readContentDir("content")).kb;
const secondKb = loadContent(await readContentDir("test/fixtures/kb-second")).kb;
const thirdKb = loadContent(await readContentDir("test/fixtures/kb-third")).kb;
const fourthKb = loadContent(await readContentDir("test/fixtures/kb-fourth")).kb;
const fifthKb = loadContent(await readContentDir("test/fixtures/kb-fifth")).kb;
const sets = [
  { name: "dev", kb: fixtureKb, cases: read("../shared/fixtures/questions-drahomira-dev.jsonl"), open: true },
  { name: "held-out", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-heldout.jsonl"), open: true },
  { name: "fresh", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-fresh.jsonl"), open: true },
  { name: "second", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-second.jsonl"), open: true },
  { name: "third", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-third.jsonl"), open: true },
  { name: "fourth", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-fourth.jsonl"), open: true },
  { name: "fifth", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-fifth.jsonl"), open: true },
  { name: "kb-second", kb: secondKb, cases: read("test/fixtures/questions-kb-second.jsonl"), open: true },
  { name: "kb-fourth", kb: fourthKb, cases: read("test/fixtures/questions-kb-fourth.jsonl"), open: true },
  // Never tuned on: their summaries only.
  { name: "sixth", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-sixth.jsonl"), open: false },
  { name: "seventh", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-seventh.jsonl"), open: false },
  { name: "eighth", kb: fixtureKb, cases: read("test/fixtures/questions-kb-drahomira-eighth.jsonl"), open: false },
  { name: "kb-fifth", kb: fifthKb, cases: read("test/fixtures/questions-kb-fifth.jsonl"), open: false },
  { name: "kb-third", kb: thirdKb, cases: read("test/fixtures/questions-kb-third.jsonl"), open: false },
  { name: "blind", kb: ownKb, cases: read("test/fixtures/questions-content-blind.jsonl"), open: false },
];
const dump: string[] = [];
for (const s of sets) {
  const engine = createAnswerEngine(s.kb.entries);
  const f = evaluate(s.cases, s.cases.map((c) => engine.match(c.q, c.lang)));
  console.log(`${s.name.padEnd(9)} strict ${f.strict.toFixed(3)} top1 ${f.top1.toFixed(3)} r@3 ${f.recallAt3.toFixed(3)} false ${(f.falseAnswerRate * 100).toFixed(1)}% oos ${(f.outOfScopeHeld * 100).toFixed(1)}%`);
  if (s.open && process.argv.includes("--misses")) for (const m of f.misses) console.log(`  ${m.q} => ${m.got.decision} ${m.got.id} ${m.got.score} [${m.expect.join("|")}]`);
  if (s.open && process.env.DUMP) for (const c of s.cases) {
    const d = engine.debug(c.q, c.lang);
    dump.push(JSON.stringify({ set: s.name, ok: !!d.best && c.expect.includes(d.best), oos: c.expect.length === 0, ...d }));
  }
}
if (process.env.DUMP) writeFileSync(process.env.DUMP, dump.join("\n") + "\n");

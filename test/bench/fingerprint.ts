// Decision fingerprint of the three labelled sets plus the generated bench set:
// a hash per set of every (id, decision, score, suggestions), to check that a
// speed change alters no decision. The blind set is hashed only, never shown.
//   npx tsx test/bench/fingerprint.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createAnswerEngine } from "../../src/answers/engine.js";
import type { LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { generateEntries, generateQuestions } from "./generate-kb.js";

const read = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion);
const fixtureKb = loadContent(await readContentDir("../shared/fixtures/kb-drahomira")).kb;
const ownKb = loadContent(await readContentDir("content")).kb;
const gen = generateEntries(1000);
const sets = [
  { name: "dev", entries: fixtureKb.entries, cases: read("../shared/fixtures/questions-drahomira-dev.jsonl") },
  { name: "held-out", entries: fixtureKb.entries, cases: read("test/fixtures/questions-kb-drahomira-heldout.jsonl") },
  { name: "blind", entries: ownKb.entries, cases: read("test/fixtures/questions-content-blind.jsonl") },
  { name: "generated", entries: gen, cases: generateQuestions(gen, 3000).map((q) => ({ q: q.q, lang: q.lang, expect: [] })) },
];
for (const s of sets) {
  const engine = createAnswerEngine(s.entries);
  const h = createHash("sha256");
  for (const c of s.cases) { const r = engine.match(c.q, c.lang); const d = engine.debug(c.q, c.lang); h.update(JSON.stringify([r, d]) + "\n"); }
  console.log(`${s.name.padEnd(10)} ${h.digest("hex").slice(0, 16)}`);
}

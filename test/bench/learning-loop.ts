// What the knowledge gains when answered questions become wordings of their entries (the inbox's "add the
// question to the entry", src/staff/content/add-wording.ts): the questions of the older labelled sets over
// the shared base stand for the questions a garant answered with an entry; each, when it has one expected
// FAQ entry or rumour with a file in its language and is at most 200 characters, is added to that file's
// questions (claims for a rumour) as the console would; the blind sets are then asked. Only questions the
// engine did not answer right reach the garant (they were suggested or forwarded), so only those are added.
//   npx tsx test/bench/learning-loop.ts
import { readFileSync } from "node:fs";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { evaluate, type LabelledQuestion } from "../../src/answers/evaluate.js";
import { wordingOf } from "../../src/staff/content/add-wording.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";
import type { Entry } from "../../src/content/types.js";

const read = (f: string) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabelledQuestion);
const set = (name: string) => read(`test/fixtures/questions-kb-drahomira-${name}.jsonl`);
const base = loadContent(await readContentDir("../shared/fixtures/kb-drahomira")).kb.entries;
const start = createAnswerEngine(base);
const answered = ["heldout", "fresh", "second", "third", "fourth", "fifth"].flatMap(set).filter((c) => {
  const m = start.match(c.q, c.lang);
  return !(m.decision === "answer" && m.id !== null && c.expect.includes(m.id));
});
const asked = ["sixth", "seventh", "eighth"];

function withWordings(count: number): { entries: Entry[]; added: number } {
  const entries = base.map((e) => (e.collection === "faq" ? { ...e, questions: [...e.questions] } : { ...e, claims: [...e.claims] }));
  let added = 0;
  for (const c of answered.slice(0, count)) {
    const wording = wordingOf(c.q);
    const entry = c.expect.length === 1 && wording ? entries.find((e) => e.id === c.expect[0] && e.lang === c.lang) : undefined;
    if (!entry || !wording) continue;
    (entry.collection === "faq" ? entry.questions : entry.claims).push(wording);
    added++;
  }
  return { entries, added };
}

for (const count of [0, 100, 200, answered.length]) {
  const { entries, added } = withWordings(count);
  const engine = createAnswerEngine(entries);
  const figures = asked.map((name) => {
    const cases = set(name);
    const f = evaluate(cases, cases.map((c) => engine.match(c.q, c.lang)));
    return `${name} strict ${f.strict.toFixed(3)} best ${f.top1.toFixed(3)} r@3 ${f.recallAt3.toFixed(3)} false ${(f.falseAnswerRate * 100).toFixed(1)}%`;
  });
  console.log(`${String(count).padStart(3)} answered, ${String(added).padStart(3)} wordings added | ${figures.join(" | ")}`);
}

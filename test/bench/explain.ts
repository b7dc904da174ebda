// Shows how the engine reads a question: its terms, their features and
// weights, and the best candidates with their figures.
//   npx tsx test/bench/explain.ts KB_DIR "question" [lang]
import { createAnswerEngine } from "../../src/answers/engine.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { isHearsay } from "../../src/answers/analyze.js";
import { words } from "../../src/answers/normalize.js";
import { Scorer } from "../../src/answers/score.js";

const [kbDir, q = "", lang = "cs"] = process.argv.slice(2);
const engine = createAnswerEngine(loadContent(await readContentDir(kbDir!)).kb.entries);
const ix = engine.index;
for (const t of ix.analyzer.analyze(q, lang, "query")) {
  const known = t.features.filter((f) => ix.featureIds.has(f.f)).map((f) => `${f.f}:${ix.idf[ix.featureIds.get(f.f)!]!.toFixed(2)}`);
  console.log(`${t.word}${t.generic ? " (generic)" : ""} -> ${t.features.map((f) => f.f).join(" ")} | known: ${known.join(" ") || "none"}`);
}
console.log(engine.debug(q, lang), engine.match(q, lang));
// The kept candidates with the parts of their scores.
const list = ix.analyzer.analyze(q, lang, "query");
const { scored } = new Scorer(ix).score(list, isHearsay(words(q)), lang);
for (const s of scored) console.log(`${ix.ids[s.entry]}  score ${s.score.toFixed(3)}  fit ${s.fit.toFixed(2)}  wordings ${s.wordings.toFixed(2)}  coverage ${s.coverage.toFixed(2)}  gram ${s.gram.toFixed(2)}`);

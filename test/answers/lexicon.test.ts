// Every curated colloquial word must reach its own concept through the
// stemmer and no other concept: a word whose stem clashes with another
// concept's word ("postel" -> "post" -> pošta) would pull in the wrong answers.
import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/answers/analyze.js";
import { conceptWords, CURATED } from "../../src/answers/lexicon.js";

describe("curated colloquial concepts", () => {
  const analyzer = new Analyzer();
  const concepts = (word: string) =>
    (analyzer.analyze(word, "cs", "query")[0]?.features ?? []).filter((f) => f.f.startsWith("~")).map((f) => f.f.slice(1));
  // Every stem (and prefix-less stem) of every concept word, with the concepts it stands in.
  const stemConcepts = new Map<string, Set<string>>();
  for (const { lang, word, concept } of conceptWords()) {
    if (lang !== "cs") continue;
    for (const f of analyzer.analyze(word, "cs", "query")[0]?.features ?? []) {
      if (f.f.startsWith("~")) continue;
      if (!stemConcepts.has(f.f)) stemConcepts.set(f.f, new Set());
      stemConcepts.get(f.f)!.add(concept);
    }
  }
  for (const [concept, list] of Object.entries(CURATED)) {
    for (const word of list.split(/\s+/).filter(Boolean)) {
      it(`${word} -> ${concept} only, and its stems meet no other concept's words`, () => {
        expect(concepts(word)).toEqual([concept]);
        for (const f of analyzer.analyze(word, "cs", "query")[0]!.features) {
          if (f.f.startsWith("~")) continue;
          expect([...(stemConcepts.get(f.f) ?? [])].filter((c) => c !== concept), `${word}: ${f.f}`).toEqual([]);
        }
      });
    }
  }
  it("would catch a clash: dodávka (a van) meets dávka (a benefit) through its prefix-less stem", () => {
    const stems = analyzer.analyze("dodavka", "cs", "query")[0]!.features.map((f) => f.f);
    expect(stems.some((f) => stemConcepts.get(f)?.has("benefit"))).toBe(true);
  });
  // Concept words whose stem is an everyday word pull every question with it towards one topic:
  // "chodím" (I walk) was a disability word, so "bude chodit sociální pracovník?" met it.
  it("leaves everyday words that share a stem with a concept word out of the concepts", () => {
    expect(concepts("chodit")).toEqual([]);
    expect(concepts("chodím")).toEqual([]);
    expect(concepts("pořadí")).toEqual(["order"]);
  });
  it("has a few words only (each one tried on the labelled sets)", () => {
    expect(Object.values(CURATED).join(" ").split(/\s+/).length).toBeLessThanOrEqual(40);
  });
});

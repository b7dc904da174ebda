// Every curated colloquial word must reach its own concept through the
// stemmer and no other concept: a word whose stem clashes with another
// concept's word ("postel" -> "post" -> pošta) would pull in the wrong answers.
import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/answers/analyze.js";
import { EXTRA_CONCEPTS } from "../../src/answers/concepts-extra.js";
import { conceptWords, CURATED, GENERIC } from "../../src/answers/lexicon.js";
import { isCyrillic } from "../../src/answers/normalize.js";

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
  it("drops Ukrainian pronouns and conjunctions and counts relative words (яку, якого) for little", () => {
    const terms = (q: string) => analyzer.analyze(q, "uk", "query");
    expect(terms("цей мого своїх тобто щоб")).toEqual([]);
    expect(terms("яку").every((t) => t.generic)).toBe(true);
    expect(terms("квартира яку запропонували").map((t) => t.generic)).toEqual([false, true, false]);
  });
  it("reads the second round of groups and additions (concepts-extra2.ts)", () => {
    // A new group, and more words of an existing one.
    expect(concepts("občanku")).toEqual(["idcard"]);
    expect(concepts("stěhováci")).toContain("move");
    // A word left out because its prefix-less stem met "drahý" of the cost group.
    expect(concepts("zdražit")).not.toContain("increase");
  });
  it("folds concept words as it folds questions, so a word written with э still matches", () => {
    const uk = (w: string) => (analyzer.analyze(w, "uk", "query")[0]?.features ?? []).map((f) => f.f);
    expect(uk("мэрия")).toContain("~city");
    expect(uk("квартиры")).toContain("~flat");
  });
  it("keeps housing (bydlení) apart from a house (a building): English stems both to hous", () => {
    const en = (w: string) => (analyzer.analyze(w, "en", "query")[0]?.features ?? []).map((f) => f.f);
    expect(en("housing")).toContain("~live");
    expect(en("housing")).not.toContain("~house");
    expect(en("building")).toContain("~house");
  });
  it("reads dangerous as the safety concept, in Czech, English and Ukrainian", () => {
    expect(concepts("nebezpečný")).toContain("safe");
    expect(concepts("bezpečí")).toContain("safe");
    expect((analyzer.analyze("dangerous", "en", "query")[0]?.features ?? []).map((f) => f.f)).toContain("~safe");
    expect((analyzer.analyze("небезпечно", "uk", "query")[0]?.features ?? []).map((f) => f.f)).toContain("~safe");
  });
  it("leaves everyday words that share a stem with a concept word out of the concepts", () => {
    expect(concepts("chodit")).toEqual([]);
    expect(concepts("chodím")).toEqual([]);
    expect(concepts("pořadí")).toEqual(["order"]);
  });
  // Found by listing, for every word of the labelled questions, the concepts it reached and why.
  it("keeps everyday words out of concepts they met only through a shared stem", () => {
    const terms = (w: string, lang = "cs") => analyzer.analyze(w, lang, "query");
    // "s náma" (colloquial námi) met "name" (anonymous); "našeho" met "násilí" (violence).
    expect(terms("s nama za vama")).toEqual([]);
    expect(concepts("naseho")).toEqual([]);
    expect(concepts("nasilim")).toEqual(["violence"]);
    // "vědět" (to know) met "vedení" (management); "malá" (small) met the child concept; "říct" (to say) met refuse.
    expect(concepts("vědět")).toEqual([]);
    expect(concepts("malá")).toEqual([]);
    expect(concepts("říct")).toEqual([]);
    // "starosta" (a mayor) and "starosti" (care, "má to na starosti") had one stem.
    expect(terms("starosta")[0]!.primary).not.toBe(terms("starosti")[0]!.primary);
    // "najít" (to find) and "nájem" (rent) had one stem.
    expect(terms("najít")[0]!.primary).not.toBe(terms("nájem")[0]!.primary);
    // English function words and the halves of contractions; "new" and "keep" weigh as generic words.
    expect(terms("don't move out", "en").map((t) => t.word)).toEqual(["move"]);
    expect(terms("new keep", "en").every((t) => t.generic)).toBe(true);
  });
  it("has a few words only (each one tried on the labelled sets)", () => {
    expect(Object.values(CURATED).join(" ").split(/\s+/).length).toBeLessThanOrEqual(40);
  });
});

describe("the extra synonym groups", () => {
  const analyzer = new Analyzer();
  const first = (w: string) => analyzer.analyze(w, isCyrillic(w) ? "uk" : "cs", "query")[0];
  it("join words across languages (hluk = noise = шум)", () => {
    for (const w of ["hluk", "noise", "шум", "vrtani"]) expect(first(w)!.features.map((f) => f.f), w).toContain("~noise");
    expect(first("víkend")!.features.map((f) => f.f)).toContain("~weekday");
  });
  it("hold no function word, and no word that shares a stem with a generic word", () => {
    // A generic word (mít, dát, nový…) is in many questions: joining a concept through it would pull them all in.
    const generic = new Set([...GENERIC].map((w) => first(w)?.primary));
    const bad: string[] = [];
    for (const [concept, list] of Object.entries(EXTRA_CONCEPTS)) {
      for (const w of list.split(/\s+/).filter(Boolean)) {
        const t = first(w);
        if (!t || generic.has(t.primary)) bad.push(`${concept}: ${w}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { everydayRank, RARE_RANK, unknownWordShare } from "../../src/answers/everyday.js";
import { Scorer } from "../../src/answers/score.js";
import { faq } from "./entries.js";

describe("everyday Czech words", () => {
  it("are ranked by how common they are, with or without diacritics", () => {
    expect(everydayRank("nevim")).toBeDefined();
    expect(everydayRank("nevim")!).toBeLessThan(everydayRank("vzit")!);
    // Rare words and made-up ones are not among the ranked words at all.
    expect(everydayRank("posta")).toBeUndefined();
    expect(everydayRank("qwertz")).toBeUndefined();
  });
  it("keep less of their weight the more common they are, rare words all of it", () => {
    expect(unknownWordShare("to")).toBeCloseTo(0.3, 6);
    expect(unknownWordShare("nevim")).toBeLessThan(unknownWordShare("vzit"));
    expect(unknownWordShare("vzit")).toBeLessThan(1);
    expect(unknownWordShare("posta")).toBe(1);
    expect(unknownWordShare("qwertz")).toBe(1);
    expect(RARE_RANK).toBeGreaterThan(1000);
  });

  const engine = createAnswerEngine([
    faq("where", "Kde budeme bydlet?", ["Kam se přestěhujeme?"], "Každá rodina dostane nabídku bytu."),
    faq("rent", "Kolik bude stát nájem?", ["Kolik budu platit?"], "Nájem bude podle ceníku města."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
  ]);
  const unknown = (q: string) => new Scorer(engine.index).score(engine.index.analyzer.analyze(q, "cs", "query")).info.unknownWeight;
  it("weigh less in a question when the knowledge does not know them", () => {
    const ix = engine.index;
    expect(unknown("dneska nájem")).toBeCloseTo(ix.idfUnknown * unknownWordShare("dneska"), 6);
    expect(unknown("dneska nájem")).toBeLessThan(0.8 * unknown("pošta nájem"));
    expect(unknown("pošta nájem")).toBeCloseTo(ix.idfUnknown, 6);
  });
  it("let a question about a known topic be answered while a rare unknown word still holds it back", () => {
    // "dneska" (today) is everyday talk; "lednice" (a fridge) is a topic this knowledge lacks.
    expect(unknownWordShare("lednice")).toBe(1);
    expect(engine.match("najem dneska", "cs")).toMatchObject({ decision: "answer", id: "faq/rent" });
    expect(engine.match("najem lednice", "cs")).toMatchObject({ decision: "suggest", id: "faq/rent" });
  });
});

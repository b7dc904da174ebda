import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { pickFocused, questionSentences } from "../../src/answers/focus.js";
import type { Entry } from "../../src/content/types.js";
import { faq } from "./entries.js";


describe("question sentences of a longer message", () => {
  it("keeps the sentences that ask, in order", () => {
    expect(questionSentences("Je mi 74 let a špatně chodím. Kdo mi pomůže se stěhováním?")).toBe("Kdo mi pomůže se stěhováním?");
    expect(questionSentences("Mám psa. Můžu ho vzít? A kočku? Díky.")).toBe("Můžu ho vzít? A kočku?");
    expect(questionSentences("Bydlím tu dlouho…\nKdy se to zavře?")).toBe("Kdy se to zavře?");
  });
  it("is null for one sentence, no question mark, or when every sentence asks", () => {
    expect(questionSentences("kdy se budeme stehovat")).toBeNull();
    expect(questionSentences("kdy se budeme stehovat?")).toBeNull();
    expect(questionSentences("Bydlím tu. Mám dvě děti.")).toBeNull();
    expect(questionSentences("Kdy? A kam?")).toBeNull();
  });
});

describe("choosing between the whole message and its question sentences", () => {
  const r = (decision: string, id: string | null) => ({ decision, id });
  it("takes the focused answer when it is the whole message's best entry", () => {
    expect(pickFocused(r("suggest", "faq/a"), r("answer", "faq/a"))).toEqual(r("answer", "faq/a"));
  });
  it("keeps the whole message's decision otherwise", () => {
    // The context points elsewhere: the focused entry is not the whole message's best.
    expect(pickFocused(r("suggest", "faq/a"), r("answer", "faq/b"))).toEqual(r("suggest", "faq/a"));
    expect(pickFocused(r("forward", null), r("answer", "faq/b")).decision).toBe("forward");
    expect(pickFocused(r("suggest", "faq/a"), r("suggest", "faq/a")).decision).toBe("suggest");
    // An answer to the whole message stands.
    expect(pickFocused(r("answer", "faq/a"), r("answer", "faq/b")).id).toBe("faq/a");
  });
});

describe("the engine and a question wrapped in context", () => {
  const entries = [
    faq("rent", "Kolik budeme platit za nájem?", ["Jaký bude nájem v novém bytě?"], "Nájem bude odpovídat velikosti bytu."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
    faq("debts", "Můžu se stěhovat, když mám dluhy?", [], "Dluhy stěhování nebrání."),
    faq("neighbours", "Budou k nám do domu stěhovat lidi z ubytovny?", [], "Lidé se budou stěhovat do různých domů."),
    faq("closure", "Kdy se ubytovna zavře?", [], "Přesné datum zatím není stanoveno."),
  ];
  const engine = createAnswerEngine(entries);
  // Rare words (tchyně, ledvina): everyday ones (nevím, všechno) weigh too little to dilute the match (everyday.ts).
  const context = "Dobrý den, manžel odešel, pořád brečím, tchyně pomlouvá, ledvina bolí a mám strach z toho všeho. ";
  it("answers from the question sentence when the context only dilutes the match", () => {
    const q = `${context}Kolik budeme platit za nájem?`;
    // The context words alone keep the whole message from a confident answer...
    const whole = engine.debug(q, "cs");
    expect(whole.best).toBe("faq/rent");
    expect(whole.coverage).toBeLessThan(0.4);
    // ...while the question sentence is answered, as the whole message's best entry.
    expect(engine.match(q, "cs")).toMatchObject({ decision: "answer", id: "faq/rent" });
  });
  it("keeps the whole message's decision when the context holds a known word its best entry leaves out", () => {
    const kb = createAnswerEngine([
      faq("press", "Jsem novinář, na koho se obrátit?", ["Kontakt pro média"], "Novinářům odpovídá tisková mluvčí města."),
      faq("languages", "S kým můžu mluvit ukrajinsky?", ["Mluví tam někdo rusky?"], "Pracovnice mluví česky, ukrajinsky a rusky."),
      faq("rent", "Kolik budeme platit za nájem?", [], "Nájem schválí rada města."),
      faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
      faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    ]);
    // The question sentence alone is answered from the languages entry, the whole message's best too;
    // but "článek do deníku" (the media) says what the message is about, and the languages entry leaves it out.
    const q = "Píšu článek do deníku o ubytovně. S kým můžu mluvit?";
    expect(kb.match("S kým můžu mluvit?", "cs")).toMatchObject({ decision: "answer", id: "faq/languages" });
    expect(kb.debug(q, "cs").best).toBe("faq/languages");
    const m = kb.match(q, "cs");
    expect(m.decision).toBe("suggest");
    expect(m.suggestions).toContain("faq/press");
  });
});

import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/answers/build-index.js";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { words } from "../../src/answers/normalize.js";
import { questionKinds } from "../../src/answers/question-type.js";
import { DEFAULT_SCORE_PARAMS, Scorer } from "../../src/answers/score.js";
import { faq } from "./entries.js";

const kinds = (text: string) => questionKinds(words(text));

describe("question kinds", () => {
  it("reads the same kind in Czech without diacritics, Slovak, English, Ukrainian and Russian", () => {
    const when = kinds("kdy");
    expect(when).not.toBe(0);
    for (const q of ["Kdy se stěhujeme?", "kedy sa stahujeme", "When do we move?", "Коли ми переїжджаємо?", "Когда переезд?"]) expect(kinds(q), q).toBe(when);
    const allowed = kinds("můžu");
    for (const q of ["muzu si vzit psa", "Môžem si zobrať psa?", "Can I take my dog?", "Чи можна взяти собаку?"]) expect(kinds(q), q).toBe(allowed);
    expect(allowed).not.toBe(when);
  });
  it("tells a number (how many, how much, kolik) from a manner (how)", () => {
    expect(kinds("How many people live there?")).toBe(kinds("kolik lidí tam bydlí"));
    expect(kinds("How much is the rent?")).toBe(kinds("kolik je nájem"));
    expect(kinds("How do I apply?")).toBe(0);
  });
  it("sums several kinds and finds none in a statement", () => {
    expect(kinds("kdy a kde bude schůze")).toBe(kinds("kdy") | kinds("kde"));
    expect(kinds("mám dluhy")).toBe(0);
  });
});

describe("the kind of question in scoring", () => {
  const entries = [
    faq("move-date", "Kdy se budeme stěhovat?", [], "Termín stěhování dostane každá domácnost."),
    faq("move-help", "Kdo nám pomůže se stěhováním?", [], "Se stěhováním pomohou pracovníci."),
    faq("rent", "Kolik budeme platit?", [], "Nájem."),
    faq("pets", "Můžu mít psa?", [], "Ano."),
  ];
  const ix = buildIndex(entries);
  it("lifts the entry whose wordings ask the same kind of question, by wKind", () => {
    const q = "kdy stěhování";
    const terms = ix.analyzer.analyze(q, "cs", "query");
    const sc = new Scorer(ix);
    const withKind = sc.score(terms, false, "cs", questionKinds(words(q))).scored;
    const without = sc.score(terms, false, "cs", 0).scored;
    const of = (list: typeof without, id: string) => list.find((s) => ix.ids[s.entry] === id)!;
    expect(of(withKind, "faq/move-date").kind).toBe(DEFAULT_SCORE_PARAMS.wKind);
    expect(of(withKind, "faq/move-help").kind).toBe(0);
    expect(of(withKind, "faq/move-date").score - of(without, "faq/move-date").score).toBeCloseTo(DEFAULT_SCORE_PARAMS.wKind, 9);
  });
  it("does not count towards the lead an answer needs: a question about something else stays unanswered", () => {
    const engine = createAnswerEngine(entries);
    const noKind = createAnswerEngine(entries, undefined, { ...DEFAULT_SCORE_PARAMS, wKind: 0 });
    // "when" is all this question shares with the move-date entry besides one everyday word.
    const q = "kdy má otevřeno pošta";
    expect(engine.match(q, "cs").decision).not.toBe("answer");
    expect(engine.debug(q, "cs").score).toBeCloseTo(noKind.debug(q, "cs").score, 9);
  });
});

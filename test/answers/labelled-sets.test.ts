// The engine's figures on every labelled set: the shared dev questions (issue targets), the sets written
// blind over the shared knowledge base, the knowledge bases written blind, and the blind set over our own
// content. Where a target is not met, the floor is the level reached, so a regression fails.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine, DEFAULT_THRESHOLDS, type AnswerEngine } from "../../src/answers/engine.js";
import { evaluate, type LabelledQuestion } from "../../src/answers/evaluate.js";
import { loadContent } from "../../src/content/load.js";
import { readContentDir } from "../../src/content/read-dir.js";
import type { Entry } from "../../src/content/types.js";

const shared = (p: string) => fileURLToPath(new URL(`../../../shared/${p}`, import.meta.url));
const local = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const readJsonl = (file: string): LabelledQuestion[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

describe("the shared dev questions (issue targets)", () => {
  let engine: AnswerEngine;
  let kbEntries: Entry[] = [];
  beforeAll(async () => {
    const { kb, problems } = loadContent(await readContentDir(shared("fixtures/kb-drahomira")));
    expect(problems).toEqual([]);
    kbEntries = kb.entries;
    engine = createAnswerEngine(kb.entries);
  });
  const check = (file: string, min: { strict: number; recall: number }) => {
    const cases = readJsonl(file);
    const f = evaluate(cases, cases.map((c) => engine.match(c.q, c.lang)));
    const report = f.misses.map((m) => `${m.q} -> ${m.got.decision} ${m.got.id}`).join("\n");
    expect(f.strict, report).toBeGreaterThanOrEqual(min.strict);
    expect(f.recallAt3, report).toBeGreaterThanOrEqual(min.recall);
    expect(f.falseAnswerRate, report).toBeLessThanOrEqual(0.03);
    expect(f.outOfScopeHeld, report).toBeGreaterThanOrEqual(0.9);
  };
  it("answers a very sure match that covers less of a long question, and only a very sure one", () => {
    const q = "je pravda ze tam bydli pres pet set neprizpusobivejch?";
    const d = engine.debug(q, "cs");
    expect(d.coverage).toBeLessThan(DEFAULT_THRESHOLDS.coverage);
    expect(d.coverage).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.sureCoverage);
    expect(engine.match(q, "cs")).toMatchObject({ decision: "answer", id: "rumours/five-hundred-people" });
    const strict = createAnswerEngine(kbEntries, { ...DEFAULT_THRESHOLDS, sure: 1.01, sureFloor: 1.01 });
    expect(strict.match(q, "cs").decision).toBe("suggest");
  });
  it("lowers the sure level for longer messages, whose other words are about other things", () => {
    // Seven words, most of them about who asks (third set). ("druh me vyhodil a dneska nemam kde spat" was the
    // example until the word-pair fit made that one sure at the full level.)
    const q = "jsem novinarka z ceske televize, koho mam kontaktovat";
    const d = engine.debug(q, "cs");
    expect(d.coverage).toBeLessThan(DEFAULT_THRESHOLDS.coverage);
    expect(d.confidence).toBeLessThan(DEFAULT_THRESHOLDS.sure);
    expect(d.confidence).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.sureFloor);
    expect(engine.match(q, "cs")).toMatchObject({ decision: "answer", id: "faq/press-contact" });
    const flat = createAnswerEngine(kbEntries, { ...DEFAULT_THRESHOLDS, sureStep: 0 });
    expect(flat.match(q, "cs")).toMatchObject({ decision: "suggest", id: "faq/press-contact" });
    // A short question keeps the whole sure level: "kdy je otevřená pošta" (dev, out of scope) is not answered.
    expect(engine.match("kdy je otevřená pošta", "cs").decision).not.toBe("answer");
  });
  it("does not answer from an entry that wins on its body when another entry's own questions fit better", () => {
    const q = "jak se dozvím novinky";
    const loose = createAnswerEngine(kbEntries, { ...DEFAULT_THRESHOLDS, wordingSlack: Infinity });
    // The meetings entry's body says where news appear; the subscribe entry's question asks for them.
    expect(loose.match(q, "cs")).toMatchObject({ decision: "answer", id: "faq/meetings-building" });
    const m = engine.match(q, "cs");
    expect(m.decision).toBe("suggest");
    expect([m.id, ...m.suggestions]).toContain("faq/subscribe");
  });
  it("dev set: strict >= 0.90, recall@3 >= 0.97, false answers <= 3 %, out of scope held >= 90 %", () => {
    check(shared("fixtures/questions-drahomira-dev.jsonl"), { strict: 0.9, recall: 0.97 });
  });
  // Issue targets: strict >= 0.85 and recall@3 >= 0.97 on unseen questions. NOT MET yet (strict 0.553,
  // recall@3 0.940, false answers 1.5 % on 2026-12-03); the safety targets are met and asserted, the rest are
  // regression floors at the level reached, to be raised as the engine improves.
  it("held-out set written blind: safety targets, strict and recall@3 at least the level reached", () => {
    // 0.553 -> 0.547 with the fuller Ukrainian stemmer (one Ukrainian question no longer answered; three more answered
    // right on the third, fourth and second-base sets).
    // 0.573 -> 0.587 with the word-pair fit, recall@3 0.960 -> 0.947 (two runners-up it lifted pushed the right entry to fourth place).
    // Recall@3 0.947 -> 0.933 with the question kinds (three long messages whose "kdo"/"proč" lifted entries that ask
    // the same, two moved into the first three).
    check(local("fixtures/questions-kb-drahomira-heldout.jsonl"), { strict: 0.58, recall: 0.93 });
  });
});

// Fresh dev-style sets over the shared fixture knowledge base, each written without looking at the engine.
// Targets strict >= 0.85, false answers <= 3 %, out of scope held >= 90 %, recall@3 >= 0.97: where a
// figure is NOT MET the floor is the level reached, so a regression fails and an improvement can raise it.
const FRESH_SETS: { file: string; strict: number; recall?: number; falseAtMost: number; outOfScope: number }[] = [
  {
    // 82 questions, written after the held-out set; tuned on since 2026-12-02, so optimistic.
    // 2026-12-03: strict 0.829 (NOT MET), recall@3 1.000, false 0.0 %, out of scope 100 %.
    file: "fixtures/questions-kb-drahomira-fresh.jsonl", strict: 0.88, falseAtMost: 0.03, outOfScope: 0.9,
  },
  {
    // 62 questions, measured once before any change of 2026-12-03 (0.792 once unknown everyday words weigh less): strict 0.717, recall@3 0.981, false 3.2 % (2 of 62),
    // out of scope 88.9 % (8 of 9). Strict 0.755 after the question-word lean towards the FAQ it led to (the rest the same).
    // With the wording-slack rule: false 1.6 % (the answer from a body match is a suggestion now).
    // Strict 0.774 after unknown words weigh less in long questions.
    file: "fixtures/questions-kb-drahomira-second.jsonl", strict: 0.79, falseAtMost: 0.03, outOfScope: 0.88,
  },
  {
    // 56 questions, written after the day's other changes and measured once: strict 0.653, recall@3 1.000, false 3.6 %
    // (two Ukrainian questions answered from an entry with a Ukrainian translation over one without), out of scope 100 %.
    // After Ukrainian function words and no n-grams for Cyrillic questions over a mostly Czech base: strict 0.673, false 0 %.
    // Strict 0.714 after unknown words weigh less in long questions.
    file: "fixtures/questions-kb-drahomira-third.jsonl", strict: 0.77, falseAtMost: 0.03, outOfScope: 0.9,
  },
  {
    // 90 questions (longer messages, proper diacritics, every entry asked), written by a helper who saw neither the
    // engine nor the other sets, measured once: strict 0.397, best right 0.782, recall@3 0.872, false 2.2 %, out of
    // scope 100 %. After the lexicon clash fixes and answering from the question sentences it led to (so partly tuned):
    // strict 0.500, recall@3 0.885 (NOT MET: the floor is the level reached); false 1.1 % after the English dispute rule,
    // strict 0.513 after unknown words weigh less in long questions; 0.436 once the question sentences answer only
    // when the context holds no known word the entry leaves out (that guard removed wrong answers on the fifth set).
    file: "fixtures/questions-kb-drahomira-fourth.jsonl", strict: 0.48, recall: 0.9, falseAtMost: 0.012, outOfScope: 0.9,
  },
  {
    // 80 shorter questions by another helper who saw neither engine nor sets, measured once (after the day's changes
    // but the focus guard): strict 0.514, best right 0.829, recall@3 0.900, false 2.5 % (both from the question
    // sentences of a two-sentence message), out of scope 100 %; with the morning's code strict 0.443, false 0 %.
    // After the guard it led to: strict 0.486, recall@3 0.929, false 0 %; 0.500 once unknown Cyrillic words weigh less;
    // 0.514 with the wording fit's share 0.3; 0.529 once unknown everyday words weigh less (everyday.ts).
    file: "fixtures/questions-kb-drahomira-fifth.jsonl", strict: 0.57, recall: 0.92, falseAtMost: 0.012, outOfScope: 0.9,
  },
  {
    // 80 short dev-style questions (60 Czech, 4 Slovak, 8 English, 8 Ukrainian, 12 out of scope, every entry asked),
    // written blind by a helper and measured once, 2026-12-03 evening: strict 0.632, best right 0.853, recall@3 0.926,
    // false 1.3 %, out of scope 100 % (the session's starting code: strict 0.618). Its misses are not read; its
    // aggregate figures were seen for the length-dependent sure level (strict 0.647). NOT MET: strict, recall@3.
    file: "fixtures/questions-kb-drahomira-sixth.jsonl", strict: 0.66, recall: 0.94, falseAtMost: 0.014, outOfScope: 0.9,
  },
  {
    // 80 questions from people the other sets rarely ask for (a grandmother raising grandchildren, a man just out of
    // prison, a headmistress, a shop owner, a councillor, a journalist from abroad…), written blind by a helper and
    // measured once, 2026-12-03 evening: strict 0.235, best right 0.662, recall@3 0.853, false 1.3 %, out of scope
    // 100 % (the session's starting code: 0.221, 0.647, 0.824). Never tuned on. NOT MET: strict, recall@3.
    file: "fixtures/questions-kb-drahomira-seventh.jsonl", strict: 0.23, recall: 0.85, falseAtMost: 0.014, outOfScope: 0.9,
  },
  {
    // 80 dev-style questions (60 Czech, 4 Slovak, 8 English, 8 Ukrainian of which 2 in Latin letters, 12 out of scope,
    // every entry asked), written blind by a helper on 2026-12-07 and measured once with that day's code: strict
    // 0.559, best right 0.824, recall@3 0.941, false 3.8 % (3 of 80), out of scope 91.7 % (the day's starting code:
    // 0.544, 0.809, 0.912, 3.8 %). Only its three wrong answers were read. Strict 0.544 once the lead an answer needs
    // is over the best runner-up without its kind part (a Ukrainian question had been answered on a lead the
    // kind of question made). NOT MET: strict, recall@3, false answers.
    file: "fixtures/questions-kb-drahomira-eighth.jsonl", strict: 0.54, recall: 0.94, falseAtMost: 0.038, outOfScope: 0.9,
  },
];

describe("fresh dev-style sets over the shared knowledge base (floors at the level reached)", () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = createAnswerEngine(loadContent(await readContentDir(shared("fixtures/kb-drahomira"))).kb.entries);
  });
  for (const set of FRESH_SETS) {
    it(`${set.file}: recall@3 >= ${set.recall ?? 0.97}, strict >= ${set.strict}, false <= ${set.falseAtMost}, out of scope >= ${set.outOfScope}`, () => {
      const cases = readJsonl(local(set.file));
      const f = evaluate(cases, cases.map((c) => engine.match(c.q, c.lang)));
      const report = f.misses.map((m) => `${m.q} -> ${m.got.decision} ${m.got.id}`).join("\n");
      expect(f.recallAt3, report).toBeGreaterThanOrEqual(set.recall ?? 0.97);
      expect(f.strict, report).toBeGreaterThanOrEqual(set.strict);
      expect(f.falseAnswerRate, report).toBeLessThanOrEqual(set.falseAtMost);
      expect(f.outOfScopeHeld, report).toBeGreaterThanOrEqual(set.outOfScope);
    });
  }
});

// Knowledge bases written blind, each with its own questions, by helpers who saw neither the engine nor the other
// sets. Where a target is NOT MET the floor is the level reached; the safety figures are the first to raise.
const BLIND_BASES = [
  {
    // A fictional block renovation in "Horní Lhota", 37 entries, 8 translated: the engine's first meeting with a base
    // it was never built on. Measured once, 2026-12-03: strict 0.487, best right 0.782, recall@3 0.923, false answers
    // 5.6 % (5 of 90), out of scope held 75 % (9 of 12). After the English dispute rule it led to: false 4.4 %; strict
    // 0.526 after unknown words weigh less in long questions; false 3.3 %, out of scope 83.3 % after answers need the
    // entry's own wordings to cover a quarter of the question; strict 0.500, false 2.2 % after the focus guard; 0.538
    // after unknown Cyrillic words weigh less; 0.526 with the wording fit's share 0.45 -> 0.3 (two fewer wrong answers
    // on the blind set); 0.551 once unknown everyday words weigh less. NOT MET: strict, recall@3, out of scope.
    // 0.590 -> 0.577 with the word-pair fit (one right answer became a suggestion).
    // Recall@3 0.949 -> 0.936 with the question kinds.
    dir: "fixtures/kb-second", questions: "fixtures/questions-kb-second.jsonl", strict: 0.57, recall: 0.93, falseAtMost: 0.023, outOfScope: 0.83,
  },
  {
    // The town of "Nové Sady" closing a hostel it bought, 41 entries, 11 in English and Ukrainian, official
    // vocabulary; measured once at the end of 2026-12-03: strict 0.321, best right 0.756, recall@3 0.846, false
    // answers 1.1 %, out of scope held 100 % (the morning's code: 0.256, 0.718, 0.833, 0 %); 0.359 once unknown
    // Cyrillic and English words weigh less (its aggregate figures were read for that change, its misses never).
    // Recall@3 0.859 -> 0.846 with the wording fit's share 0.45 -> 0.3; 0.859 with the fuller Ukrainian stemmer; strict
    // 0.346 once Ukrainian pronouns are function words (one wrong answer fewer on kb-fourth); 0.397 with the second round of
    // synonym groups (its per-group figures were read to leave out harmful groups). NOT MET: strict, recall@3.
    // 2026-12-07: strict 0.449, recall@3 0.910 with the word pairs, question kinds and transliterated Ukrainian. Four
    // of its misses were read that day (a listing of misses outside the first three); its two transliterated
    // Ukrainian questions led to the transliteration, so it is no longer fully blind.
    dir: "fixtures/kb-third", questions: "fixtures/questions-kb-third.jsonl", strict: 0.44, recall: 0.9, falseAtMost: 0.03, outOfScope: 0.9,
  },
  {
    // The town of "Lipová nad Ohří" ending a segregated residential hotel, 45 entries, 13 in English and Ukrainian,
    // written blind by a helper, 2026-12-03 evening. Measured once: strict 0.551, best right 0.821, recall@3 0.949,
    // false answers 5.6 % (5 of 90), out of scope held 83.3 % (the session's starting code: 0.538, 0.936, 5.6 %).
    // Its wrong answers were then read: 4.4 % once Ukrainian pronouns are function words. NOT MET: strict, recall@3,
    // false answers, out of scope; the floors are the level reached.
    dir: "fixtures/kb-fourth", questions: "fixtures/questions-kb-fourth.jsonl", strict: 0.58, recall: 0.96, falseAtMost: 0.045, outOfScope: 0.83,
  },
  {
    // The town of "Horní Bříza nad Lomnicí" moving 90 households out of a mouldy panel block, 40 entries (10 in English,
    // 10 in Ukrainian), 90 questions (4 in another language than the one chosen), written blind by a helper on
    // 2026-12-07 and measured once with that day's code: strict 0.628, best right 0.859, recall@3 0.974, false 3.3 %,
    // out of scope 83.3 % (the day's starting code: 0.628, 0.885, 0.962, 2.2 %, 91.7 %). Its three wrong answers were
    // read: one out-of-scope question was answered on a lead the kind of question made; with the lead measured over
    // the best runner-up without its kind part, false 2.2 %, out of scope 91.7 %. NOT MET: strict.
    dir: "fixtures/kb-fifth", questions: "fixtures/questions-kb-fifth.jsonl", strict: 0.62, recall: 0.97, falseAtMost: 0.023, outOfScope: 0.9,
  },
];

describe("knowledge bases and their questions, written blind", () => {
  for (const base of BLIND_BASES) {
    it(`${base.dir}: loads without problems; strict >= ${base.strict}, recall@3 >= ${base.recall}, false <= ${base.falseAtMost}, out of scope >= ${base.outOfScope}`, async () => {
      const { kb, problems } = loadContent(await readContentDir(local(base.dir)));
      expect(problems).toEqual([]);
      const engine = createAnswerEngine(kb.entries);
      const cases = readJsonl(local(base.questions));
      const f = evaluate(cases, cases.map((c) => engine.match(c.q, c.lang)));
      const report = f.misses.map((m) => `${m.q} -> ${m.got.decision} ${m.got.id}`).join("\n");
      expect(f.strict, report).toBeGreaterThanOrEqual(base.strict);
      expect(f.recallAt3, report).toBeGreaterThanOrEqual(base.recall);
      expect(f.falseAnswerRate, report).toBeLessThanOrEqual(base.falseAtMost);
      expect(f.outOfScopeHeld, report).toBeGreaterThanOrEqual(base.outOfScope);
    });
  }
});

describe("the blind set over the project's own content (written before tuning, never tuned on)", () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    const { kb, problems } = loadContent(await readContentDir(fileURLToPath(new URL("../../content", import.meta.url))));
    expect(problems).toEqual([]);
    engine = createAnswerEngine(kb.entries);
  });
  // Target strict >= 0.80: NOT MET. 0.799 with 15 of 74 entries translated; with every entry in English and Ukrainian
  // (2026-12-03, machine-made, to be reviewed): strict 0.755, best right 0.925, recall@3 0.981 (target met), false
  // answers 1.6 %, out of scope held 96.4 %; with the wording fit's share 0.45 -> 0.3: strict 0.761, false 0.5 %; 0.767 once unknown everyday words weigh less.
  // Safety targets met and asserted.
  it("safety targets (false answers <= 3 %, out of scope held >= 90 %) and the strict level reached", () => {
    const cases = readJsonl(local("fixtures/questions-content-blind.jsonl"));
    const f = evaluate(cases, cases.map((c) => engine.match(c.q, c.lang)));
    const report = f.misses.map((m) => `${m.q} -> ${m.got.decision} ${m.got.id}`).join("\n");
    expect(f.falseAnswerRate, report).toBeLessThanOrEqual(0.03);
    expect(f.outOfScopeHeld, report).toBeGreaterThanOrEqual(0.9);
    expect(f.strict, report).toBeGreaterThanOrEqual(0.79);
    expect(f.recallAt3, report).toBeGreaterThanOrEqual(0.97);
  });
});

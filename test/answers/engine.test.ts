// The engine's pieces: analysis, index, scoring, the decision and its rules, on small knowledge bases.
// Its figures on the labelled sets are in labelled-sets.test.ts.
import { describe, expect, it } from "vitest";
import { Analyzer, isHearsay } from "../../src/answers/analyze.js";
import { buildIndex } from "../../src/answers/build-index.js";
import { lowerBound } from "../../src/answers/near-words.js";
import { createAnswerEngine, DEFAULT_THRESHOLDS, type AnswerEngine } from "../../src/answers/engine.js";
import { words } from "../../src/answers/normalize.js";
import { DEFAULT_SCORE_PARAMS, oneEditApart, Scorer } from "../../src/answers/score.js";
import { NgramIndex, wordGrams } from "../../src/answers/ngram.js";
import { confidence, type ConfidenceFigures } from "../../src/answers/confidence.js";
import type { Entry } from "../../src/content/types.js";
import { faq } from "./entries.js";

describe("decisions on a small knowledge base", () => {
  const engine = createAnswerEngine([
    faq("rent", "Kolik budeme platit za nájem?", ["Jaký bude nájem?"], "Nájem bude odpovídat bytu."),
    faq("school", "Musí děti změnit školu?", ["Kam budou chodit děti do školy?"], "Děti mohou zůstat ve své škole."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána, pokud to dovolí pronajímatel."),
    faq("rent", "How much will the rent be?", [], "The rent will match the flat.", "en"),
    faq("debts", "Můžu se stěhovat, když mám dluhy?", ["Mám exekuci, vadí to?"], "Dluhy stěhování nebrání, pomůžeme s nimi."),
    faq("closure", "Kdy se ubytovna zavře?", ["Do kdy tu můžeme bydlet?"], "Přesné datum zatím není stanoveno."),
    faq("contacts", "Komu mám zavolat?", ["Kontakty na sociální pracovníky"], "Kontakty najdete na webu."),
    faq("meetings", "Kdy bude schůze v domě?", [], "Termín schůze bude upřesněn."),
    faq("crime", "Zvýší se kriminalita?", ["Bude u nás bezpečno?"], "Policie nepočítá s nárůstem kriminality."),
  ]);
  it("answers a clear question, also without diacritics and with a typo", () => {
    for (const q of ["Jaký bude nájem?", "jaky bude najem", "kolik budem platit za najme"]) {
      expect(engine.match(q, "cs"), q).toMatchObject({ id: "faq/rent", decision: "answer" });
    }
  });
  it("answers in English from the English version under the same id", () => {
    expect(engine.match("what is the rent", "en")).toMatchObject({ id: "faq/rent", decision: "answer" });
  });
  it("forwards what the knowledge does not cover and greetings", () => {
    expect(engine.match("kde koupím jízdenku na vlak", "cs")).toMatchObject({ id: null, decision: "forward" });
    expect(engine.match("qwerty", "cs").decision).toBe("forward");
    expect(engine.match("Dobrý den", "cs")).toMatchObject({ decision: "forward", smallTalk: "greeting" });
    expect(engine.match("", "cs").decision).toBe("forward");
  });
  it("does not answer when the question is only partly covered", () => {
    expect(engine.match("kolik stojí pes z útulku", "cs").decision).not.toBe("answer");
  });
  it("reads words that are also names of object properties as plain words (no crash)", () => {
    for (const q of ["constructor", "toString valueOf", "__proto__ hasOwnProperty"]) {
      expect(engine.match(q, "cs").decision, q).toBe("forward");
      expect(engine.match(q, "en").decision, q).toBe("forward");
    }
  });
  it("gives the same result for a repeated question (cached word analysis and candidates)", () => {
    const first = ["kolik budem platit za najme", "Musí děti změnit školu?", "qwerty nájem"].map((q) => engine.match(q, "cs"));
    for (let i = 0; i < 3; i++) expect(["kolik budem platit za najme", "Musí děti změnit školu?", "qwerty nájem"].map((q) => engine.match(q, "cs"))).toEqual(first);
  });
  it("is deterministic and caps long input", () => {
    const long = "nájem ".repeat(10_000);
    expect(engine.match(long)).toEqual(engine.match(long));
    expect(engine.match("Jaký bude nájem?")).toEqual(engine.match("Jaký bude nájem?"));
  });
});

describe("index and scoring pieces", () => {
  const entries = [
    faq("rent", "Kolik budeme platit za nájem?", ["Jaký bude nájem?"], "Nájem bude odpovídat bytu."),
    faq("phases", "Jak bude probíhat postup?", [], "Postup má čtyři fáze."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole a školce."),
  ];
  const index = buildIndex(entries);
  it("keeps one posting per entry and feature, flagged when it occurs in a wording", () => {
    const id = index.featureIds.get(index.analyzer.analyze("nájem", "cs", "doc")[0]!.primary)!;
    const from = index.postingStart[id]!, to = index.postingStart[id + 1]!;
    expect(to - from).toBe(1);
    expect(index.ids[index.postingEntries[from]!]).toBe("faq/rent");
    expect(index.postingFlags[from]).toBe(1);
    const body = index.featureIds.get(index.analyzer.analyze("fáze", "cs", "doc")[0]!.primary)!;
    expect(index.postingFlags[index.postingStart[body]!]).toBe(0);
  });
  it("finds typos one edit away and does not stretch short stems to longer ones", () => {
    const scorer = new Scorer(index);
    const [typo] = index.analyzer.analyze("najme", "cs", "query");
    expect(scorer.candidates(typo!).known).toBe(true);
    // "pošta" must not stand for "postup" (their shared beginning is only four letters).
    const [post] = index.analyzer.analyze("posta", "cs", "query");
    expect(scorer.candidates(post!).known).toBe(false);
  });
  it("tells one edit from two among words that share a one-letter deletion", () => {
    for (const [a, b] of [["stehovani", "stehovani"], ["stehovani", "stehovan"], ["stehovani", "stehovanij"], ["stehovani", "stehobani"], ["stehovani", "sethovani"], ["najmem", "najem"]] as [string, string][]) expect(oneEditApart(a, b), `${a} ${b}`).toBe(true);
    // sobotu and osobou both become "sobou" with one letter left out, yet they are two edits apart.
    for (const [a, b] of [["sobotu", "osobou"], ["stehovani", "tsehovanj"], ["byt", "bytovka"], ["abc", "cba"]] as [string, string][]) expect(oneEditApart(a, b), `${a} ${b}`).toBe(false);
  });
  it("lets a known stem reach longer stems that begin with it (problemi / problémy), not shorter ones", () => {
    const ix = buildIndex([
      faq("neighbours", "Mám problémy se sousedy", [], "Pomůže mediátor."),
      faq("debts", "Kdo řeší problém s dluhy?", [], "Dluhová poradna."),
      faq("pets", "Můžu si vzít psa?", [], "Ano."),
    ]);
    const sc = new Scorer(ix);
    const reach = (w: string) => sc.candidates(ix.analyzer.analyze(w, "cs", "query")[0]!).fids.map((f) => [...ix.featureIds].find(([, id]) => id === f)![0]);
    expect(reach("problemi")).toEqual(expect.arrayContaining(["probl", "problm"]));
    expect(reach("problemy")).not.toContain("probl");
  });
  it("ranks the entry whose wording fits best first and keeps at most four", () => {
    const { scored } = new Scorer(index).score(index.analyzer.analyze("kolik budu platit najem", "cs", "query"));
    expect(index.ids[scored[0]!.entry]).toBe("faq/rent");
    expect(scored.length).toBeLessThanOrEqual(4);
    expect(scored[0]!.coverage).toBeGreaterThan(0.5);
  });
  it("adds the word-pair fit: neighbouring question words that are neighbours, in order, in one wording", () => {
    const ix = buildIndex([
      // Both hold bude and a word for the building; only the first holds them side by side.
      faq("future", "Co bude s budovou potom?", [], "Město ji opraví."),
      faq("neighbours", "Přijdou nové rodiny k nám do domu?", ["Kdy to bude?"], "Rodiny se nastěhují postupně."),
      // Words that are everywhere weigh nothing: two more entries make these two words telling.
      faq("rent", "Kolik budeme platit?", [], "Nájem."),
      faq("pets", "Můžu mít psa?", [], "Ano."),
    ]);
    const q = ix.analyzer.analyze("co bude s barákem", "cs", "query");
    const pairOf = (params = DEFAULT_SCORE_PARAMS) => {
      const { scored } = new Scorer(ix, params).score(q);
      return Object.fromEntries(scored.map((s) => [ix.ids[s.entry]!, { pair: s.pair, score: s.score }]));
    };
    const withPairs = pairOf();
    expect(withPairs["faq/future"]!.pair).toBe(1);
    expect(withPairs["faq/neighbours"]!.pair).toBe(0);
    const without = pairOf({ ...DEFAULT_SCORE_PARAMS, wPair: 0 });
    expect(withPairs["faq/future"]!.score - without["faq/future"]!.score).toBeCloseTo(DEFAULT_SCORE_PARAMS.wPair, 9);
    expect(withPairs["faq/neighbours"]!.score).toBeCloseTo(without["faq/neighbours"]!.score, 9);
    // The other order, or the words far apart, is no pair.
    const reversed = new Scorer(ix).score(ix.analyzer.analyze("barák bude", "cs", "query")).scored;
    expect(reversed.every((s) => s.pair === 0)).toBe(true);
  });
  it("weighs unknown words less the longer the question (a short question's unknown word is its topic)", () => {
    const scorer = new Scorer(index);
    const unknown = (q: string) => scorer.score(index.analyzer.analyze(q, "cs", "query")).info.unknownWeight;
    // Two topical words: the unknown one keeps its whole weight.
    expect(unknown("qwertz nájem")).toBeCloseTo(index.idfUnknown, 6);
    // Seven: 1 - 5 × 0.15 is below the floor, so each of the three unknown words weighs half.
    expect(unknown("qwertz asdfgh yxcvbn nájem škola děti postup")).toBeCloseTo(3 * index.idfUnknown * DEFAULT_SCORE_PARAMS.unknownFloor, 6);
    expect(unknown("qwertz nájem škola")).toBeCloseTo(index.idfUnknown * (1 - DEFAULT_SCORE_PARAMS.unknownStep), 6);
  });
  it("splits words on anything that is not a letter or digit", () => {
    expect(words("Stěhování-termín, 2026!")).toEqual(["stěhování", "termín", "2026"]);
    expect(lowerBound(["a", "b", "d"], "c")).toBe(2);
  });
  it("does not answer from an entry that matches the question only in its body", () => {
    const kb = [
      faq("who-decides", "Kdo o rekonstrukci rozhodl?", ["Kdo za tím stojí?"], "O rekonstrukci rozhodlo zastupitelstvo města Horní Lhota."),
      faq("rent", "Kolik budeme platit za nájem?", [], "Nájem schválí rada města."),
      faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
      faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    ];
    const q = "kdo je starosta Horní Lhoty";
    const d = createAnswerEngine(kb).debug(q, "cs");
    expect(d.best).toBe("faq/who-decides");
    expect(d.wordings).toBeLessThan(DEFAULT_THRESHOLDS.minWordings);
    expect(createAnswerEngine(kb).match(q, "cs").decision).toBe("suggest");
    expect(createAnswerEngine(kb, { ...DEFAULT_THRESHOLDS, minWordings: 0 }).match(q, "cs").decision).toBe("answer");
  });
  it("answers only with a clear lead over the runner-up", () => {
    const engine = createAnswerEngine(entries, { ...DEFAULT_THRESHOLDS, lead: 1.01 });
    expect(engine.match("kolik budu platit za najem", "cs").decision).toBe("suggest");
    expect(createAnswerEngine(entries).match("kolik budu platit za najem", "cs").decision).toBe("answer");
  });
  it("treats greetings and thanks as small talk, also next to filler words", () => {
    const engine = createAnswerEngine(entries);
    expect(engine.match("dobry den", "cs").smallTalk).toBe("greeting");
    expect(engine.match("diky moc", "cs").smallTalk).toBe("thanks");
    expect(engine.match("Привіт", "uk").smallTalk).toBe("greeting");
    expect(engine.match("dobry den, kolik budu platit za najem", "cs").smallTalk).toBeNull();
  });
  it("reads colloquial endings and Ukrainian function words as general language", () => {
    const a = new Analyzer();
    const [udajema] = a.analyze("údajema", "cs", "query");
    expect(udajema!.primary).toBe(a.analyze("údajemi", "cs", "query")[0]!.primary);
    expect(a.analyze("s mojima", "cs", "query")).toEqual([]);
    expect(a.analyze("nevím", "cs", "query")[0]).toMatchObject({ generic: true, asks: false });
    expect(a.analyze("після", "uk", "query")).toEqual([]);
    expect(a.analyze("можу", "uk", "query")[0]).toMatchObject({ generic: true });
  });
  it("ignores colloquial filler words when weighing a question", () => {
    const a = new Analyzer();
    expect(a.analyze("hele pry nam to nekdo rikal", "cs", "query").filter((t) => !t.generic)).toEqual([]);
  });
});

describe("question words", () => {
  const engine = createAnswerEngine([
    faq("closure", "Kdy se ubytovna zavře?", ["Do kdy tu můžeme bydlet?"], "Přesné datum zatím není stanoveno."),
    faq("why", "Proč se ubytovna zavírá?", [], "Budova je v špatném stavu a bydlení v ní nevyhovuje."),
    faq("closure", "When will the hostel close?", [], "The exact date is not set yet.", "en"),
    faq("why", "Why is the hostel closing?", [], "The building is in a poor state.", "en"),
    faq("rent", "Kolik budeme platit za nájem?", [], "Nájem bude odpovídat bytu."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
  ]);
  it("tell a question about a date from one about a reason (kdy / proč, when / why)", () => {
    expect(engine.match("proc zaviraji ubytovnu", "cs").id).toBe("faq/why");
    expect(engine.match("kdy zaviraji ubytovnu", "cs").id).toBe("faq/closure");
    expect(engine.match("why are they closing the hostel", "en").id).toBe("faq/why");
    expect(engine.match("when are they closing the hostel", "en").id).toBe("faq/closure");
  });
  it("are generic words that weigh more than the others, and still nothing on their own", () => {
    const a = new Analyzer();
    const [kdy] = a.analyze("kdy", "cs", "query");
    expect(kdy).toMatchObject({ generic: true, asks: true });
    expect(a.analyze("mam", "cs", "query")[0]).toMatchObject({ generic: true, asks: false });
    expect(engine.match("kdy", "cs").decision).not.toBe("answer");
  });
});

describe("Ukrainian questions over a knowledge base mostly in Czech", () => {
  const cs = [
    faq("closure", "Kdy se ubytovna zavře?", [], "Přesné datum zatím není stanoveno."),
    faq("why", "Proč se ubytovna zavírá?", [], "Budova je ve špatném stavu."),
    faq("rent", "Kolik budeme platit za nájem?", [], "Nájem bude odpovídat bytu."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
  ];
  const uk = (slug: string, title: string) => faq(slug, title, [], "Переклад.", "uk");
  const ukClosure = faq("closure", "Коли закриють гуртожиток?", [], "Гуртожиток закриють, дата буде уточнена.", "uk");
  it("leave the n-gram signal out when it would compare a translated best entry with an untranslated runner-up", () => {
    const engine = createAnswerEngine([...cs, ukClosure]);
    const d = engine.debug("Коли закриють гуртожиток?", "uk");
    expect(d.best).toBe("faq/closure");
    // The best entry has Ukrainian wordings its n-grams would meet, but the runner-up (why) has none.
    expect(d.gram).toBe(0);
    expect(d.agree).toBe(false);
    // A question in Latin letters keeps it.
    expect(engine.debug("kdy se zavre ubytovna", "cs").gram).toBeGreaterThan(0);
  });
  it("keep it when the best entry and the runner-up are both translated", () => {
    const engine = createAnswerEngine([...cs, ukClosure, uk("why", "Чому закривається гуртожиток?")]);
    const d = engine.debug("Чому закриють гуртожиток?", "uk");
    expect(d.gram).toBeGreaterThan(0);
  });
  it("use it once most entries have a Ukrainian wording", () => {
    const engine = createAnswerEngine([...cs, uk("closure", "Коли закриється гуртожиток?"), uk("why", "Чому закривається гуртожиток?"), uk("rent", "Скільки будемо платити за оренду?"), uk("pets", "Чи можна взяти собаку?")]);
    expect(engine.debug("Чому закривають гуртожиток?", "uk").gram).toBeGreaterThan(0);
  });
  it("weigh a Cyrillic word the base does not know as a word it cannot read, unless the base is translated", () => {
    const unknown = (entries: Entry[]) => {
      const ix = buildIndex(entries);
      return { ix, weight: new Scorer(ix).score(ix.analyzer.analyze("щщщщ", "uk", "query")).info.unknownWeight };
    };
    const mostlyCzech = unknown([...cs, ukClosure]);
    expect(mostlyCzech.weight).toBeCloseTo(mostlyCzech.ix.idfUnknown * DEFAULT_SCORE_PARAMS.unreadable, 6);
    const translated = unknown([...cs, uk("closure", "Коли?"), uk("why", "Чому?"), uk("rent", "Скільки?"), uk("pets", "Собаку?")]);
    expect(translated.weight).toBeCloseTo(translated.ix.idfUnknown, 6);
    // A Latin word the base does not know keeps its weight.
    const latin = buildIndex([...cs, ukClosure]);
    expect(new Scorer(latin).score(latin.analyzer.analyze("qwertz", "cs", "query")).info.unknownWeight).toBeCloseTo(latin.idfUnknown, 6);
  });
});

describe("English questions over a knowledge base mostly in Czech", () => {
  const engine = createAnswerEngine([
    faq("rent-after", "Jaký bude nájem po návratu?", ["Zvýší se nájem?"], "Nájem po návratu určí rada města."),
    faq("return", "Můžeme se po rekonstrukci vrátit?", [], "Ano, každý se může vrátit."),
    faq("return", "Can we come back after the renovation?", ["Will we go back home?"], "Yes, everyone can come back home.", "en"),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    faq("debts", "Můžu se stěhovat, když mám dluhy?", [], "Dluhy stěhování nebrání."),
  ]);
  it("are not answered from a translated entry that wins on words only its translation holds", () => {
    // "come", "go", "up" can only meet the English file; on what the Czech files hold (rent = nájem), rent-after wins.
    const q = "will my rent go up after we come back";
    const d = engine.debug(q, "en");
    expect(d).toMatchObject({ best: "faq/return", disputed: true });
    expect(d.confidence).toBeGreaterThan(DEFAULT_THRESHOLDS.sure);
    expect(engine.match(q, "en").decision).toBe("suggest");
  });
  it("weigh a word the base does not know less than a Czech question does (the Czech texts cannot hold it)", () => {
    const ix = engine.index;
    const unknown = (lang: string) => new Scorer(ix).score(ix.analyzer.analyze("qwertz", lang, "query"), false, lang).info.unknownWeight;
    expect(unknown("en")).toBeCloseTo(ix.idfUnknown * DEFAULT_SCORE_PARAMS.unreadableEnglish, 6);
    expect(unknown("cs")).toBeCloseTo(ix.idfUnknown, 6);
  });
  it("are answered when they fit one of the translated entry's own wordings", () => {
    expect(engine.debug("Can we come back after the renovation?", "en").disputed).toBe(false);
    expect(engine.match("Can we come back after the renovation?", "en")).toMatchObject({ decision: "answer", id: "faq/return" });
  });
});

describe("hearsay questions lean towards rumours", () => {
  const rumour: Entry = { id: "rumours/demolition", collection: "rumours", slug: "demolition", lang: "cs", claim: "Ubytovnu zbourají.", claims: [], verdict: "false", body: "Budova se bourat nebude, město ji opraví.", audience: ["public"], tags: [], verified: "2026-11-01", verifiedBy: "O", machineTranslated: false, file: "rumours/demolition.cs.md" };
  const future = faq("building-future", "Co bude s budovou ubytovny?", ["Zbourají budovu?"], "Budova se opraví a město rozhodne o jejím využití.");
  const all = [
    future, rumour,
    faq("rent", "Kolik budeme platit za nájem?", [], "Nájem bude odpovídat bytu."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    faq("debts", "Můžu se stěhovat, když mám dluhy?", [], "Dluhy stěhování nebrání."),
  ];
  const engine = createAnswerEngine(all);
  it("recognises prý, slyšela jsem, is it true and кажуть, folded or not", () => {
    for (const q of ["prý to zbourají", "slysela jsem ze to zbouraji", "Is it true they will demolish it?", "Кажуть, що знесуть", "je to pravda?"]) expect(isHearsay(words(q)), q).toBe(true);
    for (const q of ["zbourají budovu?", "what will happen to the building", "коли закриють"]) expect(isHearsay(words(q)), q).toBe(false);
  });
  it("adds the hearsay weight to the rumours' scores only when the question carries a marker", () => {
    const plain = engine.debug("zbourají budovu ubytovny?");
    const heard = engine.debug("prý zbourají budovu ubytovny?");
    expect(plain.best).toBe("faq/building-future");
    expect(heard.best).toBe("faq/building-future");
    expect(heard.score).toBeCloseTo(plain.score, 9);
    expect(heard.margin).toBeCloseTo(plain.margin - DEFAULT_SCORE_PARAMS.hearsay, 9);
    expect(engine.debug("bude se ubytovna bourat?").margin + DEFAULT_SCORE_PARAMS.hearsay).toBeCloseTo(engine.debug("prý se bude ubytovna bourat").margin, 9);
  });
  it("leans a plain question with a question word (kdy, proč) towards the FAQ by as much, and hearsay wins over it", () => {
    const flat = createAnswerEngine(all, DEFAULT_THRESHOLDS, { ...DEFAULT_SCORE_PARAMS, asksFaq: 0, hearsay: 0 });
    const rumourScore = (e: AnswerEngine, q: string) => {
      const { scored } = new Scorer(e.index, e === flat ? { ...DEFAULT_SCORE_PARAMS, asksFaq: 0, hearsay: 0 } : DEFAULT_SCORE_PARAMS).score(e.index.analyzer.analyze(q, "cs", "query"), isHearsay(words(q)));
      return scored.find((s) => e.index.ids[s.entry] === "rumours/demolition")!.score;
    };
    expect(rumourScore(engine, "kdy zbourají ubytovnu?")).toBeCloseTo(rumourScore(flat, "kdy zbourají ubytovnu?") - DEFAULT_SCORE_PARAMS.asksFaq, 9);
    expect(rumourScore(engine, "zbourají ubytovnu?")).toBeCloseTo(rumourScore(flat, "zbourají ubytovnu?"), 9);
    expect(rumourScore(engine, "prý zbourají ubytovnu, kdy?")).toBeCloseTo(rumourScore(flat, "prý zbourají ubytovnu, kdy?") + DEFAULT_SCORE_PARAMS.hearsay, 9);
  });
});

describe("character n-gram signal", () => {
  it("cuts a word into boundary-marked 3- and 4-grams", () => {
    expect(wordGrams("byt")).toEqual(["_by", "byt", "yt_", "_byt", "byt_"]);
    expect(wordGrams("a")).toEqual(["_a_"]);
  });
  it("scores inflected and colloquial forms by cosine with an entry's wordings, without any word list", () => {
    const ix = new NgramIndex([
      { entry: 0, words: ["vykradeni", "sklepu"] },
      { entry: 1, words: ["zbourani", "domu"] },
      { entry: 2, words: ["najemne", "byt"] },
    ], 3);
    const acc = new Float64Array(3), seen = new Float64Array(3), touched = new Int32Array(3);
    const n = ix.score(["vykradaji", "sklepy"], acc, seen, touched, 0);
    expect(n).toBe(1);
    expect(touched[0]).toBe(0);
    expect(acc[0]).toBeGreaterThan(0.2);
    expect(acc[0]).toBeLessThanOrEqual(1);
    // An entry already touched by the word-level scorer is not listed twice.
    const acc2 = new Float64Array(3), seen2 = new Float64Array([0, 1, 0]);
    expect(ix.score(["zbourat"], acc2, seen2, new Int32Array(3), 0)).toBe(0);
    expect(acc2[1]).toBeGreaterThan(0);
  });
});

describe("decision confidence", () => {
  const base: ConfidenceFigures = { score: 0.6, margin: 0.05, coverage: 0.7, wordings: 0.6, fit: 0.5, unknown: 0, gram: 0.3, agree: false, gramLead: 0 };
  it("grows with the lead over the runner-up, the coverage and the n-gram signal's agreement, and falls with unknown words", () => {
    const c = confidence(base);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(confidence({ ...base, margin: 0.3 })).toBeGreaterThan(c);
    expect(confidence({ ...base, coverage: 1 })).toBeGreaterThan(c);
    expect(confidence({ ...base, agree: true, gramLead: 0.05 })).toBeGreaterThan(c);
    expect(confidence({ ...base, unknown: 0.5 })).toBeLessThan(c);
  });
  it("keeps a close call below the answer threshold", () => {
    expect(confidence({ ...base, margin: 0.01, coverage: 0.5, gram: 0.1 })).toBeLessThan(DEFAULT_THRESHOLDS.confidence);
    expect(confidence({ ...base, score: 1, margin: 0.4, coverage: 1, wordings: 1, fit: 1, gram: 0.6, agree: true, gramLead: 0.1 })).toBeGreaterThan(DEFAULT_THRESHOLDS.confidence);
  });
});

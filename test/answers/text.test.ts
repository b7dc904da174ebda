import { describe, expect, it } from "vitest";
import { Analyzer, smallTalk } from "../../src/answers/analyze.js";
import { fold, tokenize, words } from "../../src/answers/normalize.js";
import { stemCzech, withoutPrefix } from "../../src/answers/stem-cs.js";
import { stemEnglish } from "../../src/answers/stem-en.js";
import { stemUkrainian } from "../../src/answers/stem-uk.js";

const cs = (w: string) => stemCzech(fold(w));

describe("normalisation", () => {
  it("folds Latin diacritics and keeps Cyrillic letters", () => {
    expect(fold("Stěhování Příspěvek ŠKOLA")).toBe("stehovani prispevek skola");
    expect(fold("Чи залишиться їжа")).toBe("чи залишиться їжа");
    expect(fold("ґанок")).toBe("ганок");
  });
  it("folds char by char exactly as the whole-string path (Latin, Cyrillic, marks, other scripts)", () => {
    expect(fold("ÁÉÍÓÚ ĎŤŇ čšž ǅ İ")).toBe("aeiou dtn csz ǆ i");
    expect(fold("e\u0301 й ё Э")).toBe("e й е е");
    expect(fold("Straße Ωμέγα 東京")).toBe("straße ωμέγα 東京");
    expect(fold("o'clock rock`n`roll")).toBe("oclock rocknroll");
  });
  it("splits words, hyphenated words and caps the count", () => {
    expect(tokenize("Kdy? 2+1, Frýdek-Místek!").map((t) => t.text)).toEqual(["kdy", "2", "1", "frydek", "mistek"]);
    expect(tokenize("a ".repeat(500)).length).toBe(64);
    expect(words("Kdy? 2+1, Frýdek-Místek! 𝐀b c")).toEqual(["kdy", "2", "1", "frýdek", "místek", "𝐀b", "c"].map((w) => w.toLowerCase()));
    expect(tokenize("být")[0]).toEqual({ raw: "být", text: "byt", cyrillic: false });
  });
  it("keeps a Ukrainian word with an apostrophe whole, on both paths, and splits Latin ones as before", () => {
    expect(words("Як зв’язатися? пам'ять, бʼє")).toEqual(["як", "зв’язатися", "пам'ять", "бʼє"]);
    // Text with astral characters takes the regex path: the same words, the apostrophe already dropped.
    expect(words("😀 зв'язатися, don't")).toEqual(["звязатися", "don", "t"]);
    expect(words("don't 'лапки'")).toEqual(["don", "t", "лапки"]);
    expect(fold("зв'язатися")).toBe(fold("звязатися"));
  });
});

describe("Czech stemmer", () => {
  it("brings inflected forms of a noun together", () => {
    for (const group of [["ubytovna", "ubytovny", "ubytovnu", "ubytovně", "ubytovnách"], ["škola", "školy", "školu", "školou"], ["byt", "bytu", "byty", "bytech"], ["dluh", "dluhy", "dluhů", "dluhama"]]) {
      const stems = new Set(group.map(cs));
      expect(stems.size, group.join(",")).toBe(1);
    }
  });
  it("brings verb and verbal-noun forms together (stěhování, stěhovat, stěhujeme)", () => {
    expect(new Set(["stěhování", "stěhovat", "stěhujeme", "stěhuji", "stěhoval"].map(cs)).size).toBe(1);
    expect(new Set(["financovat", "financuje", "financování"].map(cs)).size).toBe(1);
    expect(withoutPrefix(cs("přestěhovat"))).toBe(cs("stěhovat"));
  });
  it("leaves short words and numbers alone", () => {
    expect(cs("kdy")).toBe("kdy");
    expect(cs("2026")).toBe("2026");
  });
});

describe("English and Ukrainian stemmers", () => {
  it("strips English plural and -ing", () => {
    expect(stemEnglish("flats")).toBe(stemEnglish("flat"));
    expect(stemEnglish("moving")).toBe(stemEnglish("move"));
    expect(stemEnglish("neighbours")).toBe(stemEnglish("neighbour"));
  });
  it("strips Ukrainian endings", () => {
    expect(stemUkrainian("квартиру")).toBe(stemUkrainian("квартира"));
    expect(stemUkrainian("допомогу")).toBe(stemUkrainian("допомога"));
    expect(stemUkrainian("школи")).toBe(stemUkrainian("школа"));
  });
  it("joins the Ukrainian forms of a word: cases, verb tenses, a vowel that drops out", () => {
    const same = (...forms: string[]) => expect(new Set(forms.map(stemUkrainian)), forms.join(" ")).toEqual(new Set([stemUkrainian(forms[0]!)]));
    // A noun is not cut like a past-tense verb (школа is not шко-ла).
    expect(stemUkrainian("школа")).toBe("школ");
    same("школа", "школи", "школу", "школою", "школі", "школам");
    same("діти", "дітей", "дітям", "дітьми", "дітях");
    same("квартира", "квартирам", "квартирою");
    same("коштувати", "коштуватиме", "коштує", "коштують");
    same("платити", "платимо", "платять", "платитимемо");
    same("казала", "казав");
    same("гуртожиток", "гуртожитку", "гуртожитки");
    same("хлопець", "хлопця", "хлопці");
  });
});

describe("analyzer", () => {
  const a = new Analyzer();
  it("drops function words, keeps question words as generic", () => {
    const terms = a.analyze("Kdy se budeme stěhovat?", "cs", "doc");
    expect(terms.map((t) => t.primary)).toEqual(["kdy", "bud", cs("stěhovat")]);
    expect(terms.map((t) => t.generic)).toEqual([true, true, false]);
  });
  it("reads a Ukrainian word written with an apostrophe as one word that meets its concept", () => {
    const features = a.analyze("він мене б’є", "uk", "query").flatMap((t) => t.features.map((f) => f.f));
    expect(features).toContain("~violence");
  });
  it("tells být (to be) from byt (a flat)", () => {
    expect(a.analyze("chci být dobrovolník", "cs", "doc").map((t) => t.primary)).not.toContain("byt");
    expect(a.analyze("chci byt", "cs", "doc").map((t) => t.primary)).toContain("byt");
  });
  it("maps colloquial Czech to standard forms", () => {
    expect(a.analyze("novej barák", "cs", "query")[0]!.primary).toBe(a.analyze("nový", "cs", "query")[0]!.primary);
    const barak = a.analyze("barák", "cs", "query")[0]!.features.map((f) => f.f);
    const dum = a.analyze("dům", "cs", "doc")[0]!.features.map((f) => f.f);
    expect(barak.filter((f) => dum.includes(f))).toContain("~house");
  });
  it("joins languages through concepts (flat = byt = квартира)", () => {
    const concepts = (text: string, lang: string) => a.analyze(text, lang, "query").flatMap((t) => t.features.map((f) => f.f)).filter((f) => f.startsWith("~"));
    expect(concepts("flat", "en")).toContain("~flat");
    expect(concepts("byt", "cs")).toContain("~flat");
    expect(concepts("квартиру", "uk")).toContain("~flat");
    expect(concepts("kedy", "sk")).toContain("~when");
  });
  it("recognises greetings and thanks, not questions that contain them", () => {
    expect(smallTalk("Dobrý den")).toBe("greeting");
    expect(smallTalk("díky moc!")).toBe("thanks");
    expect(smallTalk("Дякую")).toBe("thanks");
    expect(smallTalk("dobrý den, kdy se stěhujeme?")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answers/engine.js";
import { looksTransliterated, toCyrillic } from "../../src/answers/transliterate.js";
import { faq } from "./entries.js";

describe("Ukrainian typed in Latin letters", () => {
  it("reads the informal spellings back into Cyrillic", () => {
    expect(toCyrillic("Shcho bude z kvartyroju?")).toBe("що буде з квартирою?");
    expect(toCyrillic("Koly my budemo pereizhdzhaty")).toBe("коли ми будемо переіжджати");
    expect(toCyrillic("ekzekuciya, chy dadut")).toBe("екзекуція, чи дадут");
    expect(toCyrillic("yak tse pratsiuie")).toBe("як це працює");
    expect(toCyrillic("2+1, č!")).toBe("2+1, č!");
  });
  it("only for a person who chose Ukrainian or Russian and wrote no Cyrillic", () => {
    expect(looksTransliterated("koly pereizd", "uk")).toBe(true);
    expect(looksTransliterated("koly pereizd", "ru")).toBe(true);
    expect(looksTransliterated("koly pereizd", "cs")).toBe(false);
    expect(looksTransliterated("коли переїзд", "uk")).toBe(false);
    expect(looksTransliterated("123?", "uk")).toBe(false);
  });
  const engine = createAnswerEngine([
    faq("debts", "Můžu se stěhovat, když mám dluhy?", ["Mám exekuci, vadí to?"], "Dluhy stěhování nebrání."),
    faq("debts", "Чи можу я переїхати, якщо маю борги?", ["У мене виконавче провадження"], "Борги не заважають.", "uk"),
    faq("rent", "Kolik budeme platit za nájem?", [], "Nájem bude odpovídat bytu."),
    faq("rent", "Скільки ми будемо платити за оренду?", [], "Оренда відповідатиме квартирі.", "uk"),
    faq("pets", "Můžu si vzít psa?", [], "Zvířata jsou vítána."),
    faq("school", "Musí děti změnit školu?", [], "Děti mohou zůstat ve své škole."),
  ]);
  it("answers a transliterated question as its Cyrillic spelling", () => {
    const cyrillic = engine.match("у мене борги, чи можу я переїхати?", "uk");
    const latin = engine.match("u mene borhy, chy mozhu ya pereikhaty?", "uk");
    expect(cyrillic.id).toBe("faq/debts");
    expect(latin).toMatchObject({ id: "faq/debts", decision: cyrillic.decision });
    // Read only as Czech or English, the Latin spelling meets nothing.
    expect(engine.match("u mene borhy, chy mozhu ya pereikhaty?", "cs").id).not.toBe("faq/debts");
  });
  it("keeps the direct reading when a Ukrainian writes Czech", () => {
    expect(engine.match("kolik budeme platit za najem", "uk")).toMatchObject({ id: "faq/rent", decision: "answer" });
  });
  it("recognises transliterated greetings", () => {
    expect(engine.match("pryvit", "uk").smallTalk).toBe("greeting");
  });
});

// Redaction: detectors one by one, placeholders, offsets, idempotence, the
// corpus thresholds, and a long input that must not blow up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCases, scoreCases } from "../../src/privacy/evaluate.js";
import { placeholder, redactPersonalData } from "../../src/privacy/redact.js";

const r = (t: string) => redactPersonalData(t).text;

describe("detectors", () => {
  it("names with cues, inflection, titles and signatures", () => {
    expect(r("Jmenuju se Pavla Kučerová.")).toBe("Jmenuju se [jméno].");
    expect(r("jmenuju se pavla kucerova a mam 3 deti")).toBe("jmenuju se [jméno] a mam 3 deti");
    expect(r("Volala jsem panu Novákovi.")).toBe("Volala jsem panu [jméno].");
    expect(r("Mluvila jsem s paní Kučerovou.")).toBe("Mluvila jsem s paní [jméno].");
    expect(r("Mgr. Petra Svobodová to ví.")).toBe("Mgr. [jméno] to ví.");
    expect(r("Díky za odpověď.\nJana")).toBe("Díky za odpověď.\n[jméno]");
    expect(r("S pozdravem Jana")).toBe("S pozdravem [jméno]");
    expect(r("Мене звати Олена Коваленко")).toBe("Мене звати [jméno]");
    expect(r("My name is John Smith.")).toBe("My name is [jméno].");
  });
  it("keeps places, organisations, months and ordinary words", () => {
    for (const t of [
      "Kdy bude schůzka v Drahomíře s panem primátorem?",
      "Armáda spásy a Člověk v tísni pomáhají v Karlových Varech.",
      "Ano, bude to v pátek 15. 3. ve 14:30.",
      "Jsem nemocná a jsem sama.",
      "Will the Salvation Army help us in May?",
      "Ostrov je daleko, Chodov taky.",
    ]) expect(r(t)).toBe(t);
  });
  it("phones in Czech, Slovak, Ukrainian and international forms; public numbers stay", () => {
    expect(r("tel. +420 608 555 444")).toBe("tel. [telefon]");
    expect(r("cislo 608555444")).toBe("cislo [telefon]");
    expect(r("00421 905 123 456")).toBe("[telefon]");
    expect(r("телефон (067) 123-45-67")).toBe("телефон [telefon]");
    expect(r("+380 67 123 45 67")).toBe("[telefon]");
    expect(r("Volejte 112, 155 nebo 116 111, linka 1212.")).toBe("Volejte 112, 155 nebo 116 111, linka 1212.");
  });
  it("e-mails and profiles", () => {
    expect(r("pište na k.novak@email.cz")).toBe("pište na [e-mail]");
    expect(r("novak (zavináč) email.cz")).toBe("[e-mail]");
    expect(r("facebook.com/jana.nova a @jana_kv")).toBe("[profil] a [profil]");
    expect(r("t.me/ivan_kv")).toBe("[profil]");
    expect(r("Web je www.karlovyvary.cz")).toBe("Web je www.karlovyvary.cz");
  });
  it("birth numbers and dates of birth, not other dates", () => {
    expect(r("RČ 755101/0123")).toBe("RČ [rodné číslo]");
    expect(r("rodné číslo 7551010123")).toBe("rodné číslo [rodné číslo]");
    expect(r("narozena 3. 5. 1988")).toBe("narozena [datum narození]");
    expect(r("nar. 1988-05-03")).toBe("nar. [datum narození]");
    expect(r("born 3/5/1988")).toBe("born [datum narození]");
    expect(r("schůze 15. 3. 2025 v 17:00")).toBe("schůze 15. 3. 2025 v 17:00");
  });
  it("addresses and room numbers, not flat sizes", () => {
    expect(r("adresa Kollárova 539/13")).toBe("adresa [adresa]");
    expect(r("bydlím na Závodní 5")).toBe("bydlím na [adresa]");
    expect(r("pokoj 214")).toBe("pokoj [číslo bytu]");
    expect(r("byt č. 5")).toBe("byt č. [číslo bytu]");
    expect(r("кімната 5")).toBe("кімната [číslo bytu]");
    expect(r("byt 2+1, 50 m2, 3 děti, 5000 Kč, rok 2025")).toBe("byt 2+1, 50 m2, 3 děti, 5000 Kč, rok 2025");
  });
  it("accounts, IBANs, documents, insurance and plates", () => {
    expect(r("účet 19-2000145399/0800")).toBe("účet [účet]");
    expect(r("123456789/0800")).toBe("[účet]");
    expect(r("CZ65 0800 0000 1920 0014 5399")).toBe("[účet]");
    expect(r("číslo OP 203456789")).toBe("číslo OP [číslo dokladu]");
    expect(r("pas FE123456")).toBe("pas [číslo dokladu]");
    expect(r("číslo pojištěnce 7551010123")).toBe("číslo pojištěnce [číslo pojištěnce]");
    expect(r("auto 1KV 2345 a 5A2 3456")).toBe("auto [SPZ] a [SPZ]");
  });
});

describe("contract", () => {
  it("placeholders say what was removed", () => {
    expect(placeholder("name")).toBe("[jméno]");
    expect(placeholder("phone")).toBe("[telefon]");
    expect(placeholder("address")).toBe("[adresa]");
  });
  it("found holds kinds and offsets in the original text", () => {
    const text = "Jsem Jana Nováková, tel. 608 555 444, pokoj 12.";
    const { found } = redactPersonalData(text);
    expect(found.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ["name", "Jana Nováková"],
      ["phone", "608 555 444"],
      ["flat", "12"],
    ]);
  });
  it("is idempotent: redacting redacted text changes nothing", () => {
    const lines = readFileSync(new URL("../fixtures/pii-corpus.jsonl", import.meta.url), "utf8");
    for (const c of parseCases(lines)) {
      const once = r(c.text);
      expect(r(once)).toBe(once);
    }
  });
  it("never throws, and found spans are ordered, disjoint and inside the text (random inputs)", () => {
    const pieces = ["Jan", "Nováková", "pan", "jsem", "S pozdravem", "608 555 444", "pokoj", "12", ",", ".", "\n", "—", "@x", "Závodní",
      "5", "/", "narozena", "1. 2. 1990", "RČ", "Мене звати", "Олена", "a", "Díky", "-", "(", ")", "ul.", "č.", "IBAN", "CZ65", "😀", "\u0301", " "];
    let seed = 42;
    const rnd = (k: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
    for (let t = 0; t < 400; t++) {
      let text = "";
      for (let k = rnd(14); k >= 0; k--) text += pieces[rnd(pieces.length)] + (rnd(3) ? " " : "");
      const res = redactPersonalData(text);
      let at = 0;
      for (const f of res.found) {
        expect(f.start).toBeGreaterThanOrEqual(at);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        at = f.end;
      }
    }
  });
  it("a 20,000-character input finishes (no regex catastrophe)", () => {
    const nasty = ["a".repeat(5000), "1 ".repeat(2500), "@".repeat(2000), "Jana ".repeat(600), "9".repeat(3000)].join(" ");
    const { text } = redactPersonalData(nasty.slice(0, 20_000));
    expect(text.length).toBeGreaterThan(1000);
  });
});

describe("corpus", () => {
  const files = {
    dev: new URL("../../../shared/fixtures/pii-dev.jsonl", import.meta.url),
    corpus: new URL("../fixtures/pii-corpus.jsonl", import.meta.url),
  };
  for (const [name, url] of Object.entries(files)) {
    it(`${name}: at least 98 % removed and 95 % kept`, () => {
      const cases = parseCases(readFileSync(url, "utf8"));
      const s = scoreCases(cases, r);
      if (s.removedRate < 0.98 || s.keptRate < 0.95) console.log(s.misses.slice(0, 20));
      expect(s.removedRate).toBeGreaterThanOrEqual(0.98);
      expect(s.keptRate).toBeGreaterThanOrEqual(0.95);
    });
  }
  it("the corpus has at least 250 cases", () => {
    expect(parseCases(readFileSync(files.corpus, "utf8")).length).toBeGreaterThanOrEqual(250);
  });
});

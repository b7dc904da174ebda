// A deterministic synthetic knowledge base for benchmarks: entries whose
// titles, alternative questions and bodies are drawn from the vocabulary of a
// real knowledge base, in Czech, English and Ukrainian.
import type { Entry } from "../../src/content/types.js";

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<string, string[]> = {
  cs: "kdy kde kdo jak proč kolik bude budeme můžu musím stěhování byt bydlení ubytovna nájem příspěvek dluhy exekuce děti škola školka sousedé bezpečnost policie smlouva kauce pes zvíře schůze setkání kontakt pomoc sociální pracovník město magistrát termín datum zavření mapování fáze rodina senior bezbariérový nemoc psychika krize nocleh jazyk informace anonymně dotaz zpráva novinky nábytek věci stěhovák auto práce úřad dávky energie voda plyn trvalý pobyt adresa pronajímatel majitel dobrovolník neziskovka peníze cena náklady".split(" "),
  en: "when where who how why much will can must move moving flat housing hostel rent benefit debts children school kindergarten neighbours safety police contract deposit dog pet meeting contact help social worker city office date closure mapping phase family senior wheelchair illness mental crisis shelter language information anonymous question news furniture belongings van job office allowance electricity water gas residence address landlord owner volunteer charity money price costs".split(" "),
  uk: "коли де хто як чому скільки буде будемо можу мушу переїзд квартира житло гуртожиток оренда допомога борги діти школа садок сусіди безпека поліція договір застава собака тварина зустріч контакт соціальний працівник місто дата закриття етап родина пенсіонер візок хвороба криза притулок мова інформація анонімно питання новини меблі речі робота адреса власник волонтер гроші ціна".split(" "),
};

const SYLLABLES: Record<string, string[]> = {
  cs: "ko vá ně ři do stě ho by tov na pří spě dlu hy ško la sou se bez peč po li cie smlou ka uce".split(" "),
  en: "con tract ment ing ble ter ver sion pro duc tion re lo ca tion ser vice com mu ni ty".split(" "),
  uk: "ко ва не рі до сте хо би то на при спі бор ги шко ла су се без пе по лі ці".split(" "),
};

/** A vocabulary like a real one: the real words first, then made-up words, 3,000 in all. */
const vocabularies = new Map<string, string[]>();
function vocabulary(lang: string): string[] {
  let v = vocabularies.get(lang);
  if (v) return v;
  const r = rng(lang.charCodeAt(0));
  const syl = SYLLABLES[lang]!;
  const set = new Set(WORDS[lang]!);
  while (set.size < 3000) set.add(Array.from({ length: 2 + Math.floor(r() * 3) }, () => syl[Math.floor(r() * syl.length)]).join(""));
  v = [...set];
  vocabularies.set(lang, v);
  return v;
}

/** Words drawn with a Zipf-like (log-uniform rank) distribution, as in real text. */
function sentence(r: () => number, lang: string, n: number): string {
  const w = vocabulary(lang);
  return Array.from({ length: n }, () => w[Math.min(w.length - 1, Math.floor(Math.exp(r() * Math.log(w.length + 1))) - 1)]!).join(" ");
}

/** `count` entry files spread over cs, en and uk (every id has cs). */
export function generateEntries(count: number, seed = 42): Entry[] {
  const r = rng(seed);
  const entries: Entry[] = [];
  const langs = ["cs", "en", "uk"];
  let id = 0;
  while (entries.length < count) {
    const slug = `entry-${id++}`;
    for (const lang of langs) {
      if (entries.length >= count) break;
      if (lang !== "cs" && r() < 0.3) continue;
      entries.push({
        id: `faq/${slug}`, collection: "faq", slug, lang,
        title: `${sentence(r, lang, 6)}?`,
        questions: Array.from({ length: 3 }, () => `${sentence(r, lang, 5)}?`),
        body: sentence(r, lang, 60),
        audience: ["public"], tags: [sentence(r, lang, 1)], verified: "2026-11-01", verifiedBy: "Odbor", machineTranslated: false,
        file: `faq/${slug}.${lang}.md`,
      });
    }
  }
  return entries;
}

/** Questions as people type them: words from entries' wordings, some without diacritics or with a typo. */
export function generateQuestions(entries: Entry[], count: number, seed = 7): { q: string; lang: string }[] {
  const r = rng(seed);
  const out: { q: string; lang: string }[] = [];
  for (let i = 0; i < count; i++) {
    const e = entries[Math.floor(r() * entries.length)]!;
    const source = e.collection === "faq" ? [e.title, ...e.questions] : [e.claim];
    let q = source[Math.floor(r() * source.length)]!.split(" ").filter(() => r() < 0.8).join(" ");
    if (r() < 0.5) q = q.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (r() < 0.3 && q.length > 6) { const k = 1 + Math.floor(r() * (q.length - 2)); q = q.slice(0, k) + q.slice(k + 1); }
    out.push({ q, lang: e.lang });
  }
  return out;
}

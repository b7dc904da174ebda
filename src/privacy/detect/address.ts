// Street addresses ("Kollárova 539/13", "bydlím na Závodní 5", "вул. Шевченка 15",
// "12 Baker Street") and room or flat numbers ("pokoj 214", "byt č. 5", "кімната 5").
import { COMMON, lookup, PLACE } from "./lexicon.js";
import type { Finding } from "./types.js";
import { fold } from "../text.js";

const HOUSE = String.raw`\d{1,4}(?:[ ]?\/[ ]?\d{1,4})?[a-zA-Z]?`;
// What must not follow a house number: units, ordinals, times, plus ("2+1").
const NOT_AFTER = /^(?:[ ]?(?:[kK][čc]|kc|czk|eur|€|m2|m²|m(?!\p{L})|km|let|roku|rok|lidí|lidi|dětí|deti|dní|dni|dnů|hod|h(?!\p{L})|min|%|krát|krat|x(?!\p{L})|ks|osob|pokoj|bytů|bytu|rodin|patr|\+|°))/iu;

// Folded cue words (foldSameLength): "ul.", "ulice", "nám.", "náměstí", "tř.", "třída", "вул.", "street" …
const STREET_CUE = /(?:^|[\s(,])(?:ul|ulice|ulici|ulica|ulici|nam|namesti|tr|trida|tride|sidl|vul|вул|вулиця|вулиці|пр|просп|проспект|пл|площа|bytem|trvale bytem|adresa|adresou|address|адреса|bydlim na|bydlim v|bydlime na|bydlime v|byvam na|byvam v|bydli na|bydli v|zije na|ziju na|живу на|живемо на|live at|live on|lives at|lives on)[.:]?[ ]{1,2}$/u;

// A capitalised street word: "Kollárova", "Sokolovská", "Závodní", "Dlouhá"; not weekdays or months.
const STREET_WORD = /^\p{Lu}[\p{L}-]{2,}(?:ova|ová|ovo|ská|ské|cká|cké|ní|ná|há|lá|tá|rá|dá|ice|ého|ově)$/u;
const NOT_STREET = /^(?:další|dalších|poslední|posledních|první|prvních|příští|minulý|jarní|letní|podzimní|zimní|denní|noční|ranní|večerní|měsíční|roční|týdenní|všední|hlavní|jediná|celá|stará|nová|velká|malá|pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|dne|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|máme|mám|jsem|celkem|nájem|kauce|teplota|pokoj|pokoji|byt|bytě|izba|izbe|room|flat|dítě|děti|patro|patře|linka|záchranka|otevírací|autobus|tramvaj|lístek|dluh)$/iu;

const ADDRESS_AFTER_CUE = new RegExp(String.raw`^(?:[\p{L}.'-]{1,25}[ ]){0,3}?[\p{L}.'-]{2,25}[ ]${HOUSE}`, "u");
const ADDRESS_PLAIN = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]{2,25})(?:[ ](\p{Lu}[\p{L}-]{1,25}))?[ ]${HOUSE}(?![\p{L}\p{N}/])`, "gu");
const ENGLISH = new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-zA-Z]?[ ](?:\p{Lu}\p{L}+[ ]){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Square|Way|Place)\b\.?`, "gu");

// Rooms and flats: the cue, an optional "č."/"číslo"/"no."/"#", then the number.
const FLAT = /(?<![\p{L}\p{N}])(?:pokoj|pokoje|pokoji|pokojem|pokojích|pokoj[uů]|pokoi|pokoja|byt|bytu|bytě|byte|bytem|izba|izbe|izby|izbu|izbou|dvere|dveře|dveri|dveří|room|rooms|flat|apartment|apt|kimnata|kimnati|kimnatu|komnata|komnati|kvartyra|kvartyri|кімната|кімнаті|кімнати|кімнату|кімн|кв|квартира|квартирі|квартири|комната|комнате|комнаты)\.?[ ]{1,2}(?:(?:č|c|čís|cis|číslo|cislo|no|nr|num|number|№|#)\.?[ ]{0,2})?(\d{1,4}[a-zA-Z]?(?:(?:[ ]?(?:a|,|і|и|and|&|-)[ ]?)\d{1,4}[a-zA-Z]?)*)(?![\p{L}\p{N}+])/giu;
// "jsme z 315", "Marie z 210": a room number said as where someone is from.
const FROM_ROOM = /(?<![\p{L}\p{N}])(?:z|ze|from|з|із)[ ]([1-9]\d{2}[a-zA-Z]?)(?!\d|[\p{L}\p{N}+.:,]\d|[ ]?(?:kč|kc|lidí|lidi|dětí|deti|rodin|let|km|m(?!\p{L})|%|bytů|pokojů|osob|obyvatel|zaměstnan|kor|eur|€))/giu;

const ORDINAL_AFTER = /^(?:[.:,]\d|\.[ ]?(?:\d|\p{Ll}))/u;

function notAfter(text: string, at: number): boolean {
  const s = text.slice(at, at + 12);
  return NOT_AFTER.test(s) || ORDINAL_AFTER.test(s);
}

export function detectAddresses(text: string, folded: string): Finding[] {
  const out: Finding[] = [];
  // 1. After a cue ("ul.", "bydlím na", "adresa:"), any words then a house number.
  const cueRe = new RegExp(STREET_CUE.source.replace("$", ""), "gu");
  let m: RegExpExecArray | null;
  while ((m = cueRe.exec(folded)) !== null) {
    const at = m.index + m[0].length;
    const a = ADDRESS_AFTER_CUE.exec(text.slice(at, at + 90));
    if (!a) continue;
    const words = a[0].split(" ");
    if (words.some((w) => /^(?:pokoj\w*|pokoji|byt\w*|izb\w*|room|flat|kimnat\w*|кімнат\w*|č\.?|c\.?)$/iu.test(w))) continue;
    // "bydlím v Drahomíře od roku 2019": a place or ordinary words then a year is not an address.
    const streetWords = words.slice(0, -1).filter((w) => !/^(?:je|is|na|v|ve|u|в|на|є|:)$/iu.test(w));
    if (streetWords.some((w) => { const f = lookup(w.replace(/\.$/, ""), fold(w.replace(/\.$/, ""))); return !!(f & PLACE) || (!!(f & COMMON) && !/^(?:nam|tr|ul)$/.test(fold(w.replace(/\.$/, "")))); })) continue;
    if (/^(?:19|20)\d{2}$/.test(words[words.length - 1]!)) continue;
    if (notAfter(text, at + a[0].length)) continue;
    // "adresa je Moskevská 5": the little words after the cue are not the street.
    const lead = /^(?:(?:je|is|na|v|ve|u|в|на|є|:)[ ])+/iu.exec(a[0]);
    const skip = lead ? lead[0].length : 0;
    out.push({ kind: "address", start: at + skip, end: at + a[0].length });
  }
  // 2. A capitalised street-like word followed by a house number.
  ADDRESS_PLAIN.lastIndex = 0;
  while ((m = ADDRESS_PLAIN.exec(text)) !== null) {
    const [whole, w1, w2] = m;
    const last = w2 ?? w1!;
    const streetish = STREET_WORD.test(last) || (w2 !== undefined && STREET_WORD.test(w1!));
    if (!streetish || NOT_STREET.test(last) || (w2 !== undefined && NOT_STREET.test(w1!))) continue;
    if (notAfter(text, m.index + whole.length)) continue;
    // Without a cue, a street and number end the phrase ("Závodní 5, ale", "Jateční 9 v Ostrově");
    // "Poslední 3 měsíce" goes on with a noun.
    const follow = text.slice(m.index + whole.length, m.index + whole.length + 5);
    if (!whole.includes("/") && !/^(?:$|\s*[,.;:)!?\n]|[ ](?:a|v|ve|na|u|do|je|in|and|nebo|i)[ ,])/u.test(follow)) continue;
    // Drop a first word that is not part of the street ("Sestra bydlí v Sokolovské 12" starts at Sokolovské).
    const start = w2 !== undefined && !STREET_WORD.test(w1!) ? m.index + whole.indexOf(w2) : m.index;
    out.push({ kind: "address", start, end: m.index + whole.length });
  }
  ENGLISH.lastIndex = 0;
  while ((m = ENGLISH.exec(text)) !== null) out.push({ kind: "address", start: m.index, end: m.index + m[0].length });
  // 3. Rooms and flats: only the number goes.
  for (const re of [FLAT, FROM_ROOM]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const num = m[1]!;
      const at = m.index + m[0].length - num.length;
      if (re === FLAT && notAfter(text, m.index + m[0].length)) {
        // "pokoj 12, 2. patro": the list ran into an ordinal; keep only the first number.
        const first = /^\d{1,4}[a-zA-Z]?/.exec(num)![0];
        if (first.length === num.length || notAfter(text, at + first.length)) continue;
        out.push({ kind: "flat", start: at, end: at + first.length });
        continue;
      }
      out.push({ kind: "flat", start: at, end: at + num.length });
    }
  }
  return out;
}

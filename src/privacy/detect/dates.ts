// Dates of birth: a date (or a year) right after a birth cue. Other dates stay
// ("schůze 15. 3.", "smlouva končí 31. 12. 2025").
import type { Finding } from "./types.js";

// Folded cues (see text.ts foldSameLength): cs, sk, uk, ru, en.
const CUE =
  /(?:\bnar(?:ozen[aáyýi]?|ozena|ozeny|odil(?:a|o)?(?: jsem)?(?: se)?|odila se|odil se|odeny|odena|\.)?|datum narozeni|date of birth|\bdob|d\.o\.b\.?|\bborn(?: on)?|народил(?:ся|ася|ись)|народився|народилася|дата народження|дата рождения|родил(?:ся|ась)|rok narozeni|\br\. ?nar\.?)[\s:.,=-]{0,4}(?:(?:jsem|se|som|sa|in|on|dne|dňa|dna|v roce|roku|року|в)[\s,]{1,3}){0,2}$/u;

const MONTHS =
  "ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|januara|februara|marca|aprila|maja|juna|jula|augusta|septembra|oktobra|novembra|decembra|" +
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
  "сiчня|січня|лютого|березня|квiтня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

const DATE = new RegExp(
  "^(?:" +
    "\\d{1,2}[ ]?\\.[ ]?\\d{1,2}[ ]?\\.[ ]?(?:\\d{4}|\\d{2})(?!\\d)" +
    "|\\d{4}-\\d{1,2}-\\d{1,2}" +
    "|\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})(?!\\d)" +
    "|\\d{1,2}\\.?[ ]?(?:" + MONTHS + ")[ ,]{0,2}(?:\\d{4}|\\d{2})(?!\\d)" +
    "|(?:" + MONTHS + ")[ ]\\d{1,2}(?:st|nd|rd|th)?,?[ ]\\d{4}" +
    "|(?:19|20)\\d{2}(?!\\d)" +
  ")",
  "u",
);

const CUE_G = new RegExp(CUE.source.replace(/\$$/, ""), "gu");

export function detectBirthDates(text: string, folded: string): Finding[] {
  void text;
  const out: Finding[] = [];
  CUE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_G.exec(folded)) !== null) {
    if (m[0].length === 0) { CUE_G.lastIndex++; continue; }
    const at = m.index + m[0].length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!) && /[\p{L}\p{N}]/u.test(folded[at] ?? "")) continue;
    const d = DATE.exec(folded.slice(at, at + 40));
    if (d) out.push({ kind: "birth_date", start: at, end: at + d[0].length });
  }
  return out;
}

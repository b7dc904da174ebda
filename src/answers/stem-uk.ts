// A light Ukrainian stemmer: removes the reflexive particle and one
// inflectional ending (longest first), keeping at least three letters.
// Russian words get through it reasonably too.
const ENDINGS = [
  "ується", "ються", "ється", "ування", "ування",
  "ання", "ення", "іння", "уєте", "уємо", "ують", "уєш",
  "ами", "ями", "ого", "ому", "ими", "іми", "ати", "ити", "яти", "іти", "ути",
  "ать", "ять", "ить", "уть", "ють", "ете", "емо", "имо", "ите", "ові", "еві", "ах", "ях", "ів", "їв",
  "ий", "ій", "ої", "ою", "ею", "их", "іх", "им", "ім", "ом", "ем", "ая", "яя", "ує", "ла", "ло", "ли",
  "а", "я", "о", "е", "у", "ю", "і", "ї", "и", "ь", "й", "в",
];

export function stemUkrainian(word: string): string {
  let w = word;
  if (w.length > 5 && (w.endsWith("ся") || w.endsWith("сь"))) w = w.slice(0, -2);
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  return w;
}

// A light Ukrainian stemmer: removes the reflexive particle and one
// inflectional ending (longest first), keeping at least three letters.
// Russian words get through it reasonably too.
const FUTURE = ["тимемо", "тимете", "тимуть", "тимеш", "тиме", "тиму"]; // житимемо, коштуватиме
const ENDINGS = [
  ...["ува", "а", "и", "і", "я"].flatMap((v) => FUTURE.map((f) => v + f)),
  "ування", "ування", "ання", "ення", "іння", "яння",
  "увати", "ювати", "ивати", "ували", "увала", "ують", "юють", "ивають", "ують", "уєте", "уємо", "уєш", "ує",
  "аємо", "аєте", "ають", "аєш", "ає", "яємо", "яєте", "яють", "яє",
  "ами", "ями", "ьми", "ого", "ього", "ому", "ьому", "ими", "іми", "ати", "ити", "яти", "іти", "ути", "оти", "їти",
  "ала", "яла", "ила", "іла", "ало", "яло", "ило", "іло", "али", "яли", "или", "іли",
  "ать", "ять", "ить", "іть", "уть", "ють", "ете", "емо", "имо", "імо", "ите", "іте", "єте", "ємо", "еш", "иш", "єш", "ові", "еві", "єві",
  "ах", "ях", "ам", "ям", "ів", "їв", "ей", "ав", "ив", "яв",
  "ий", "ій", "ої", "ьої", "ою", "ею", "єю", "их", "іх", "им", "ім", "ом", "ем", "єм", "ая", "яя", "ую", "юю",
  "а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "й",
].sort((a, b) => b.length - a.length);

export function stemUkrainian(word: string): string {
  let w = word;
  if (w.length > 5 && (w.endsWith("ся") || w.endsWith("сь"))) w = w.slice(0, -2);
  // A vowel that drops out in the other forms: хлопець / хлопця.
  if (w.length >= 6 && w.endsWith("ець")) return w.slice(0, -3) + "ц";
  for (const e of ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  }
  // The same at the end: гуртожиток / гуртожитку.
  if (w.length >= 5 && w.endsWith("ок")) return w.slice(0, -2) + "к";
  return w;
}

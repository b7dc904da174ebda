// Words that announce a name: "jmenuju se", "pan", "Mgr.", "jsem", "syn",
// "S pozdravem". All folded (see text.ts). Longest cue first.
export type CueKind = "strong" | "title" | "weak" | "relation" | "closing";

const CUES: Record<CueKind, string> = {
  strong: `jmenuju se|jmenuji se|jmenuje se|jmenujem se|se jmenuje|se jmenuju|se jmenuji|jmenuju|jmenuji|moje jmeno je|me jmeno je|jmeno je|jmeno|jmenem|volam se|volam sa|vola sa|vola se|menujem sa|menuje sa|my name is|name is|name|i am called|my name's|мене звати|мене звуть|меня зовут|звати|звуть|моє ім'я|мое имя|mene zvaty|mene zvaty|mene zvut|menja zovut|menia zvaty|podepsana|podepsany|podepsan|pise vam|odesilatel`,
  title: `pan|pana|panu|panem|pane|pani|panove|panovi|slecna|slecny|slecne|slecnou|sl|mr|mrs|ms|miss|mister|dr|mgr|ing|bc|mudr|judr|phdr|rndr|mvdr|paeddr|doc|prof|dipl|пан|пані|пана|пану|панові|паном|пане|госпожа|господин|гражданин`,
  weak: `jsem|som|i'm|i am|im|this is|it's|it is|я|ya|tady je|tady|tu je|це|это|nejaky|nejaka|nejakej|jisty|jista|tu pise|s vami mluvi|u telefonu|napsal|napsala|podpis|pise|пише|пишу|пишет`,
  relation: `syn|syna|synovi|synem|synek|dcera|dceru|dcery|dcerou|dcerka|dcerku|manzel|manzela|manzelovi|manzelem|manzelka|manzelku|manzelky|manzelkou|zena|zenu|mama|mamu|mamy|mamka|mamku|maminka|maminku|tata|tatu|tatinek|tatinka|bratr|bratra|bratrem|bratrovi|bracha|brachu|sestra|sestru|sestry|sestrou|babicka|babicku|babicky|deda|dedu|dedecek|dedecka|vnuk|vnuka|vnucka|vnucku|teta|tetu|tety|tetou|stryc|strejda|strejdu|soused|souseda|sousedem|sousedovi|sousedka|sousedku|sousedky|sousedkou|kamarad|kamarada|kamaradem|kamaradka|kamaradku|kamaradkou|pritel|pritele|pritelkyne|druzka|partner|partnerka|reditel|reditelka|spravce|spravcova|starosta|chlap|kluk|holka|dcera|dcéra|dceru|dcéru|syn|son|daughter|wife|husband|mother|mum|mom|father|dad|brother|sister|friend|neighbour|neighbor|grandma|grandmother|grandpa|uncle|aunt|син|сина|сину|синові|донька|доньку|дочка|дочку|чоловік|чоловіка|дружина|дружину|жінка|мама|маму|мати|тато|батько|брат|брата|сестра|сестру|сусід|сусіда|сусідка|сусідку|подруга|подругу|друг|друга|бабуся|бабусю|дідусь|онук|онука|kamoska|kamos|kamoš|kamoška|frajer|frajerka`,
  closing: `s pozdravem|s pozdravom|se pozdravem|pozdravem|pozdravom|s uctou|s úctou|dekuji|dekuju|dekujem|dekujeme|dakujem|dakujeme|dakujem pekne|diky|dik|dikes|diky moc|zdravi|zdravim|zdravime|regards|best regards|kind regards|best|thanks|thank you|cheers|with thanks|з повагою|дякую|спасибо|dyakuyu|diakuiu|dyakuju|djakuju|dakuju|s laskou|mej se|mejte se|ahoj|cau|cus`,
};

export interface CueTable {
  /** first word -> cues starting with it, longest first, as word arrays */
  byFirst: Map<string, { kind: CueKind; words: string[] }[]>;
}

let table: CueTable | null = null;

export function cueTable(): CueTable {
  if (table) return table;
  const byFirst = new Map<string, { kind: CueKind; words: string[] }[]>();
  for (const [kind, list] of Object.entries(CUES) as [CueKind, string][]) {
    for (const phrase of list.split("|")) {
      const words = phrase.split(" ");
      const arr = byFirst.get(words[0]!) ?? [];
      arr.push({ kind, words });
      byFirst.set(words[0]!, arr);
    }
  }
  for (const arr of byFirst.values()) arr.sort((a, b) => b.words.length - a.words.length);
  return (table = { byFirst });
}

/** Lowercase words that may stand between a title and the name ("pan starosta Kocourek"). Folded prefixes. */
export const ROLE_PREFIX =
  /^(?:starost|primator|reditel|spravc|spravkyn|doktor|ucitel|soused|farar|policist|vedouc|tlumocn|socialn|pracovn|inzenyr|magistr|exekutor|majitel|pronajimatel|vratn|terenn|asistent|garant|mistostarost|radn|zastupitel|kolega|kolegyn|uredn|lekar|sestr|advokat|pravnik|kaplan|vychovatel|trener|mr\.|doctor|officer|manager|director|mayor|teacher|social|worker|лікар|директор|вчител|соціальн|працівн)/;

/** Words a closing may contain before the signature ("Děkuji za odpověď. Jana"). Folded. */
export const CLOSING_FILLER = new Set([
  "a", "i", "moc", "mockrat", "predem", "za", "odpoved", "odpovedi", "pomoc", "info", "informace", "informaci", "vam", "vsem",
  "you", "so", "much", "very", "and", "for", "your", "help", "in", "advance", "za", "vasu", "vasi", "radu", "pozornost", "cas",
  "diky", "dekuji", "dekuju", "pozdravem", "s", "hezky", "den", "vecer", "pekny", "krasny", "za", "vse", "всім", "за", "допомогу", "відповідь",
  "заранее", "наперед", "велике", "вам", "дуже", "i", "fajn", "super",
]);

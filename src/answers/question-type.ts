// What kind of answer a question asks for, from its question words: a time (kdy, when, коли),
// a place, a person, a number, a reason, or whether something is allowed (můžu, can, можна).
// An entry whose own wordings ask the same kind of question fits better than one that only
// shares the topic: "kdy se budeme stěhovat" and "Kdy se stěhujeme my?" against "Kdo nám
// pomůže se stěhováním?". The words are general language, cs/sk/en/uk/ru.
import { fold } from "./normalize.js";

const KINDS = {
  when: "kdy kedy when коли когда",
  where: "kde kam odkud kadiaľ where де куди звідки где куда откуда",
  who: "kdo koho komu kým kto who whom whose хто кого кому кто",
  howMany: "kolik koľko скільки сколько",
  why: "proč prečo nač why чому навіщо почему зачем",
  allowed:
    "můžu můžeme mohu může můžou můžete smím smíme smí lze môžem môžeme môže môžu can could allowed можу можемо можна може могу можно может",
} as const;

/** Question word, as written and folded -> its kind's bit. */
let TABLE: Map<string, number> | undefined;
function table(): Map<string, number> {
  if (TABLE) return TABLE;
  const t = new Map<string, number>();
  // Each word as written and without diacritics: a question's words are looked up as typed, never folded.
  Object.values(KINDS).forEach((list, i) => { for (const w of list.split(" ")) { t.set(w, 1 << i); t.set(fold(w), 1 << i); } });
  return (TABLE = t);
}
const HOW_MANY = 1 << Object.keys(KINDS).indexOf("howMany");

/**
 * The kinds of question a text's words (lower-cased, from `words()`) ask, as a bit mask (0: none).
 * "how many" and "how much" ask for a number.
 */
export function questionKinds(list: readonly string[]): number {
  const t = table();
  let mask = 0;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    const kind = t.get(w);
    if (kind !== undefined) mask |= kind;
    else if (w === "how" && (list[i + 1] === "many" || list[i + 1] === "much")) mask |= HOW_MANY;
  }
  return mask;
}

// How common a word is in everyday Czech, for the words the knowledge does not
// know. An unknown word in a question is either the topic the knowledge lacks
// ("kdy je otevřená pošta") or everyday talk around a topic it has ("nevím kam
// půjdem"). Everyday words (nevím, dneska, vzít) are far more likely the second,
// so they weigh less; rare ones (pošta, občanka) keep their whole weight.
//
// The ranks come from the frequency-ordered Czech word list of the zxcvbn-ts
// password checker (film subtitles, with and without diacritics; MIT).
import { dictionary } from "@zxcvbn-ts/language-cs";
import { fold } from "./normalize.js";

/** From this rank down (less common), an unknown word keeps its whole weight. */
export const RARE_RANK = 10_000;
/** Up to this rank (the most common words), an unknown word keeps only `EVERYDAY_FLOOR` of its weight. */
const COMMON_RANK = 100;
const EVERYDAY_FLOOR = 0.3;

let ranks: Map<string, number> | null = null;

/** Folded word -> its rank in the list (1 = most common); only the first RARE_RANK words. Built on first use. */
function rankTable(): Map<string, number> {
  if (ranks) return ranks;
  const table = new Map<string, number>();
  const list = dictionary.commonWords;
  for (let i = 0; i < list.length && i < RARE_RANK; i++) {
    const w = fold(list[i]!.toLowerCase());
    if (!table.has(w)) table.set(w, i + 1);
  }
  ranks = table;
  return table;
}

/** The rank of a folded word among everyday Czech words, or undefined when it is not among the RARE_RANK most common. */
export function everydayRank(word: string): number | undefined {
  return rankTable().get(word);
}

/**
 * The share of its weight an unknown (folded) word keeps: EVERYDAY_FLOOR for the
 * COMMON_RANK most common words, rising with the log of the rank to 1 at RARE_RANK.
 */
export function unknownWordShare(word: string): number {
  const r = everydayRank(word);
  if (r === undefined) return 1;
  const x = (Math.log10(Math.max(r, COMMON_RANK)) - Math.log10(COMMON_RANK)) / (Math.log10(RARE_RANK) - Math.log10(COMMON_RANK));
  return EVERYDAY_FLOOR + (1 - EVERYDAY_FLOOR) * Math.min(1, x);
}

// Lookups for query words the index does not hold as they are: document words
// one typo away (through their one-letter deletions), and stems that begin with
// a query stem (binary search over the sorted stems).

/** A deletion variant of a document word -> a word id (chained through `next`). */
export interface TypoTable { head: Map<string, number>; next: Int32Array; word: Int32Array }

/** Typo tolerance: every document word of 4+ letters under each of its one-letter deletions. */
export function typoTable(words: readonly string[]): TypoTable {
  const head = new Map<string, number>();
  const chainNext: number[] = [];
  const chainWord: number[] = [];
  words.forEach((w, wi) => {
    for (let i = -1; i < w.length; i++) {
      const d = i < 0 ? w : w.slice(0, i) + w.slice(i + 1);
      const h = head.get(d);
      if (h !== undefined && chainWord[h] === wi) continue; // a double letter gives the same variant twice
      chainNext.push(h ?? -1);
      chainWord.push(wi);
      head.set(d, chainWord.length - 1);
    }
  });
  return { head, next: Int32Array.from(chainNext), word: Int32Array.from(chainWord) };
}

/** Index of the first string in a sorted list that is >= key. */
export function lowerBound(list: readonly string[], key: string): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! < key) lo = mid + 1; else hi = mid; }
  return lo;
}

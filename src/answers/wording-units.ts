// The wordings of the entries (titles, claims, alternative questions) as flat
// integer lists, grouped by entry, for the wording-fit check of the few best
// entries of a question (score.ts).
import type { Term } from "./analyze.js";

/** A wording: its entry, its terms, its feature ids, and for each feature the position of its word in the wording. */
export interface WordingUnit { entry: number; terms: Term[]; feats: number[]; pos: number[] }

export interface PackedUnits {
  /** Per unit: its entry, the summed weight of its distinct stems, its feature ids (CSR) and their word positions (same CSR). */
  unitEntry: Int32Array; unitWeight: Float64Array; unitStart: Int32Array; unitFeatures: Int32Array; unitPositions: Int32Array;
  /** entry -> its units (CSR). */
  entryUnitStart: Int32Array; entryUnits: Int32Array;
}

/** Sorts the units by entry (in place) and packs them; a unit's weight sums `weightOf` over its distinct stems. */
export function packUnits(units: WordingUnit[], entryCount: number, weightOf: (t: Term) => number): PackedUnits {
  units.sort((a, b) => a.entry - b.entry);
  const unitEntry = new Int32Array(units.length);
  const unitWeight = new Float64Array(units.length);
  const unitStart = new Int32Array(units.length + 1);
  const unitFeatures = new Int32Array(units.reduce((s, u) => s + u.feats.length, 0));
  const unitPositions = new Int32Array(unitFeatures.length);
  const entryUnitStart = new Int32Array(entryCount + 1);
  let at = 0;
  units.forEach((u, i) => {
    unitEntry[i] = u.entry;
    entryUnitStart[u.entry + 1]!++;
    unitStart[i] = at;
    u.feats.forEach((f, j) => { unitPositions[at] = u.pos[j]!; unitFeatures[at++] = f; });
    const counted = new Set<string>();
    let weight = 0;
    for (const t of u.terms) {
      if (counted.has(t.primary)) continue;
      counted.add(t.primary);
      weight += weightOf(t);
    }
    unitWeight[i] = weight;
  });
  unitStart[units.length] = at;
  for (let e = 0; e < entryCount; e++) entryUnitStart[e + 1] = entryUnitStart[e + 1]! + entryUnitStart[e]!;
  return { unitEntry, unitWeight, unitStart, unitFeatures, unitPositions, entryUnitStart, entryUnits: Int32Array.from(units.keys()) };
}

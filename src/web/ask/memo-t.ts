// i18next's t() copies its whole options object on every call (30-80 µs
// here); a page calls it dozens of times. A string with the same key and the
// same simple options (counts, minutes, dates) is the same string while
// running, so it is looked up once per language. Bounded: past the cap the
// memo stops growing and calls go straight to i18next.
import type { TFunction } from "i18next";

const MAX_ENTRIES = 5000;

function memoKey(key: unknown, rest: unknown[]): string | null {
  if (typeof key !== "string") return null;
  if (rest.length === 0) return key;
  const opts = rest[0];
  if (rest.length > 1 || !opts || typeof opts !== "object") return null;
  for (const v of Object.values(opts)) if (v !== null && typeof v === "object") return null;
  return `${key}\u0000${JSON.stringify(opts)}`;
}

export function memoTranslations(): (lang: string, t: TFunction) => TFunction {
  const caches = new Map<string, Map<string, string>>();
  return (lang, t) => {
    let cache = caches.get(lang);
    if (!cache) caches.set(lang, (cache = new Map()));
    const call = t as unknown as (...a: unknown[]) => string;
    const memo = (key: unknown, ...rest: unknown[]) => {
      const k = memoKey(key, rest);
      if (k === null) return call(key, ...rest);
      let hit = cache.get(k);
      if (hit === undefined) {
        hit = call(key, ...rest);
        if (cache.size < MAX_ENTRIES) cache.set(k, hit);
      }
      return hit;
    };
    return memo as unknown as TFunction;
  };
}

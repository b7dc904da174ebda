// i18next's t() copies its whole options object on every call (~50 µs here);
// a page calls it dozens of times. Plain strings (no interpolation options)
// never change while running, so they are looked up once per language.
import type { TFunction } from "i18next";

const MAX_ENTRIES = 2000;

export function memoTranslations(): (lang: string, t: TFunction) => TFunction {
  const caches = new Map<string, Map<string, string>>();
  return (lang, t) => {
    let cache = caches.get(lang);
    if (!cache) caches.set(lang, (cache = new Map()));
    const memo = (key: unknown, ...rest: unknown[]) => {
      if (rest.length || typeof key !== "string") return (t as unknown as (...a: unknown[]) => string)(key, ...rest);
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = t(key) as string;
        if (cache.size < MAX_ENTRIES) cache.set(key, hit);
      }
      return hit;
    };
    return memo as unknown as TFunction;
  };
}

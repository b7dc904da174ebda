// /faq otazka autocomplete: as the person types, the answer engine's best
// entries, shown by their headline. A chosen suggestion's value is the
// entry's action ("e:<id>"), so picking it opens exactly that entry.
import { headline, pickEntry } from "../../content/pick.js";
import type { AppDeps } from "../../deps.js";
import { uiLanguageFor } from "../../i18n.js";

export const MAX_CHOICES = 10;

export function autocompleteChoices(deps: AppDeps, typed: string, locale: string | undefined): { name: string; value: string }[] {
  const lang = uiLanguageFor(locale?.slice(0, 2));
  const { kb, engine } = deps.knowledge.current();
  const text = typed.trim().slice(0, 200);
  let ids: string[];
  if (text.length < 2) {
    // Nothing typed yet: the first FAQ entries, so the list is never empty.
    ids = [...new Set(kb.entries.filter((e) => e.collection === "faq").map((e) => e.id))];
  } else {
    const r = engine.match(text, /[\u0400-\u04FF]/.test(text) ? "uk" : lang);
    ids = [...new Set([r.id, ...r.suggestions].filter((x): x is string => !!x))];
  }
  return ids.slice(0, MAX_CHOICES).flatMap((id) => {
    const picked = pickEntry(kb, id, lang);
    if (!picked) return [];
    const name = headline(picked.entry).replace(/\s+/g, " ").trim();
    return [{ name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value: `e:${id}`.slice(0, 100) }];
  });
}

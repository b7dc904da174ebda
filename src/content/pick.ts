// Picks the version of an entry a person should see: their language if it
// exists, else Czech (the source), saying which happened.
import type { Entry, KnowledgeBase } from "./types.js";

export interface Picked<E extends Entry = Entry> {
  entry: E;
  /** True when the person's language was missing and Czech is shown instead. */
  fallback: boolean;
}

export function pickEntry(kb: KnowledgeBase, id: string, lang: string): Picked | null {
  const langs = kb.byId.get(id);
  if (!langs) return null;
  const own = langs.get(lang);
  if (own) return { entry: own, fallback: false };
  const cs = langs.get("cs") ?? [...langs.values()][0];
  return cs ? { entry: cs, fallback: lang !== cs.lang } : null;
}

/** The question as shown to people: an FAQ's title or a rumour's claim. */
export function headline(e: Entry): string {
  return e.collection === "faq" ? e.title : e.claim;
}

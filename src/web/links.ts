// Where each kind of thing lives on the site.
import type { Entry } from "../content/types.js";

export function entryHref(e: Pick<Entry, "collection" | "slug">): string {
  return e.collection === "faq" ? `/faq/${e.slug}` : `/myty/${e.slug}`;
}

export function askHref(q?: string): string {
  return q ? `/ask?q=${encodeURIComponent(q)}` : "/ask";
}

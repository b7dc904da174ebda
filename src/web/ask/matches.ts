// "Možná hledáte…": vetted entries the answer engine finds for the question,
// shown before anything is sent, with a link and a short plain excerpt.
import { headline, pickEntry } from "../../content/pick.js";
import type { Entry } from "../../content/types.js";
import type { Knowledge } from "../../knowledge.js";

export interface Match {
  href: string;
  title: string;
  excerpt: string;
  /** Czech shown because the entry has no version in the reader's language. */
  fallback: boolean;
}

const MAX_MATCHES = 3;
const EXCERPT_CHARS = 180;

/** The website's page for an entry (FAQ pages and rumour pages). */
export function entryHref(e: Entry): string {
  return e.collection === "faq" ? `/faq/${e.slug}` : `/myty/${e.slug}`;
}

/** Markdown to one line of plain text, cut at a word boundary. */
export function excerpt(markdown: string, max = EXCERPT_CHARS): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/**
 * The sentences of a longer message that ask something: people often write
 * some context first ("Mám dvě děti…"), which dilutes a match on the whole text.
 */
export function questionSentences(text: string, max = 3): string[] {
  const sentences = text.split(/(?<=[?!.])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length >= 8);
  return sentences.filter((s) => s.includes("?")).slice(0, max);
}

/** Entries worth showing: only when the engine is fairly sure (answer or suggest), never on a bare guess. */
export function findMatches(knowledge: Knowledge, text: string, lang: string, uiLang: string): Match[] {
  const ids: string[] = [];
  const candidates = [text, ...questionSentences(text)].filter((q, i, all) => all.indexOf(q) === i);
  for (const q of candidates) {
    const result = knowledge.engine.match(q, lang);
    if (result.decision === "forward" || !result.id) continue;
    for (const id of [result.id, ...result.suggestions]) if (!ids.includes(id)) ids.push(id);
  }
  const out: Match[] = [];
  for (const id of ids.slice(0, MAX_MATCHES)) {
    const picked = pickEntry(knowledge.kb, id, uiLang);
    if (!picked) continue;
    out.push({ href: entryHref(picked.entry), title: headline(picked.entry), excerpt: excerpt(picked.entry.body), fallback: picked.fallback });
  }
  return out;
}

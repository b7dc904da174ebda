// A question the garant answered with a FAQ entry is, in the asker's own words, another way to ask
// that entry: added to the entry's `questions`, the answer engine meets the next person who asks so.
// It goes in as a draft revision of the entry's file in the question's language, and is published
// like any other edit (with REQUIRE_SECOND_APPROVAL, by someone else), so a person reads it first.
import { isMap, isSeq, parseDocument } from "yaml";
import { questionSentences } from "../../answers/focus.js";
import { fold } from "../../answers/normalize.js";
import type { AppDeps } from "../../deps.js";
import { checkText, normaliseNewlines } from "./model.js";

/** Longer messages are stories around a question, not a wording of it; the garant can still add one by hand. */
export const MAX_WORDING = 200;

export type WordingOutcome =
  | { added: true; path: string; rev: number }
  | { added: false; reason: "noFile" | "tooLong" | "duplicate" | "invalid" };

/**
 * The redacted question as one line of at most MAX_WORDING characters, or null when it is longer. Of a message
 * with context around its question ("mám tři děti a nic nevím. Kdy přijdeme na řadu?") only the sentences that
 * ask: the context would make the entry meet questions about other things.
 */
export function wordingOf(redacted: string): string | null {
  const line = (questionSentences(redacted) ?? redacted).replace(/\s+/g, " ").trim();
  return line && line.length <= MAX_WORDING ? line : null;
}

const same = (a: string) => fold(a).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * The file's text with `wording` appended to its frontmatter's `questions` (created when missing); the
 * rest of the frontmatter keeps its comments, order and quoting, and the body is left byte for byte.
 * A reason instead when the file has no frontmatter or already holds that wording (title included).
 */
export function withWording(text: string, wording: string): { text: string } | { reason: "duplicate" | "invalid" } {
  const src = text.replace(/\r\n?/g, "\n");
  const open = src.match(/^\uFEFF?---[ \t]*\n/);
  if (!open) return { reason: "invalid" };
  const close = /^---[ \t]*$/m;
  const rest = src.slice(open[0].length);
  const end = rest.search(close);
  if (end < 0) return { reason: "invalid" };
  const doc = parseDocument(rest.slice(0, end));
  if (doc.errors.length || !isMap(doc.contents)) return { reason: "invalid" };
  const list = doc.get("questions", true);
  const known = [doc.get("title"), ...(isSeq(list) ? (list.toJSON() as unknown[]) : [])];
  if (known.some((k) => typeof k === "string" && same(k) === same(wording))) return { reason: "duplicate" };
  if (list === undefined || list === null) doc.set("questions", doc.createNode([wording]));
  else if (isSeq(list)) list.add(doc.createNode(wording));
  else return { reason: "invalid" };
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return { text: normaliseNewlines(`${open[0]}${yaml}${rest.slice(end)}`, text) };
}

/**
 * Saves the draft that adds a question's wording to a FAQ entry's file in the question's language, when
 * that file exists and the result passes the loader's check; audited as a content draft.
 */
export async function proposeWording(
  deps: AppDeps,
  input: { slug: string; lang: string; redacted: string; questionId: string; staffId: string },
): Promise<WordingOutcome> {
  const wording = wordingOf(input.redacted);
  if (!wording) return { added: false, reason: "tooLong" };
  const path = `faq/${input.slug}.${input.lang}.md`;
  const item = await deps.store.contentItems.get(path);
  if (!item?.publishedText) return { added: false, reason: "noFile" };
  const edited = withWording(item.publishedText, wording);
  if ("reason" in edited) return { added: false, reason: edited.reason };
  if ((await checkText(deps, path, edited.text)).own.length) return { added: false, reason: "invalid" };
  const rev = await deps.store.contentItems.saveDraft({ path, text: edited.text, createdBy: input.staffId });
  await deps.store.audit.add({ staffId: input.staffId, action: "content.draft", target: `${path}#${rev}`, detail: { wordingFromQuestion: input.questionId } });
  return { added: true, path, rev };
}

// Small knowledge-base entries for the engine's tests.
import type { Entry } from "../../src/content/types.js";

export function faq(slug: string, title: string, questions: string[], body: string, lang = "cs"): Entry {
  return { id: `faq/${slug}`, collection: "faq", slug, lang, title, questions, body, audience: ["public"], tags: [], verified: "2026-11-01", verifiedBy: "O", machineTranslated: false, file: `faq/${slug}.${lang}.md` };
}

// What the content pages need besides the repo: which collection a path is
// in, validating a text among the published ones (the loader's own problems),
// the URL key of a path, and publishing with the knowledge swap.
import { loadContent, type LoadResult } from "../../content/load.js";
import type { ContentProblem } from "../../content/types.js";
import type { AppDeps } from "../../deps.js";

export const COLLECTIONS = ["faq", "rumours", "updates", "timeline", "contacts", "meetings", "site", "other"] as const;
export type Collection = (typeof COLLECTIONS)[number];

export function collectionOf(path: string): Collection {
  const m = /^(faq|rumours|updates)\//.exec(path);
  if (m) return m[1] as Collection;
  const y = /^(timeline|contacts|meetings|site)\.ya?ml$/.exec(path);
  return y ? (y[1] as Collection) : "other";
}

/** faq/closure-date.cs.md → { dir: "faq", id: "closure-date", lang: "cs" }; null for YAML files. */
export function markdownParts(path: string): { dir: "faq" | "rumours" | "updates"; id: string; lang: string } | null {
  const m = /^(faq|rumours|updates)\/(.+)\.([^./]+)\.md$/.exec(path);
  return m ? { dir: m[1] as "faq", id: m[2]!, lang: m[3]! } : null;
}

/** Paths go into URLs as one segment: "/" becomes "~" (neither appears in content names otherwise). */
export const keyOf = (path: string) => path.replace(/\//g, "~");
export const pathOf = (key: string) => key.replace(/~/g, "/");
export const itemHref = (path: string) => `/staff/content/f/${keyOf(path)}`;
export const revHref = (path: string, rev: number) => `${itemHref(path)}/r/${rev}`;

export interface Checked extends LoadResult {
  /** The problems that concern this file. */
  own: ContentProblem[];
}

/** Loads the published content with `text` in place of `path`: exactly what publishing it would give. */
export async function checkText(deps: AppDeps, path: string, text: string): Promise<Checked> {
  const files = (await deps.store.contentItems.publishedFiles()).filter((f) => f.path !== path);
  files.push({ path, text });
  const result = loadContent(files);
  return { ...result, own: result.problems.filter((p) => p.file === path) };
}

/**
 * Publishes a waiting revision and swaps the rebuilt knowledge in, so the
 * website and bots answer from it at once. False when it was not waiting.
 */
export async function publishRevision(deps: AppDeps, path: string, rev: number, approvedBy: string): Promise<boolean> {
  if (!(await deps.store.contentItems.publish(path, rev, approvedBy))) return false;
  await deps.knowledge.reload?.();
  return true;
}

/** Newlines as the published file has them: browsers send a textarea with CRLF. */
export function normaliseNewlines(text: string, like: string | null): string {
  return like?.includes("\r\n") ? text.replace(/\r?\n/g, "\r\n") : text.replace(/\r\n/g, "\n");
}

/** Today in Prague as YYYY-MM-DD (the default verified date). */
export function pragueToday(ms: number): string {
  return new Date(ms).toLocaleDateString("sv-SE", { timeZone: "Europe/Prague" });
}

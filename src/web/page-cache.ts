// Pages that depend only on the knowledge base, the language and the URL are
// rendered once and kept with that knowledge base (a reload replaces it, so
// the cache goes with it). Anything reading the database or the clock is not
// cached. Bounded: odd query strings cannot grow it without limit.
import type { Context, Handler } from "hono";
import type { KnowledgeSource } from "../knowledge.js";
import type { WebEnv } from "./lang.js";

const MAX_PAGES = 500;
const caches = new WeakMap<object, Map<string, string>>();

/**
 * `version`, when given, names everything else the page shows (the newest
 * published updates, the current minute): a new version is a new page.
 */
export function cachedPage(
  knowledge: KnowledgeSource,
  render: (c: Context<WebEnv>) => Response | Promise<Response>,
  version?: (c: Context<WebEnv>) => string | Promise<string>,
): Handler<WebEnv> {
  return async (c) => {
    const kb = knowledge.current().kb;
    let cache = caches.get(kb);
    if (!cache) caches.set(kb, (cache = new Map()));
    const key = `${version ? await version(c) : ""}|${c.get("lang")}|${c.req.url}`;
    const hit = cache.get(key);
    if (hit !== undefined) return c.html(hit);
    const res = await render(c);
    if (res.status !== 200 || !res.headers.get("content-type")?.startsWith("text/html")) return res;
    const html = await res.text();
    if (cache.size >= MAX_PAGES) cache.clear();
    cache.set(key, html);
    return new Response(html, res);
  };
}

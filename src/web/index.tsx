// The public website: a sub-app mounted at "/" by createApp. Server-rendered
// Hono JSX, no JavaScript needed. The question form (src/web/ask) mounts
// separately and uses the same layout.
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { SITE_CSS, SITE_CSS_HASH } from "./assets/site-css.js";
import { languageMiddleware, type WebEnv } from "./lang.js";
import { notFoundPage } from "./pages/not-found.js";

/** HTML varies by language (query, cookie, Accept-Language): private, short. */
export const HTML_CACHE = "private, max-age=60";

export function createWebsite(deps: AppDeps): Hono<WebEnv> {
  const web = new Hono<WebEnv>();
  web.use("*", languageMiddleware(deps.i18n));

  // Hono's plain "404 Not Found" for a page request becomes the site's 404 page;
  // 404s other parts answer on purpose (JSON, their own pages) pass untouched.
  web.use("*", async (c, next) => {
    await next();
    if (c.res.status !== 404 || (c.req.method !== "GET" && c.req.method !== "HEAD")) return;
    if (!c.res.headers.get("content-type")?.startsWith("text/plain")) return;
    if ((await c.res.clone().text()) !== "404 Not Found") return;
    c.res = await notFoundPage(c);
  });

  web.get("/static/:file", (c) => {
    const file = c.req.param("file");
    if (file !== "site.css" && file !== `site.${SITE_CSS_HASH}.css`) return notFoundPage(c);
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", file === "site.css" ? "public, max-age=3600" : "public, max-age=31536000, immutable");
    return c.body(SITE_CSS);
  });

  web.use("*", async (c, next) => {
    await next();
    if (c.res.headers.get("content-type")?.startsWith("text/html") && !c.res.headers.has("cache-control")) {
      c.header("Cache-Control", HTML_CACHE);
      c.header("Vary", "Accept-Language, Cookie");
    }
  });

  return web;
}

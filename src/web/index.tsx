// The public website: a sub-app mounted at "/" by createApp. Server-rendered
// Hono JSX, no JavaScript needed. The question form (src/web/ask) mounts
// separately and uses the same layout.
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { SITE_CSS, SITE_CSS_HASH } from "./assets/site-css.js";
import { languageMiddleware, type WebEnv } from "./lang.js";
import { newsAtom, meetingsIcal } from "./feeds.js";
import { faqEntry, faqList } from "./pages/faq.js";
import { pragueNow } from "./data.js";
import { HOME_NEWS, homePage } from "./pages/home.js";
import { contactsPage, meetingsPage, timelinePage } from "./pages/info.js";
import { leafletPage } from "./pages/leaflet.js";
import { notFoundPage } from "./pages/not-found.js";
import { rumourList, rumourPage } from "./pages/rumours.js";
import { loadNews, newsVersion, updatePage, updatesList } from "./pages/updates.js";
import { cachedPage } from "./page-cache.js";
import { publicOrigin } from "./urls.js";

/** HTML varies by language (query, cookie, Accept-Language): private, short. */
export const HTML_CACHE = "private, max-age=60";
const OWN_PAGES = /^\/(faq|myty|rumours|casova-osa|kontakty|setkani|novinky|letak)?(\/|$)/;

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

  // Only this site's own pages: other parts (the form, the staff console) decide their own caching.
  web.use("*", async (c, next) => {
    await next();
    if (!OWN_PAGES.test(c.req.path)) return;
    if (c.res.headers.get("content-type")?.startsWith("text/html") && !c.res.headers.has("cache-control")) {
      c.header("Cache-Control", HTML_CACHE);
      c.header("Vary", "Accept-Language, Cookie");
    }
  });

  web.get("/favicon.ico", (c) => {
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(null, 204);
  });

  // The minute matters to the meetings list (a meeting that has started moves to "past").
  const minute = () => pragueNow(deps.clock()).slice(0, 16);
  web.get("/", cachedPage(deps.knowledge, (c) => homePage(c, deps), async () => `${await newsVersion(deps, HOME_NEWS)}|${minute()}`));
  // A search depends on the question: rendered each time; the plain list is kept.
  const faqCached = cachedPage(deps.knowledge, (c) => faqList(c, deps));
  web.get("/faq", (c, next) => (c.req.query("q") ? faqList(c, deps) : faqCached(c, next)));
  web.get("/faq/:id", cachedPage(deps.knowledge, (c) => faqEntry(c, deps)));
  web.get("/myty", cachedPage(deps.knowledge, (c) => rumourList(c, deps)));
  web.get("/myty/:id", cachedPage(deps.knowledge, (c) => rumourPage(c, deps)));
  web.get("/rumours", cachedPage(deps.knowledge, (c) => rumourList(c, deps)));
  web.get("/rumours/:id", cachedPage(deps.knowledge, (c) => rumourPage(c, deps)));
  web.get("/casova-osa", cachedPage(deps.knowledge, (c) => timelinePage(c, deps)));
  web.get("/kontakty", cachedPage(deps.knowledge, (c) => contactsPage(c, deps)));
  web.get("/setkani", cachedPage(deps.knowledge, (c) => meetingsPage(c, deps), minute));
  web.get("/novinky", cachedPage(deps.knowledge, (c) => updatesList(c, deps), () => newsVersion(deps)));
  web.get("/novinky/:id", (c) => updatePage(c, deps));
  web.get("/letak", (c) => leafletPage(c, deps));

  web.get("/setkani.ics", (c) => {
    const t = c.get("t");
    const body = meetingsIcal({
      meetings: deps.knowledge.current().kb.meetings,
      lang: c.get("lang"),
      origin: publicOrigin(c, deps.config.PUBLIC_URL),
      name: t("web:meetings.title"),
      now: deps.clock(),
    });
    c.header("Content-Type", "text/calendar; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    c.header("Vary", "Accept-Language, Cookie");
    return c.body(body);
  });

  web.get("/novinky.atom", async (c) => {
    const t = c.get("t");
    const body = newsAtom({
      items: (await loadNews(c, deps)).slice(0, 20),
      lang: c.get("lang"),
      origin: publicOrigin(c, deps.config.PUBLIC_URL),
      title: t("web:updates.title"),
      description: t("web:updates.description"),
      now: deps.clock(),
    });
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    c.header("Cache-Control", "public, max-age=300");
    c.header("Vary", "Accept-Language, Cookie");
    return c.body(body);
  });

  return web;
}

// The website's language: ?lang= (which also sets the cookie), else the
// cookie, else Accept-Language, else Czech.
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { i18n, TFunction } from "i18next";
import { isUiLanguage, type UiLanguage } from "../i18n.js";

export const LANG_COOKIE = "lang";

export type WebEnv = { Variables: { lang: UiLanguage; t: TFunction; nonce?: string } };

export function pickLanguage(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): UiLanguage {
  if (isUiLanguage(query)) return query;
  if (isUiLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: (tag ?? "").toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.lang && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (isUiLanguage(lang)) return lang;
    if (lang === "sk") return "cs"; // Slovak readers read Czech
    if (lang === "ru") return "uk"; // a Russian-set phone is likelier a Ukrainian tenant than a Czech one
  }
  return "cs";
}

export function languageMiddleware(i18next: i18n): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const query = c.req.query("lang");
    const lang = pickLanguage(query, getCookie(c, LANG_COOKIE), c.req.header("accept-language"));
    if (isUiLanguage(query)) {
      setCookie(c, LANG_COOKIE, query, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "Lax", httpOnly: true });
    }
    c.set("lang", lang);
    c.set("t", i18next.getFixedT(lang));
    await next();
  };
}

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

/**
 * i18next's t() costs tens of microseconds a call and a page makes a hundred;
 * calls without options (most of them) are remembered per language. Strings
 * are bundled at build time, so they never change while the process runs.
 */
const fastT = new WeakMap<i18n, Map<UiLanguage, TFunction>>();

export function cachedT(i18next: i18n, lang: UiLanguage): TFunction {
  let perLang = fastT.get(i18next);
  if (!perLang) fastT.set(i18next, (perLang = new Map()));
  const hit = perLang.get(lang);
  if (hit) return hit;
  const t = i18next.getFixedT(lang);
  const memo = new Map<string, string>();
  const wrapped = ((key: unknown, ...rest: unknown[]) => {
    if (typeof key !== "string" || rest.length) return (t as unknown as (...a: unknown[]) => string)(key, ...rest);
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = t(key)));
    return value;
  }) as unknown as TFunction;
  perLang.set(lang, wrapped);
  return wrapped;
}

export function languageMiddleware(i18next: i18n): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const query = c.req.query("lang");
    const lang = pickLanguage(query, getCookie(c, LANG_COOKIE), c.req.header("accept-language"));
    if (isUiLanguage(query)) {
      setCookie(c, LANG_COOKIE, query, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "Lax", httpOnly: true });
    }
    c.set("lang", lang);
    c.set("t", cachedT(i18next, lang));
    await next();
  };
}

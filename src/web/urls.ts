// Small helpers for links the website renders.
import type { Context } from "hono";
import type { UiLanguage } from "../i18n.js";
import type { WebEnv } from "./lang.js";

/** The current path and query with `lang` replaced: the language switch keeps the page (and a search). */
export function withLang(c: Context<WebEnv>, lang: UiLanguage): string {
  const url = new URL(c.req.url);
  url.searchParams.set("lang", lang);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** Where the site lives publicly: PUBLIC_URL, else the origin of the request. */
export function publicOrigin(c: Context<WebEnv>, publicUrl: string | undefined): string {
  return publicUrl ?? new URL(c.req.url).origin;
}

/** The path part of a route the nav item stands for is "current" on itself and below it. */
export function isCurrent(path: string, href: string): boolean {
  if (href === "/") return path === "/";
  return path === href || path.startsWith(`${href}/`);
}

// The page frame every public page uses (the question form too): doctype,
// language, stylesheet, header with the site name, main menu and language
// switch, a skip link to <main id="main">, and the footer. No inline script
// or style anywhere (CSP: script-src 'self', style-src 'self').
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { UI_LANGUAGES } from "../i18n.js";
import { SITE_CSS_PATH } from "./assets/site-css.js";
import type { WebEnv } from "./lang.js";
import { isCurrent, withLang } from "./urls.js";

export interface PageProps {
  c: Context<WebEnv>;
  title: string;
  description?: string;
  children: Child;
  noindex?: boolean;
  /** Extra elements for <head> (JSON-LD, feed links). */
  head?: Child;
  /** A class on <body>, e.g. for the print leaflet. */
  bodyClass?: string;
}

export const NAV = [
  { href: "/", key: "web:nav.home" },
  { href: "/faq", key: "web:nav.faq" },
  { href: "/myty", key: "web:nav.rumours" },
  { href: "/casova-osa", key: "web:nav.timeline" },
  { href: "/kontakty", key: "web:nav.contacts" },
  { href: "/setkani", key: "web:nav.meetings" },
  { href: "/novinky", key: "web:nav.updates" },
  { href: "/ask", key: "web:nav.ask" },
] as const;

export function Page(props: PageProps) {
  const { c } = props;
  const t = c.get("t");
  const lang = c.get("lang");
  const path = new URL(c.req.url).pathname;
  const siteName = t("web:site.name");
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} – ${siteName}`}</title>
          {props.description ? <meta name="description" content={props.description} /> : null}
          {props.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
          <link rel="stylesheet" href={SITE_CSS_PATH} />
          <link rel="alternate" type="application/atom+xml" href={`/novinky.atom?lang=${lang}`} title={t("web:nav.updates")} />
          {props.head ?? null}
        </head>
        <body class={props.bodyClass}>
          <a class="skip" href="#main">{t("web:site.skip")}</a>
          <header class="site-head">
            <div class="wrap brand">
              <a class="brand-name" href="/">
                <span>
                  {siteName}
                  <small>{t("web:site.tagline")}</small>
                </span>
              </a>
              <nav aria-label={t("web:site.langLabel")}>
                <ul class="langs">
                  {UI_LANGUAGES.map((l) => (
                    <li>
                      <a href={withLang(c, l)} hreflang={l} lang={l} aria-current={l === lang ? "true" : undefined}>
                        {l.toUpperCase()}
                        <span class="sr-only">{` ${t(`web:lang.${l}`)}`}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
            <nav class="menu" aria-label={t("web:site.menuLabel")}>
              <ul class="wrap">
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} class={item.href === "/ask" ? "ask" : undefined} aria-current={isCurrent(path, item.href) ? "page" : undefined}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" tabindex={-1}>
            <div class="wrap">{props.children}</div>
          </main>
          <footer class="site-foot">
            <div class="wrap">
              <p><strong>{t("web:site.footerEmergency")}</strong></p>
              <p>{t("web:site.footerAbout")}</p>
              <p>
                <a href="/letak">{t("web:site.footerPrint")}</a>
                {" · "}
                <a href="/novinky.atom">Atom</a>
                {" · "}
                <a href="/setkani.ics">iCal</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

// The console's page frame: header with the sections the user's role may
// open, who is signed in and a logout button. No inline script or style.
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { UI_LANGUAGES } from "../i18n.js";
import type { StaffRole } from "../store/index.js";
import type { StaffEnv } from "./env.js";
import { STAFF_CSS_PATH, STAFF_JS_PATH } from "./static.js";

const NAV: { href: string; key: string; roles: readonly StaffRole[] }[] = [
  { href: "/staff/inbox", key: "staff:nav.inbox", roles: ["garant", "admin"] },
  { href: "/staff/updates", key: "staff:nav.updates", roles: ["editor", "garant", "admin"] },
  { href: "/staff/content", key: "staff:content.nav", roles: ["editor", "garant", "admin"] },
  { href: "/staff/stats", key: "staff:nav.stats", roles: ["editor", "garant", "admin"] },
  { href: "/staff/users", key: "staff:nav.users", roles: ["admin"] },
  { href: "/staff/audit", key: "staff:nav.audit", roles: ["admin"] },
];

export interface StaffPageProps {
  c: Context<StaffEnv>;
  title: string;
  children: Child;
  /** Seconds; the page reloads itself (delivery progress). */
  refresh?: number;
  script?: boolean;
}

/** The same page in another language (the ?lang= switch also sets the cookie). */
function langHref(c: Context<StaffEnv>, lang: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set("lang", lang);
  url.searchParams.delete("done");
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** Hidden CSRF field for every form. */
export function Csrf({ c }: { c: Context<StaffEnv> }) {
  return <input type="hidden" name="_csrf" value={c.get("session").csrfSecret} />;
}

export function StaffPage({ c, title, children, refresh, script }: StaffPageProps) {
  const t = c.get("t");
  const session = c.var.session as StaffEnv["Variables"]["session"] | undefined;
  const path = new URL(c.req.url).pathname;
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={c.get("lang")}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          {refresh ? <meta http-equiv="refresh" content={String(refresh)} /> : null}
          <title>{`${title} – ${t("staff:title")}`}</title>
          <link rel="stylesheet" href={STAFF_CSS_PATH} />
          {script ? <script src={STAFF_JS_PATH} defer></script> : null}
        </head>
        <body>
          <a class="skip" href="#main">{t("staff:nav.skip")}</a>
          <header class="top">
            <strong>{t("staff:title")}</strong>
            {session ? (
              <>
                <nav aria-label={t("staff:nav.label")}>
                  <ul>
                    {NAV.filter((n) => n.roles.includes(session.user.role)).map((n) => (
                      <li>
                        <a href={n.href} aria-current={path === n.href || path.startsWith(`${n.href}/`) ? "page" : undefined}>{t(n.key)}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
                <ul class="langs" aria-label={t("staff:nav.language")}>
                  {UI_LANGUAGES.map((l) => (
                    <li><a href={langHref(c, l)} hreflang={l} lang={l} aria-current={l === c.get("lang") ? "true" : undefined}>{l.toUpperCase()}</a></li>
                  ))}
                </ul>
                <div class="who">
                  <span>{`${session.user.email} (${t(`staff:roles.${session.user.role}`)})`}</span>
                  <form class="inline" method="post" action="/staff/logout">
                    <Csrf c={c} />
                    <button type="submit">{t("staff:nav.logout")}</button>
                  </form>
                </div>
              </>
            ) : null}
          </header>
          <main id="main">
            <h1>{title}</h1>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}

/** A short message after an action (?done=…), announced to screen readers. */
export function Done({ c }: { c: Context<StaffEnv> }) {
  const done = c.req.query("done");
  if (!done || !/^[a-zA-Z]+$/.test(done)) return null;
  return <p class="notice" role="status">{c.get("t")(`staff:done.${done}`)}</p>;
}

export function formatTime(ms: number | null, lang: string): string {
  if (ms === null) return "–";
  const locale = lang === "en" ? "en-GB" : lang === "uk" ? "uk-UA" : "cs-CZ";
  return new Date(ms).toLocaleString(locale, { timeZone: "Europe/Prague", dateStyle: "short", timeStyle: "short" });
}

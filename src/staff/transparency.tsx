// /prehled: the public overview of how the city answers. Aggregated figures
// only, and any count below 5 is shown as "fewer than 5" so that no small
// group (one house, one language) can be singled out.
import { Hono } from "hono";
import type { TFunction } from "i18next";
import type { AppDeps } from "../deps.js";
import { Page } from "../web/layout.js";
import { languageMiddleware, type WebEnv } from "../web/lang.js";
import { formatDuration, questionTotals, sumBy } from "./figures.js";

export const HIDE_BELOW = 5;

export function shownCount(n: number, t: TFunction): string {
  return n < HIDE_BELOW ? t("staff:overview.fewer", { min: HIDE_BELOW }) : String(n);
}

function Table({ caption, rows, t }: { caption: string; rows: [string, number][]; t: TFunction }) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, n]) => <tr><th scope="row">{label}</th><td>{shownCount(n, t)}</td></tr>)}
      </tbody>
    </table>
  );
}

export function createTransparencyPage(deps: AppDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use("*", languageMiddleware(deps.i18n));
  app.get("/", async (c) => {
    const t = c.get("t");
    const [q, status, subs, published] = await Promise.all([
      questionTotals(deps), deps.store.questions.countByStatus(), deps.store.subscriptions.countActive(),
      deps.store.updates.listPublished({ limit: 500 }),
    ]);
    const themes = [...q.byTheme.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]): [string, number] => [k === "–" ? t("staff:overview.noTheme") : k, n]);
    const subscribers = subs.reduce((a, r) => a + r.count, 0);
    c.header("Cache-Control", "public, max-age=300");
    return c.html(
      <Page c={c} title={t("staff:overview.title")} description={t("staff:overview.intro")}>
        <h1>{t("staff:overview.title")}</h1>
        <p>{t("staff:overview.intro")}</p>
        <Table t={t} caption={t("staff:overview.questions")} rows={[
          [t("staff:overview.asked"), q.total], [t("staff:overview.answered"), status.answered],
          [t("staff:overview.waiting"), status.new], [t("staff:overview.updates"), published.length],
        ]} />
        <p>{t("staff:overview.median")}: <strong>{q.times.answered < HIDE_BELOW ? t("staff:overview.tooFew") : formatDuration(q.times.medianMs)}</strong></p>
        {themes.length ? <Table t={t} caption={t("staff:overview.byTheme")} rows={themes} /> : null}
        <Table t={t} caption={t("staff:overview.subscribers")} rows={[[t("staff:overview.total"), subscribers],
          ...[...sumBy(subs, "channel").entries()].map(([k, n]): [string, number] => [t(`staff:channel.${k}`), n])]} />
        <Table t={t} caption={t("staff:overview.byAudience")} rows={[...sumBy(subs, "audience").entries()].map(([k, n]): [string, number] => [t(`staff:audience.${k}`), n])} />
        <Table t={t} caption={t("staff:overview.byLang")} rows={[...sumBy(subs, "lang").entries()].map(([k, n]): [string, number] => [k, n])} />
        <p class="muted">{t("staff:overview.privacy", { min: HIDE_BELOW })}</p>
      </Page>,
    );
  });
  return app;
}

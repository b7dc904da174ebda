// Statistics for the garant and the press officer: charts (SVG, no script)
// and the CSV of redacted questions for the monthly report.
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";
import { deliveryProgress } from "../delivery/publish.js";
import type { Question } from "../store/index.js";
import { StackedBars } from "./charts.js";
import { csvLine } from "./csv.js";
import type { StaffEnv } from "./env.js";
import { formatDuration, questionTotals, sumBy, weekThemeChart } from "./figures.js";
import { StaffPage } from "./layout.js";
import { pragueLocalToUtc } from "./prague-time.js";
import { answerers, everyone, type StaffRoute } from "./routes.js";

const DAY_MS = 86_400_000;

/** ?from=YYYY-MM-DD&to=YYYY-MM-DD (Prague days, `to` inclusive); default: the last 12 weeks. */
export function readRange(c: Context, now: number): { from: number; until: number; fromText: string; toText: string } {
  const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? pragueLocalToUtc(`${v}T00:00`) : null);
  const toDay = day(c.req.query("to"));
  const fromDay = day(c.req.query("from"));
  const until = toDay !== null ? toDay + DAY_MS : now + 1;
  const from = fromDay ?? until - 84 * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // Only validated dates are echoed (they end up in a header and a link).
  return { from, until, fromText: fromDay !== null ? c.req.query("from")! : iso(from), toText: toDay !== null ? c.req.query("to")! : iso(until - 1) };
}

async function statsPage(c: Context<StaffEnv>, deps: AppDeps) {
  const t = c.get("t");
  const range = readRange(c, deps.clock());
  const [q, feedback, subs, published, statusCounts] = await Promise.all([
    questionTotals(deps, { from: range.from, until: range.until }),
    deps.store.feedback.summary({ since: range.from, until: range.until }),
    deps.store.subscriptions.countActive(),
    deps.store.updates.listPublished({ limit: 10 }),
    deps.store.questions.countByStatus(),
  ]);
  const chart = weekThemeChart(q.rows, t("staff:stats.other"));
  const weekLabel = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const delivery = await Promise.all(published.map(async (u) => ({ u, p: await deliveryProgress(deps, u.id) })));
  // Delivery success per channel over the period: sent / not delivered / waiting.
  const perChannel = new Map<string, number[]>();
  for (const r of await deps.store.outbox.statusByChannel(range.from)) {
    const v = perChannel.get(r.channel) ?? [0, 0, 0];
    const i = r.status === "sent" ? 0 : r.status === "failed" || r.status === "blocked" ? 1 : r.status === "skipped" ? -1 : 2;
    if (i >= 0) v[i]! += r.count;
    perChannel.set(r.channel, v);
  }
  const subRows = (key: "channel" | "audience" | "lang", label: (k: string) => string) =>
    [...sumBy(subs, key).entries()].map(([k, n]) => ({ label: label(k), values: [n] }));
  const role = c.get("session").user.role;
  return c.html(
    <StaffPage c={c} title={t("staff:stats.title")}>
      <form method="get" action="/staff/stats" class="card row">
        <div><label for="from">{t("staff:stats.from")}</label><input type="text" inputmode="numeric" id="from" name="from" value={range.fromText} pattern="\d{4}-\d{2}-\d{2}" /></div>
        <div><label for="to">{t("staff:stats.to")}</label><input type="text" inputmode="numeric" id="to" name="to" value={range.toText} pattern="\d{4}-\d{2}-\d{2}" /></div>
        <div><button type="submit">{t("staff:stats.show")}</button></div>
        {role !== "editor" ? (
          <div><a href={`/staff/stats/questions.csv?from=${range.fromText}&to=${range.toText}`}>{t("staff:stats.csv")}</a></div>
        ) : null}
      </form>
      <div class="grid">
        <div class="card"><p>{t("staff:stats.questions")}</p><p class="figure" data-figure="questions">{q.total}</p></div>
        <div class="card"><p>{t("staff:stats.median")}</p><p class="figure" data-figure="median">{formatDuration(q.times.medianMs)}</p><p class="muted">{t("staff:stats.answeredCount", { count: q.times.answered })}</p></div>
        <div class="card"><p>{t("staff:stats.open")}</p><p class="figure">{statusCounts.new}</p></div>
      </div>
      <h2>{t("staff:stats.perWeek")}</h2>
      {chart.weeks.length ? (
        <StackedBars id="chart-weeks" title={t("staff:stats.perWeek")} series={chart.themes}
          rows={chart.weeks.map((w, i) => ({ label: weekLabel(w), values: chart.counts[i]! }))} />
      ) : <p>{t("staff:stats.none")}</p>}
      <h2>{t("staff:stats.feedback")}</h2>
      {feedback.length ? (
        <StackedBars id="chart-feedback" title={t("staff:stats.feedback")} series={[t("staff:stats.helpful"), t("staff:stats.notHelpful")]}
          rows={feedback.slice(0, 25).map((f) => ({ label: `${f.entryId} (${f.lang})`, values: [f.helpful, f.notHelpful] }))} />
      ) : <p>{t("staff:stats.none")}</p>}
      <h2>{t("staff:stats.subscribers")}</h2>
      {subs.length ? (
        <div class="grid">
          <StackedBars id="chart-sub-channel" title={t("staff:stats.byChannel")} series={[t("staff:stats.subscribers")]} rows={subRows("channel", (k) => t(`staff:channel.${k}`))} />
          <StackedBars id="chart-sub-audience" title={t("staff:stats.byAudience")} series={[t("staff:stats.subscribers")]} rows={subRows("audience", (k) => t(`staff:audience.${k}`))} />
          <StackedBars id="chart-sub-lang" title={t("staff:stats.byLang")} series={[t("staff:stats.subscribers")]} rows={subRows("lang", (k) => k)} />
        </div>
      ) : <p>{t("staff:stats.none")}</p>}
      <h2>{t("staff:stats.delivery")}</h2>
      {perChannel.size ? (
        <StackedBars id="chart-delivery-channel" title={`${t("staff:stats.delivery")} – ${t("staff:stats.byChannel")}`}
          series={[t("staff:updates.sent"), t("staff:updates.failed"), t("staff:updates.left")]}
          rows={[...perChannel.entries()].map(([ch, v]) => ({ label: t(`staff:channel.${ch}`), values: v }))} />
      ) : null}
      {delivery.length ? (
        <StackedBars id="chart-delivery" title={t("staff:stats.delivery")}
          series={[t("staff:updates.sent"), t("staff:updates.failed"), t("staff:updates.left")]}
          rows={delivery.map(({ u, p }) => ({ label: u.title, values: [p.sent, p.failed + p.blocked, p.left] }))} />
      ) : <p>{t("staff:stats.none")}</p>}
    </StaffPage>,
  );
}

async function questionsCsv(c: Context<StaffEnv>, deps: AppDeps) {
  const range = readRange(c, deps.clock());
  const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());
  let body = `\uFEFF${csvLine(["id", "created", "channel", "audience", "theme", "lang", "status", "answered_at", "text"])}`;
  let count = 0;
  // The store pages at most 500 rows at a time.
  for (let offset = 0; ; offset += 500) {
    const page: Question[] = await deps.store.questions.list({ from: range.from, until: range.until, limit: 500, offset });
    for (const q of page) {
      body += csvLine([q.id, iso(q.createdAt), q.channel, q.audience, q.theme, q.lang, q.status, iso(q.answeredAt), q.textRedacted]);
    }
    count += page.length;
    if (page.length < 500 || count >= 100_000) break;
  }
  await deps.store.audit.add({ staffId: c.get("session").user.id, action: "stats.export", detail: { from: range.fromText, to: range.toText, rows: count } });
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="otazky-${range.fromText}-${range.toText}.csv"`);
  return c.body(body);
}

export function statsRoutes(deps: AppDeps): StaffRoute[] {
  return [
    { method: "GET", path: "/staff/stats", roles: everyone, handler: (c) => statsPage(c, deps) },
    { method: "GET", path: "/staff/stats/questions.csv", roles: answerers, handler: (c) => questionsCsv(c, deps) },
  ];
}

// Statistics: SVG charts with the right figures, the CSV export (escaping,
// formula injection, range), and the public /prehled hiding counts below 5.
import { afterEach, describe, expect, it } from "vitest";
import { csvCell } from "../../src/staff/csv.js";
import { addStaff, call, signIn, staffDeps } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof staffDeps>>;
let ctx: Ctx;
afterEach(async () => ctx?.deps.store.close());
const HOUR = 3_600_000;

async function seed(ctx: Ctx) {
  const garant = await addStaff(ctx.deps, "garant");
  const q = ctx.deps.store.questions;
  const made: string[] = [];
  for (let i = 0; i < 7; i++) {
    made.push((await q.create({ channel: "telegram", lang: "cs", theme: "byty", textRedacted: `Otázka ${i}`, replyTo: { channel: "telegram", address: `9${i}` } })).id);
  }
  for (let i = 0; i < 3; i++) made.push((await q.create({ channel: "web", lang: "uk", theme: "skola", textRedacted: `Питання ${i}` })).id);
  ctx.deps.clock.advance(2 * HOUR);
  for (const id of made.slice(0, 6)) await q.answer(id, { text: "ok", staffId: garant.id });
  for (let i = 0; i < 6; i++) await ctx.deps.store.subscriptions.subscribe({ channel: "telegram", userRef: `t${i}`, address: `${i}`, audience: "residents", lang: "cs" });
  for (let i = 0; i < 2; i++) await ctx.deps.store.subscriptions.subscribe({ channel: "whatsapp", userRef: `w${i}`, address: `${i}`, audience: "neighbours", lang: "uk" });
  for (let i = 0; i < 3; i++) await ctx.deps.store.feedback.add({ entryId: "faq/closure-date", lang: "cs", helpful: i > 0, channel: "web" });
  return { garant, made };
}

describe("statistics", () => {
  it("draws SVG charts and shows the figures", async () => {
    ctx = await staffDeps();
    const { garant } = await seed(ctx);
    const html = await (await call(ctx.app, "/staff/stats", { session: await signIn(ctx.deps, garant) })).text();
    expect(html).toContain('<p class="figure" data-figure="questions">10</p>');
    expect(html).toContain('<p class="figure" data-figure="median">2 h 0 min</p>');
    for (const id of ["chart-weeks", "chart-feedback", "chart-sub-channel", "chart-sub-audience", "chart-sub-lang"]) {
      expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*id="${id}"`));
    }
    // The week chart's description lists the figures per theme (read by screen readers).
    expect(html).toMatch(/<desc id="chart-weeks-d">2026-11-16: byty 7, skola 3<\/desc>/);
    expect(html).toMatch(/<desc id="chart-feedback-d">faq\/closure-date \(cs\): ano 2, ne 1<\/desc>/);
    expect(html).toMatch(/<desc id="chart-sub-channel-d">Telegram: Odběratelé 6; WhatsApp: Odběratelé 2<\/desc>/);
    expect(html).not.toMatch(/<script(?![^>]*src=)/);
  });

  it("charts delivery success per update and per channel from the outbox", async () => {
    ctx = await staffDeps();
    const { garant } = await seed(ctx);
    const editor = await addStaff(ctx.deps, "editor");
    const u = await ctx.deps.store.updates.create({ title: "Schůzka", body: "Text", langs: ["cs"], audiences: ["residents"], createdBy: editor.id });
    const session = await signIn(ctx.deps, garant);
    await call(ctx.app, `/staff/updates/${u.id}/publish`, { session, form: {} });
    const claimed = await ctx.deps.store.outbox.claim({ channel: "telegram", now: ctx.deps.clock(), leaseMs: 60_000, owner: "t", limit: 4 });
    await ctx.deps.store.outbox.finish(claimed.map((e, i) => ({ id: e.id, status: i < 3 ? "sent" as const : "blocked" as const })), ctx.deps.clock());
    const html = await (await call(ctx.app, "/staff/stats", { session })).text();
    expect(html).toMatch(/<desc id="chart-delivery-d">Schůzka: odesláno 3, nedoručeno 1, zbývá 2<\/desc>/);
    expect(html).toMatch(/<desc id="chart-delivery-channel-d">Telegram: odesláno 3, nedoručeno 1, zbývá 2<\/desc>/);
  });

  it("exports the redacted questions as CSV, safe against formula injection, and audits the export", async () => {
    ctx = await staffDeps();
    const garant = await addStaff(ctx.deps, "garant");
    const q = ctx.deps.store.questions;
    await q.create({ channel: "web", lang: "cs", textRedacted: '=HYPERLINK("http://evil","klik")' });
    await q.create({ channel: "web", lang: "cs", textRedacted: "Řádek 1\nřádek 2, s čárkou a \"uvozovkami\"" });
    await q.create({ channel: "web", lang: "cs", textRedacted: "+420 -1 @x" });
    const res = await call(ctx.app, "/staff/stats/questions.csv?from=2026-11-01&to=2026-11-30", { session: await signIn(ctx.deps, garant) });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="otazky-2026-11-01-2026-11-30.csv"');
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("id,created,channel,audience,theme,lang,status,answered_at,text");
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""klik"")"`);
    expect(text).toContain(`"Řádek 1\nřádek 2, s čárkou a ""uvozovkami"""`);
    expect(text).toContain(",'+420 -1 @x");
    expect(text).not.toMatch(/,=|,\+|,-|,@/);
    expect(lines.filter((l) => /^[a-z2-7]{26},/.test(l))).toHaveLength(3);
    const outside = await call(ctx.app, "/staff/stats/questions.csv?from=2026-10-01&to=2026-10-31", { session: await signIn(ctx.deps, garant) });
    expect((await outside.text()).split("\r\n").filter(Boolean)).toHaveLength(1);
    expect((await ctx.deps.store.audit.list({ action: "stats.export" })).map((e) => (e.detail as { rows: number }).rows)).toEqual([0, 3]);
    // A range that is not a date does not reach the header.
    const weird = await call(ctx.app, "/staff/stats/questions.csv?from=x%0d%0aSet-Cookie:a", { session: await signIn(ctx.deps, garant) });
    expect(weird.headers.get("content-disposition")).toMatch(/^attachment; filename="otazky-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
  });

  it("csvCell quotes and neutralises every dangerous start", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(s).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("a;b")).toBe('"a;b"');
  });

  it("the public overview shows aggregates and hides every count below 5", async () => {
    ctx = await staffDeps();
    await seed(ctx);
    const res = await call(ctx.app, "/prehled");
    expect(res.status).toBe(200);
    const html = await res.text();
    const row = (label: string) => new RegExp(`<th scope="row">${label}</th><td>([^<]*)</td>`).exec(html)?.[1];
    expect(row("Položené dotazy")).toBe("10");
    expect(row("Zodpovězené")).toBe("6");
    expect(row("Čekají na odpověď")).toBe("méně než 5"); // 4
    expect(row("byty")).toBe("7");
    expect(row("skola")).toBe("méně než 5"); // 3
    expect(row("Telegram")).toBe("6");
    expect(row("WhatsApp")).toBe("méně než 5"); // 2
    expect(row("sousedé")).toBe("méně než 5");
    expect(row("uk")).toBe("méně než 5");
    expect(html).toContain("2 h 0 min");
    expect(html).not.toContain("Otázka");
    expect(html).not.toContain("Питання");
    expect(html).not.toMatch(/<td>[1-4]<\/td>/);
    const en = await (await call(ctx.app, "/prehled?lang=en")).text();
    expect(en).toContain("fewer than 5");
  });
});

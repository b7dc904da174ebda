// Publishing an update: the editor drafts, cannot approve their own, a garant
// approves → published on the web and in the outbox (the delivery helper's
// publishUpdate), audit entries; progress; with four-eyes off the author publishes.
import { afterEach, describe, expect, it } from "vitest";
import { addStaff, call, signIn, staffDeps } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof staffDeps>>;
let ctx: Ctx;
afterEach(async () => ctx?.deps.store.close());

const compose = {
  title_cs: "Schůzka v pondělí", body_cs: "Přijďte v **pondělí** v 17:00 do jídelny.",
  title_uk: "Зустріч у понеділок", body_uk: "Приходьте в понеділок о 17:00.",
  audience: ["residents"], channel: ["telegram", "web"],
};

async function subscribers(ctx: Ctx) {
  const s = ctx.deps.store.subscriptions;
  for (let i = 0; i < 6; i++) {
    await s.subscribe({ channel: "telegram", userRef: `tg-${i}`, address: String(1000 + i), audience: "residents", lang: i < 4 ? "cs" : "uk" });
  }
  await s.subscribe({ channel: "telegram", userRef: "tg-n", address: "2000", audience: "neighbours", lang: "cs" });
  await s.subscribe({ channel: "whatsapp", userRef: "wa-1", address: "420700000001", audience: "residents", lang: "cs" });
}

async function draft(ctx: Ctx, session: Awaited<ReturnType<typeof signIn>>) {
  const res = await call(ctx.app, "/staff/updates", { session, form: compose });
  expect(res.status).toBe(303);
  return res.headers.get("location")!.replace(/\?.*$/, "").split("/").pop()!;
}

describe("four-eyes publishing", () => {
  it("the editor drafts, cannot approve; the garant approves and it is published and enqueued", async () => {
    ctx = await staffDeps();
    await subscribers(ctx);
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    const garant = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
    const id = await draft(ctx, editor);

    const page = await (await call(ctx.app, `/staff/updates/${id}`, { session: editor })).text();
    expect(page).toContain("Zveřejnit může garant nebo správce.");
    expect(page).not.toContain(`action="/staff/updates/${id}/publish"`);
    // Preview in each language, Markdown rendered, raw HTML never.
    expect(page).toContain("<strong>pondělí</strong>");
    expect(page).toContain('lang="uk"');
    expect(page).toContain("Зустріч у понеділок");

    expect((await call(ctx.app, `/staff/updates/${id}/publish`, { session: editor, form: {} })).status).toBe(403);
    expect((await ctx.deps.store.updates.get(id))!.status).toBe("draft");

    const garantPage = await (await call(ctx.app, `/staff/updates/${id}`, { session: garant })).text();
    expect(garantPage).toContain(`action="/staff/updates/${id}/publish"`);
    const ok = await call(ctx.app, `/staff/updates/${id}/publish`, { session: garant, form: {} });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/staff/updates/${id}?done=published`);
    const published = (await ctx.deps.store.updates.get(id))!;
    expect(published).toMatchObject({ status: "published", approvedBy: garant.user.id, createdBy: editor.user.id });
    expect((await ctx.deps.store.updates.listPublished()).map((u) => u.id)).toContain(id);

    // Six residents on Telegram; the neighbour and the WhatsApp channel are not chosen.
    expect(await ctx.deps.store.outbox.counts(id)).toMatchObject({ total: 6, left: 6, sent: 0 });
    const actions = (await ctx.deps.store.audit.list()).map((e) => `${e.action}:${e.staffId === garant.user.id ? "garant" : "editor"}`);
    expect(actions).toEqual(expect.arrayContaining(["update.draft:editor", "update.approve:garant", "update.publish:garant"]));

    // A second click does not publish twice.
    expect((await call(ctx.app, `/staff/updates/${id}/publish`, { session: garant, form: {} })).headers.get("location")).toContain("alreadyPublished");
    expect(await ctx.deps.store.outbox.counts(id)).toMatchObject({ total: 6 });
  });

  it("shows live progress with a <progress> bar and refreshes until nothing is left", async () => {
    ctx = await staffDeps();
    await subscribers(ctx);
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    const admin = await signIn(ctx.deps, await addStaff(ctx.deps, "admin"));
    const id = await draft(ctx, editor);
    await call(ctx.app, `/staff/updates/${id}/publish`, { session: admin, form: {} });
    // Play the dispatcher: four sent, one failed, one left.
    const claimed = await ctx.deps.store.outbox.claim({ channel: "telegram", now: ctx.deps.clock(), leaseMs: 60_000, owner: "t", limit: 5 });
    await ctx.deps.store.outbox.finish(claimed.map((e, i) => ({ id: e.id, status: i < 4 ? "sent" as const : "failed" as const })), ctx.deps.clock());
    const html = await (await call(ctx.app, `/staff/updates/${id}`, { session: editor })).text();
    expect(html).toMatch(/<progress id="delivery-progress" max="6" value="5">/);
    expect(html).toContain('<strong data-k="sent">4</strong>');
    expect(html).toContain('<strong data-k="failed">1</strong>');
    expect(html).toContain('<strong data-k="left">1</strong>');
    expect(html).toContain('<meta http-equiv="refresh" content="5"/>');
    expect(html).toContain('src="/staff/static/staff.js"');
    const json = await (await call(ctx.app, `/staff/updates/${id}/progress.json`, { session: editor })).json();
    expect(json).toMatchObject({ sent: 4, failed: 1, left: 1, total: 6 });

    const rest = await ctx.deps.store.outbox.claim({ channel: "telegram", now: ctx.deps.clock(), leaseMs: 60_000, owner: "t", limit: 5 });
    await ctx.deps.store.outbox.finish(rest.map((e) => ({ id: e.id, status: "sent" as const })), ctx.deps.clock());
    const done = await (await call(ctx.app, `/staff/updates/${id}`, { session: editor })).text();
    expect(done).not.toContain("http-equiv");
    expect(done).toMatch(/<progress id="delivery-progress" max="6" value="6">/);
  });

  it("a garant cannot approve their own draft either", async () => {
    ctx = await staffDeps();
    const garant = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
    const id = await draft(ctx, garant);
    const res = await call(ctx.app, `/staff/updates/${id}/publish`, { session: garant, form: {} });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Vlastní novinku nemůžete schválit");
    expect((await ctx.deps.store.updates.get(id))!.status).toBe("draft");
  });

  it("with REQUIRE_SECOND_APPROVAL off the author publishes alone", async () => {
    ctx = await staffDeps({ env: { REQUIRE_SECOND_APPROVAL: "off" } });
    await subscribers(ctx);
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    const other = await signIn(ctx.deps, await addStaff(ctx.deps, "editor", "other@example.cz"));
    const id = await draft(ctx, editor);
    expect((await call(ctx.app, `/staff/updates/${id}/publish`, { session: other, form: {} })).status).toBe(403);
    expect((await call(ctx.app, `/staff/updates/${id}/publish`, { session: editor, form: {} })).status).toBe(303);
    expect(await ctx.deps.store.updates.get(id)).toMatchObject({ status: "published", approvedBy: editor.user.id });
    expect((await ctx.deps.store.outbox.counts(id)).total).toBe(6);
  });

  it("a scheduled update is approved now and left for the delivery job to publish at its time", async () => {
    ctx = await staffDeps();
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    const garant = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
    // The test clock is 2026-11-22 09:00 UTC; 2026-11-23 10:00 Prague is 09:00 UTC.
    const res = await call(ctx.app, "/staff/updates", { session: editor, form: { ...compose, scheduled: "2026-11-23T10:00" } });
    const id = res.headers.get("location")!.replace(/\?.*$/, "").split("/").pop()!;
    expect((await ctx.deps.store.updateDrafts.extras(id))!.scheduledAt).toBe(Date.UTC(2026, 10, 23, 9, 0));
    const ok = await call(ctx.app, `/staff/updates/${id}/publish`, { session: garant, form: {} });
    expect(ok.headers.get("location")).toContain("done=scheduled");
    expect(await ctx.deps.store.updates.get(id)).toMatchObject({ status: "draft", approvedBy: garant.user.id });
    ctx.deps.clock.advance(24 * 60 * 60_000);
    expect(await ctx.deps.store.updateDrafts.dueScheduled()).toEqual([{ id, approvedBy: garant.user.id }]);
  });

  it("rejects an incomplete compose form and keeps what was typed out of the database", async () => {
    ctx = await staffDeps();
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    const res = await call(ctx.app, "/staff/updates", { session: editor, form: { title_cs: "Jen nadpis", audience: ["residents"], channel: ["web"] } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("U každého jazyka vyplňte nadpis i text");
    expect(await ctx.deps.store.updates.listDrafts()).toEqual([]);
  });
});

// People and the audit log (admins): adding a person shows the password and
// link code once, disabling ends their sessions, and every action shows up in
// the audit log with who, what and when.
import { afterEach, describe, expect, it } from "vitest";
import { addStaff, call, signIn, staffDeps } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof staffDeps>>;
let ctx: Ctx;
afterEach(async () => ctx?.deps.store.close());

describe("people and audit", () => {
  it("an admin adds a person (password and link code shown once) and disables one (sessions end)", async () => {
    ctx = await staffDeps();
    const admin = await signIn(ctx.deps, await addStaff(ctx.deps, "admin"));
    const res = await call(ctx.app, "/staff/users", { session: admin, form: { email: "Nova@Mesto.cz", role: "garant" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain("Účet nova@mesto.cz je vytvořený.");
    expect(html).toMatch(/Heslo: <code>[a-zA-Z2-9]{20}<\/code>/);
    expect(html).toMatch(/<code>[a-z2-7]{8}<\/code>/);
    const nova = (await ctx.deps.store.staff.findByEmail("nova@mesto.cz"))!;
    expect(nova.role).toBe("garant");
    expect((await call(ctx.app, "/staff/users", { session: admin, form: { email: "nova@mesto.cz", role: "garant" } })).status).toBe(409);
    expect((await call(ctx.app, "/staff/users", { session: admin, form: { email: "x", role: "garant" } })).status).toBe(400);

    const novaSession = await signIn(ctx.deps, nova);
    expect((await call(ctx.app, "/staff/inbox", { session: novaSession })).status).toBe(200);
    expect((await call(ctx.app, `/staff/users/${nova.id}/disable`, { session: admin, form: {} })).status).toBe(303);
    expect((await call(ctx.app, "/staff/inbox", { session: novaSession })).status).toBe(302);
    expect((await ctx.deps.store.staff.getUser(nova.id))!.disabled).toBe(true);
    // An admin cannot switch themselves off.
    expect((await call(ctx.app, `/staff/users/${admin.user.id}/disable`, { session: admin, form: {} })).status).toBe(403);
  });

  it("the audit log lists every staff action with who, what and when, newest first, filterable", async () => {
    ctx = await staffDeps();
    const admin = await signIn(ctx.deps, await addStaff(ctx.deps, "admin"));
    const editor = await signIn(ctx.deps, await addStaff(ctx.deps, "editor"));
    await call(ctx.app, "/staff/updates", { session: editor, form: { title_cs: "A", body_cs: "B", audience: ["public"], channel: ["web"] } });
    const { id } = await ctx.deps.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Tajný text otázky" });
    await call(ctx.app, `/staff/inbox/${id}/note`, { session: admin, form: { text: "Interní poznámka" } });
    await call(ctx.app, "/staff/stats/questions.csv", { session: admin });
    const html = await (await call(ctx.app, "/staff/audit", { session: admin })).text();
    const rows = [...html.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td><td><code>([^<]+)<\/code><\/td>/g)].map((m) => `${m[2]} ${m[3]}`);
    expect(rows).toEqual(["admin@example.cz stats.export", "admin@example.cz question.note", "editor@example.cz update.draft"]);
    expect(html).toContain("22.11.26"); // when (Prague time, short)
    // The log never copies question or note text.
    expect(html).not.toContain("Tajný text");
    expect(html).not.toContain("Interní poznámka");
    const filtered = await (await call(ctx.app, `/staff/audit?staff=${editor.user.id}`, { session: admin })).text();
    expect(filtered).toContain("update.draft");
    expect(filtered).not.toContain("stats.export");
    expect((await call(ctx.app, "/staff/audit", { session: editor })).status).toBe(403);
  });
});

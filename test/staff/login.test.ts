// Signing in: the real 600,000-iteration hash, wrong passwords, the rate
// limit, disabled accounts, expiry, logout, CSRF and the cookie's flags.
import { afterEach, describe, expect, it } from "vitest";
import { LOGIN_LIMIT_ACCOUNT } from "../../src/staff/login.js";
import { hashPassword } from "../../src/staff/password.js";
import { addStaff, call, PASSWORD, signIn, staffDeps } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof staffDeps>>;
let ctx: Ctx;
afterEach(async () => ctx?.deps.store.close());

const login = (email: string, password: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  call(ctx.app, "/staff/login", { form: { email, password, ...extra }, headers });

describe("staff login", () => {
  it("signs in with the real PBKDF2 hash and sets a Secure, HttpOnly, SameSite=Strict __Host- cookie", async () => {
    ctx = await staffDeps();
    const user = await ctx.deps.store.staff.addUser({ email: "garant@example.cz", role: "garant", passwordHash: await hashPassword(PASSWORD) });
    expect(await ctx.deps.store.staff.passwordHashFor(user.id)).toMatch(/^pbkdf2-sha256\$600000\$/);
    const res = await login("Garant@Example.cz", PASSWORD, { next: "/staff/stats" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/staff/stats");
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^__Host-staff=[a-z2-7]{52};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    const page = await call(ctx.app, "/staff/stats", { headers: { cookie: cookie.split(";")[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect((await ctx.deps.store.audit.list({ action: "login" })).map((e) => e.staffId)).toEqual([user.id]);
  });

  it("uses a plain cookie without Secure only when PUBLIC_URL is http://", async () => {
    ctx = await staffDeps({ env: { PUBLIC_URL: "http://127.0.0.1:8787" } });
    await addStaff(ctx.deps, "editor");
    const res = await login("editor@example.cz", PASSWORD);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^staff=/);
    expect(cookie).not.toContain("Secure");
    expect(res.headers.get("location")).toBe("/staff/updates");
  });

  it("refuses a wrong password, an unknown e-mail and a disabled account with the same message", async () => {
    ctx = await staffDeps();
    const user = await addStaff(ctx.deps, "garant");
    const texts: string[] = [];
    for (const [email, pw] of [["garant@example.cz", "wrong-password-x"], ["nobody@example.cz", PASSWORD]]) {
      const res = await login(email!, pw!);
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      texts.push(await res.text());
    }
    const session = await signIn(ctx.deps, user);
    await ctx.deps.store.staff.setDisabled(user.id, true);
    const res = await login("garant@example.cz", PASSWORD);
    expect(res.status).toBe(401);
    texts.push(await res.text());
    for (const t of texts) expect(t).toContain("E-mail nebo heslo nesedí");
    // A disabled user's existing session no longer opens anything.
    expect((await call(ctx.app, "/staff/inbox", { session })).status).toBe(302);
    expect((await ctx.deps.store.audit.list({ action: "login.failed" })).map((e) => (e.detail as { reason: string }).reason))
      .toEqual(["disabled", "unknown", "password"]);
  });

  it("limits attempts per account (even with the right password) and per address, with a clear message", async () => {
    ctx = await staffDeps();
    await addStaff(ctx.deps, "garant");
    for (let i = 0; i < LOGIN_LIMIT_ACCOUNT; i++) {
      expect((await login("garant@example.cz", "wrong-password-x", {}, { "x-forwarded-for": `10.0.0.${i}` })).status).toBe(401);
    }
    const limited = await login("garant@example.cz", PASSWORD, {}, { "x-forwarded-for": "10.0.1.1" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.text()).toContain("Příliš mnoho pokusů o přihlášení");
    // After the window the right password works again.
    ctx.deps.clock.advance(16 * 60_000);
    expect((await login("garant@example.cz", PASSWORD)).status).toBe(303);

    // Per address: many accounts from one address (existing ones: an unknown
    // e-mail costs a full 600,000-iteration check, too slow for a test).
    for (let i = 0; i < 31; i++) await addStaff(ctx.deps, "editor", `x${i}@example.cz`);
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await login(`x${i}@example.cz`, "nope-nope-nope", {}, { "x-forwarded-for": "192.0.2.7" })).status;
    expect(last).toBe(429);
    expect((await login("y@example.cz", "nope-nope-nope", {}, { "x-forwarded-for": "192.0.2.8" })).status).toBe(401);
  });

  it("ends sessions after 12 hours and on logout", async () => {
    ctx = await staffDeps();
    const user = await addStaff(ctx.deps, "garant");
    const s = await signIn(ctx.deps, user);
    expect((await call(ctx.app, "/staff/inbox", { session: s })).status).toBe(200);
    ctx.deps.clock.advance(12 * 60 * 60_000 + 1);
    expect((await call(ctx.app, "/staff/inbox", { session: s })).status).toBe(302);

    const s2 = await signIn(ctx.deps, user);
    const out = await call(ctx.app, "/staff/logout", { session: s2, form: {} });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/__Host-staff=;.*Max-Age=0/);
    expect((await call(ctx.app, "/staff/inbox", { session: s2 })).status).toBe(302);
    expect((await ctx.deps.store.audit.list({ action: "logout" })).length).toBe(1);
  });

  it("refuses POSTs without the session's CSRF token or from another origin with 403", async () => {
    ctx = await staffDeps();
    const s = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
    const { id } = await ctx.deps.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Kdy?" });
    const note = (c: Parameters<typeof call>[2]) => call(ctx.app, `/staff/inbox/${id}/note`, { session: s, form: { text: "x" }, ...c });
    expect((await note({ csrf: false })).status).toBe(403);
    expect((await note({ csrf: "a".repeat(52) })).status).toBe(403);
    const other = await signIn(ctx.deps, await addStaff(ctx.deps, "admin"));
    expect((await note({ csrf: other.csrf })).status).toBe(403);
    expect((await note({ headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect(await ctx.deps.store.questions.listNotes(id)).toEqual([]);
    expect((await note({ headers: { origin: "http://localhost" } })).status).toBe(303);
    expect(await ctx.deps.store.questions.listNotes(id)).toHaveLength(1);
    // The login form itself refuses a cross-site POST.
    expect((await login("garant@example.cz", PASSWORD, {}, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("speaks Czech by default and English or Ukrainian on request", async () => {
    ctx = await staffDeps();
    expect(await (await call(ctx.app, "/staff/login")).text()).toContain("<h1>Přihlášení</h1>");
    expect(await (await call(ctx.app, "/staff/login?lang=uk")).text()).toContain("<h1>Вхід</h1>");
    const s = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
    const en = await (await call(ctx.app, "/staff/inbox?lang=en", { session: s })).text();
    expect(en).toContain("<h1>Questions</h1>");
    expect(en).toContain('<html lang="en">');
  });

  it("never redirects outside the console after login", async () => {
    ctx = await staffDeps();
    await addStaff(ctx.deps, "garant");
    for (const next of ["https://evil.example/", "//evil.example", "/staff\\@evil", "/other"]) {
      const res = await login("garant@example.cz", PASSWORD, { next });
      expect(res.headers.get("location")).toBe("/staff/inbox");
    }
  });
});

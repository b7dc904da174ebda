// Signing in and out. Attempts are limited per account and per address;
// a wrong e-mail, a wrong password and a disabled account get the same
// answer and cost the same time, so the form does not reveal who has an account.
import type { Context, Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { sha256Hex } from "../store/ids.js";
import { clientIp } from "./client-ip.js";
import type { StaffEnv } from "./env.js";
import { Done, StaffPage } from "./layout.js";
import { burnPasswordCheck, verifyPassword } from "./password.js";
import { everyone, homeFor, type StaffRoute } from "./routes.js";
import { clearSessionCookie, formString, sameOrigin, sessionToken, setSessionCookie } from "./session.js";

const WINDOW_MS = 15 * 60_000;
/** Attempts per account and per address in 15 minutes. */
export const LOGIN_LIMIT_ACCOUNT = 8;
export const LOGIN_LIMIT_IP = 30;

/** Only paths inside the console: never an open redirect. */
function safeNext(next: string): string | null {
  return /^\/staff(\/[^\\]*)?$/.test(next) && !next.startsWith("//") ? next : null;
}

function LoginForm({ c, error, email, next }: { c: Context<StaffEnv>; error?: string; email?: string; next?: string }) {
  const t = c.get("t");
  return (
    <StaffPage c={c} title={t("staff:login.title")}>
      <Done c={c} />
      {error ? <p class="error" role="alert">{error}</p> : null}
      <form method="post" action="/staff/login" class="card">
        <input type="hidden" name="next" value={next ?? ""} />
        <label for="email">{t("staff:login.email")}</label>
        <input type="email" id="email" name="email" autocomplete="username" required value={email ?? ""} />
        <label for="password">{t("staff:login.password")}</label>
        <input type="password" id="password" name="password" autocomplete="current-password" required />
        <p><button type="submit">{t("staff:login.submit")}</button></p>
      </form>
    </StaffPage>
  );
}

export function mountLogin(app: Hono<StaffEnv>, deps: AppDeps): void {
  app.get("/login", (c) => {
    c.header("Cache-Control", "no-store");
    return c.html(<LoginForm c={c} next={c.req.query("next") ?? ""} />);
  });

  app.post("/login", async (c) => {
    const t = c.get("t");
    if (!sameOrigin(c)) return c.text(t("staff:errors.csrf"), 403);
    const email = (await formString(c, "email")).toLowerCase().slice(0, 254);
    const password = (await formString(c, "password")).slice(0, 1000);
    const next = await formString(c, "next");
    const now = deps.clock();
    const ip = clientIp(c);
    const byIp = await deps.store.rateLimits.hit(`staff-login:ip:${ip.slice(0, 64)}`, WINDOW_MS, LOGIN_LIMIT_IP, now);
    const byAccount = await deps.store.rateLimits.hit(`staff-login:acct:${(await sha256Hex(email)).slice(0, 32)}`, WINDOW_MS, LOGIN_LIMIT_ACCOUNT, now);
    if (!byIp.allowed || !byAccount.allowed) {
      const minutes = Math.max(1, Math.ceil(Math.max(byIp.retryAfterMs, byAccount.retryAfterMs) / 60_000));
      await deps.store.audit.add({ action: "login.limited", detail: { byIp: !byIp.allowed, byAccount: !byAccount.allowed } });
      c.status(429);
      c.header("Retry-After", String(minutes * 60));
      return c.html(<LoginForm c={c} email={email} next={next} error={t("staff:login.limited", { minutes })} />);
    }
    const user = email ? await deps.store.staff.findByEmail(email) : null;
    const hash = user ? await deps.store.staff.passwordHashFor(user.id) : null;
    const ok = user && hash ? await verifyPassword(password, hash) : (await burnPasswordCheck(password), false);
    if (!user || !ok || user.disabled) {
      await deps.store.audit.add({ staffId: user?.id ?? null, action: "login.failed", detail: { reason: !user ? "unknown" : user.disabled ? "disabled" : "password" } });
      c.status(401);
      return c.html(<LoginForm c={c} email={email} next={next} error={t("staff:login.failed")} />);
    }
    const session = await deps.store.staff.createSession(user.id);
    setSessionCookie(c, deps.config, session.token, session.expiresAt, now);
    await deps.store.audit.add({ staffId: user.id, action: "login" });
    return c.redirect(safeNext(next) ?? homeFor(user.role), 303);
  });
}

export function logoutRoutes(deps: AppDeps): StaffRoute[] {
  return [
    {
      method: "POST", path: "/staff/logout", roles: everyone,
      handler: async (c) => {
        await deps.store.staff.deleteSession(sessionToken(c, deps.config));
        await deps.store.audit.add({ staffId: c.get("session").user.id, action: "logout" });
        clearSessionCookie(c, deps.config);
        return c.redirect("/staff/login?done=loggedOut", 303);
      },
    },
    {
      method: "GET", path: "/staff", roles: everyone,
      handler: (c) => c.redirect(homeFor(c.get("session").user.role), 302),
    },
  ];
}

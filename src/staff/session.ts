// Console sessions: a random token in an HttpOnly, SameSite=Strict cookie
// (only its hash is in the database), a CSRF token per session checked on
// every POST, role checks per route.
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Config } from "../config.js";
import type { AppDeps } from "../deps.js";
import type { StaffRole } from "../store/index.js";
import type { StaffEnv } from "./env.js";
import { constantTimeEqualText } from "./password.js";

/**
 * Cookies are Secure (and then carry the __Host- prefix) unless PUBLIC_URL is
 * plain http:// — the switch for local runs and tests over http. Without
 * PUBLIC_URL they are Secure: browsers accept Secure cookies from localhost.
 */
export function cookieIsSecure(config: Config): boolean {
  return !config.PUBLIC_URL?.startsWith("http://");
}

export function sessionCookieName(config: Config): string {
  return cookieIsSecure(config) ? "__Host-staff" : "staff";
}

export function setSessionCookie(c: Context, config: Config, token: string, expiresAt: number, now: number): void {
  setCookie(c, sessionCookieName(config), token, {
    path: "/", httpOnly: true, secure: cookieIsSecure(config), sameSite: "Strict",
    maxAge: Math.max(1, Math.floor((expiresAt - now) / 1000)),
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, sessionCookieName(config), { path: "/", secure: cookieIsSecure(config) });
}

export function sessionToken(c: Context, config: Config): string {
  return getCookie(c, sessionCookieName(config)) ?? "";
}

/** A POST from another site (Origin set and not ours) is refused whatever else it carries. */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (!origin || origin === "null") return origin !== "null";
  try {
    return new URL(origin).host === new URL(c.req.url).host || origin === new URL(c.req.url).origin;
  } catch {
    return false;
  }
}

/**
 * Loads the session; anonymous GETs go to the login page, anonymous POSTs get
 * 401; every POST must carry the session's CSRF token; the role must be allowed.
 */
export function requireStaff(deps: AppDeps, roles: readonly StaffRole[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const session = await deps.store.staff.getSession(sessionToken(c, deps.config));
    const t = c.get("t");
    if (!session) {
      if (c.req.method === "GET") {
        const back = new URL(c.req.url);
        return c.redirect(`/staff/login?next=${encodeURIComponent(back.pathname + back.search)}`, 302);
      }
      return c.text(t("staff:errors.signedOut"), 401);
    }
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      const token = await formString(c, "_csrf");
      if (!sameOrigin(c) || !constantTimeEqualText(token, session.csrfSecret)) {
        return c.text(t("staff:errors.csrf"), 403);
      }
    }
    if (!roles.includes(session.user.role)) return c.text(t("staff:errors.forbidden"), 403);
    c.set("session", session);
    c.header("Cache-Control", "no-store");
    await next();
  };
}

// Every body read goes through parseBody({ all: true }): Hono caches the first
// parse whatever its options, so the forms must always be read the same way.
/** Form field helper: a trimmed string or "". */
export async function formString(c: Context, name: string): Promise<string> {
  const v = (await c.req.parseBody({ all: true }))[name];
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" ? one.trim() : "";
}

/** All values of a repeated form field (checkboxes). */
export async function formList(c: Context, name: string): Promise<string[]> {
  const v = (await c.req.parseBody({ all: true }))[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === "string");
}

// Shared by the staff console tests: deps, accounts with a cheap hash (the
// login test uses the real 600,000-iteration one), sessions, form requests.
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/deps.js";
import { hashPassword } from "../../src/staff/password.js";
import { sessionCookieName } from "../../src/staff/session.js";
import type { StaffRole, StaffUser } from "../../src/store/index.js";
import { makeTestDeps, type TestDepsOptions } from "../helpers/deps.js";

export type StaffTestDeps = Awaited<ReturnType<typeof makeTestDeps>>;

export async function staffDeps(options: TestDepsOptions = {}) {
  const deps = await makeTestDeps(options);
  return { deps, app: createApp(deps) };
}

export const PASSWORD = "správné-heslo-123";

export async function addStaff(deps: AppDeps, role: StaffRole, email = `${role}@example.cz`, password = PASSWORD): Promise<StaffUser> {
  return deps.store.staff.addUser({ email, role, passwordHash: await hashPassword(password, 1000) });
}

export interface TestSession { cookie: string; csrf: string; user: StaffUser }

export async function signIn(deps: AppDeps, user: StaffUser): Promise<TestSession> {
  const s = await deps.store.staff.createSession(user.id);
  return { cookie: `${sessionCookieName(deps.config)}=${s.token}`, csrf: s.csrfSecret, user };
}

export interface Call {
  method?: "GET" | "POST";
  session?: TestSession | null;
  form?: Record<string, string | string[]>;
  /** Leave out the CSRF field (default: sent when there is a session). */
  csrf?: string | false;
  headers?: Record<string, string>;
}

export async function call(app: ReturnType<typeof createApp>, path: string, c: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { ...c.headers };
  if (c.session) headers.cookie = c.session.cookie;
  const method = c.method ?? (c.form ? "POST" : "GET");
  let body: string | undefined;
  if (method === "POST") {
    const params = new URLSearchParams();
    const csrf = c.csrf === undefined ? c.session?.csrf : c.csrf;
    if (csrf) params.append("_csrf", csrf);
    for (const [k, v] of Object.entries(c.form ?? {})) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
    body = params.toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  return app.request(`http://localhost${path}`, { method, headers, body });
}

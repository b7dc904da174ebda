// The staff console, mounted at /staff: login, inbox, updates, statistics,
// people and the audit log. Every protected route comes from one table
// (staffRoutes) and passes requireStaff: session, CSRF on POST, role.
import { Hono } from "hono";
import type { AppDeps } from "../deps.js";
import { languageMiddleware } from "../web/lang.js";
import { auditRoutes } from "./audit.js";
import { contentRoutes } from "./content/routes.js";
import type { StaffEnv } from "./env.js";
import { inboxRoutes } from "./inbox.js";
import { logoutRoutes, mountLogin } from "./login.js";
import type { StaffRoute } from "./routes.js";
import { requireStaff } from "./session.js";
import { STAFF_CSS, STAFF_JS } from "./static.js";
import { statsRoutes } from "./stats.js";
import { updateRoutes } from "./updates.js";
import { userRoutes } from "./users.js";

/** Every protected console route (the authorisation test walks this list). */
export function staffRoutes(deps: AppDeps): StaffRoute[] {
  return [
    ...logoutRoutes(deps), ...inboxRoutes(deps), ...updateRoutes(deps), ...statsRoutes(deps),
    ...userRoutes(deps), ...auditRoutes(deps), ...contentRoutes(deps),
  ];
}

export function createStaffConsole(deps: AppDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use("*", languageMiddleware(deps.i18n) as never);
  app.get("/static/staff.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STAFF_CSS);
  });
  app.get("/static/staff.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STAFF_JS);
  });
  mountLogin(app, deps);
  for (const route of staffRoutes(deps)) {
    const path = route.path.replace(/^\/staff/, "") || "/";
    app.on(route.method, path, requireStaff(deps, route.roles(deps.config)), route.handler);
  }
  return app;
}

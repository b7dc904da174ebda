// One table of every protected console route: method, path, who may use it,
// and the handler. The console registers them from here and the
// authorisation test walks the same table, so no route can be forgotten.
import type { Context } from "hono";
import type { Config } from "../config.js";
import type { StaffRole } from "../store/index.js";
import type { StaffEnv } from "./env.js";

export interface StaffRoute {
  method: "GET" | "POST";
  /** Full path as the browser sees it, e.g. /staff/inbox/:id. */
  path: string;
  /** Roles allowed under this configuration. */
  roles: (config: Config) => readonly StaffRole[];
  handler: (c: Context<StaffEnv>) => Response | Promise<Response>;
}

export const only = (...roles: StaffRole[]) => (): readonly StaffRole[] => roles;
export const everyone = only("editor", "garant", "admin");
export const answerers = only("garant", "admin");
export const admins = only("admin");

export const notFound = (c: Context<StaffEnv>) => c.text(c.get("t")("staff:errors.notFound"), 404);

/** Where a signed-in user starts. */
export function homeFor(role: StaffRole): string {
  return role === "editor" ? "/staff/updates" : "/staff/inbox";
}

export type RouteConfig = Config;

// The audit log for admins: who did what, when. Newest first, paged by id.
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";
import type { StaffEnv } from "./env.js";
import { formatTime, StaffPage } from "./layout.js";
import { admins, type StaffRoute } from "./routes.js";
import { staffNames } from "./staff-names.js";

const PAGE = 100;

async function auditPage(c: Context<StaffEnv>, deps: AppDeps) {
  const t = c.get("t");
  const before = Number(c.req.query("before"));
  const action = c.req.query("action");
  const staff = c.req.query("staff");
  const [entries, names] = await Promise.all([
    deps.store.audit.list({
      before: Number.isInteger(before) && before > 0 ? before : undefined,
      action: action && /^[a-z][a-z0-9_.-]*$/.test(action) ? action : undefined,
      staffId: staff || undefined, limit: PAGE,
    }),
    staffNames(deps),
  ]);
  const last = entries[entries.length - 1];
  const keep = new URLSearchParams();
  if (action) keep.set("action", action);
  if (staff) keep.set("staff", staff);
  return c.html(
    <StaffPage c={c} title={t("staff:audit.title")}>
      <form method="get" action="/staff/audit" class="card row">
        <div><label for="action">{t("staff:audit.action")}</label><input type="text" id="action" name="action" value={action ?? ""} /></div>
        <div>
          <label for="staff">{t("staff:audit.who")}</label>
          <select id="staff" name="staff">
            <option value="">{t("staff:inbox.any")}</option>
            {[...names.entries()].map(([id, email]) => <option value={id} selected={id === staff}>{email}</option>)}
          </select>
        </div>
        <div><button type="submit">{t("staff:inbox.filter")}</button></div>
      </form>
      <table>
        <caption class="muted">{t("staff:audit.caption")}</caption>
        <thead><tr>
          <th scope="col">{t("staff:audit.when")}</th><th scope="col">{t("staff:audit.who")}</th>
          <th scope="col">{t("staff:audit.action")}</th><th scope="col">{t("staff:audit.target")}</th><th scope="col">{t("staff:audit.detail")}</th>
        </tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>{formatTime(e.at, c.get("lang"))}</td>
              <td>{e.staffId ? names.get(e.staffId) ?? e.staffId : t("staff:audit.system")}</td>
              <td><code>{e.action}</code></td>
              <td>{e.target ?? ""}</td>
              <td>{e.detail === null || e.detail === undefined ? "" : JSON.stringify(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {last && entries.length === PAGE ? <p><a href={`/staff/audit?${keep.toString()}${keep.size ? "&" : ""}before=${last.id}`}>{t("staff:audit.older")}</a></p> : null}
    </StaffPage>,
  );
}

export function auditRoutes(deps: AppDeps): StaffRoute[] {
  return [{ method: "GET", path: "/staff/audit", roles: admins, handler: (c) => auditPage(c, deps) }];
}

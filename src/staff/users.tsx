// People (admins only): the list of staff accounts, adding one (the
// generated password and the Telegram link code are shown once), switching
// accounts off and on.
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";
import { STAFF_ROLES, type StaffRole } from "../store/index.js";
import { createAccount, disableAccount, enableAccount } from "./accounts.js";
import type { StaffEnv } from "./env.js";
import { Csrf, Done, formatTime, StaffPage } from "./layout.js";
import { admins, notFound, type StaffRoute } from "./routes.js";
import { formString } from "./session.js";

async function usersPage(c: Context<StaffEnv>, deps: AppDeps, created?: { email: string; password: string; code: string }, error?: string) {
  const t = c.get("t");
  const users = await deps.store.staff.listUsers();
  const me = c.get("session").user.id;
  return c.html(
    <StaffPage c={c} title={t("staff:users.title")}>
      <Done c={c} />
      {error ? <p class="error" role="alert">{t(`staff:users.errors.${error}`)}</p> : null}
      {created ? (
        <div class="notice" role="status">
          <p>{t("staff:users.created", { email: created.email })}</p>
          <p>{t("staff:users.password")}: <code>{created.password}</code></p>
          <p>{t("staff:users.linkCode")}: <code>{created.code}</code></p>
          <p>{t("staff:users.onceHint")}</p>
        </div>
      ) : null}
      <table>
        <caption class="muted">{t("staff:users.caption")}</caption>
        <thead><tr>
          <th scope="col">{t("staff:login.email")}</th><th scope="col">{t("staff:users.role")}</th>
          <th scope="col">{t("staff:users.since")}</th><th scope="col">{t("staff:users.telegram")}</th><th scope="col">{t("staff:users.state")}</th>
        </tr></thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.email}</td><td>{t(`staff:roles.${u.role}`)}</td><td>{formatTime(u.createdAt, c.get("lang"))}</td>
              <td>{u.telegramUserRef ? t("staff:users.linked") : "–"}</td>
              <td>
                {u.disabled ? t("staff:users.disabled") : t("staff:users.active")}{" "}
                {u.id !== me ? (
                  <form class="inline" method="post" action={`/staff/users/${u.id}/${u.disabled ? "enable" : "disable"}`}>
                    <Csrf c={c} />
                    <button type="submit" class={u.disabled ? "secondary" : "danger"} aria-label={`${u.disabled ? t("staff:users.enable") : t("staff:users.disable")} ${u.email}`}>
                      {u.disabled ? t("staff:users.enable") : t("staff:users.disable")}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("staff:users.add")}</h2>
      <form method="post" action="/staff/users" class="card row">
        <Csrf c={c} />
        <div><label for="new-email">{t("staff:login.email")}</label><input type="email" id="new-email" name="email" required /></div>
        <div>
          <label for="new-role">{t("staff:users.role")}</label>
          <select id="new-role" name="role">{STAFF_ROLES.map((r) => <option value={r}>{t(`staff:roles.${r}`)}</option>)}</select>
        </div>
        <div><button type="submit">{t("staff:users.addSubmit")}</button></div>
      </form>
    </StaffPage>,
  );
}

export function userRoutes(deps: AppDeps): StaffRoute[] {
  const toggle = (disable: boolean) => async (c: Context<StaffEnv>) => {
    const id = c.req.param("id") ?? "";
    const me = c.get("session").user.id;
    if (id === me) return c.text(c.get("t")("staff:errors.forbidden"), 403);
    const ok = disable ? await disableAccount(deps, id, me) : await enableAccount(deps, id, me);
    if (!ok) return notFound(c);
    return c.redirect(`/staff/users?done=${disable ? "disabled" : "enabled"}`, 303);
  };
  return [
    { method: "GET", path: "/staff/users", roles: admins, handler: (c) => usersPage(c, deps) },
    {
      method: "POST", path: "/staff/users", roles: admins,
      handler: async (c) => {
        const email = (await formString(c, "email")).toLowerCase();
        const role = await formString(c, "role");
        if (!(STAFF_ROLES as readonly string[]).includes(role) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
          c.status(400);
          return usersPage(c, deps, undefined, "invalid");
        }
        if (await deps.store.staff.findByEmail(email)) {
          c.status(409);
          return usersPage(c, deps, undefined, "exists");
        }
        const made = await createAccount(deps, { email, role: role as StaffRole, by: c.get("session").user.id });
        c.header("Cache-Control", "no-store");
        return usersPage(c, deps, { email: made.user.email, password: made.generatedPassword!, code: made.linkCode });
      },
    },
    { method: "POST", path: "/staff/users/:id/disable", roles: admins, handler: toggle(true) },
    { method: "POST", path: "/staff/users/:id/enable", roles: admins, handler: toggle(false) },
  ];
}

// `hlasatel user add --email E --role editor|garant|admin [--password-stdin]`,
// `hlasatel user list`, `hlasatel user disable --email E`. The password comes
// from stdin (first line) or is generated and printed once; a one-time code
// for linking a Telegram account (`/link <code>` in the bot) is printed too.
import { resolve } from "node:path";
import { MIN_PASSWORD_LENGTH, createAccount, disableAccount } from "../staff/accounts.js";
import { STAFF_ROLES, type StaffRole } from "../store/index.js";
import { openNodeStore } from "../store/open-node.js";
import { type CliIo, err, out, UsageError } from "./io.js";
import { configFrom } from "./server-verbs.js";

async function readFirstLine(io: CliIo): Promise<string> {
  let text = "";
  for await (const chunk of io.stdin) {
    text += String(chunk);
    if (text.includes("\n") || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

export async function userVerb(io: CliIo, sub: string | undefined, o: Record<string, unknown>): Promise<number> {
  if (sub !== "add" && sub !== "list" && sub !== "disable") {
    throw new UsageError("user needs add, list or disable: hlasatel user add --email garant@mesto.cz --role garant");
  }
  const email = typeof o.email === "string" ? o.email.trim() : "";
  const role = typeof o.role === "string" ? o.role : "";
  if (sub === "add" && (!email || !(STAFF_ROLES as readonly string[]).includes(role))) {
    throw new UsageError(`user add needs --email and --role (${STAFF_ROLES.join("|")})`);
  }
  if (sub === "disable" && !email) throw new UsageError("user disable needs --email");
  let password: string | null = null;
  if (sub === "add" && o["password-stdin"]) {
    password = await readFirstLine(io);
    if (password.length < MIN_PASSWORD_LENGTH) {
      err(io, `the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      return 1;
    }
  }
  const config = configFrom(io);
  const { store } = await openNodeStore(resolve(io.cwd, config.DATABASE_PATH));
  try {
    if (sub === "list") {
      for (const u of await store.staff.listUsers()) {
        out(io, `${u.email}\t${u.role}${u.disabled ? "\tdisabled" : ""}${u.telegramUserRef ? "\ttelegram" : ""}`);
      }
      return 0;
    }
    if (sub === "disable") {
      const user = await store.staff.findByEmail(email);
      if (!user) {
        err(io, `no staff user ${email}`);
        return 1;
      }
      await disableAccount({ store }, user.id, null);
      out(io, `disabled: ${user.email} (signed out everywhere)`);
      return 0;
    }
    if (await store.staff.findByEmail(email)) {
      err(io, `a staff user ${email.toLowerCase()} already exists`);
      return 1;
    }
    let made;
    try {
      made = await createAccount({ store }, { email, role: role as StaffRole, password });
    } catch (e) {
      err(io, `cannot add ${email}: ${(e as Error).message.split("\n")[0]}`);
      return 1;
    }
    out(io, `added: ${made.user.email} (${made.user.role})`);
    if (made.generatedPassword) out(io, `password (shown once): ${made.generatedPassword}`);
    const minutes = Math.round((made.linkCodeExpiresAt - Date.now()) / 60_000);
    out(io, `Telegram link code (valid ${minutes} min): /link ${made.linkCode}`);
    return 0;
  } finally {
    await store.close();
  }
}

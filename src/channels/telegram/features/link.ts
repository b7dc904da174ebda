// `/link <code>`: links this Telegram account to a staff account, with the
// one-time code `hlasatel user add` printed. Works in a private chat and in
// the staff group. Only the pseudonymous reference of the account is stored.
import { Composer, type Context } from "grammy";
import type { AppDeps } from "../../../deps.js";
import { userRef } from "../../../privacy/user-ref.js";
import { parseCommand } from "../events.js";

/** Wrong codes allowed per Telegram account per hour (codes are 40 bits, but be polite to the database). */
const ATTEMPTS_PER_HOUR = 10;

export async function linkAccount(ctx: Context, deps: AppDeps, code: string): Promise<void> {
  const t = deps.i18n.getFixedT("cs");
  const ref = await userRef(deps.secret, "telegram", ctx.from!.id);
  if (!code) {
    await ctx.reply(t("bot:staff.linkUsage"));
    return;
  }
  const limit = await deps.store.rateLimits.hit(`tglink:${ref}`, 60 * 60_000, ATTEMPTS_PER_HOUR);
  const user = limit.allowed ? await deps.store.staff.consumeLinkCode(code, ref) : null;
  if (!user) {
    await ctx.reply(t("bot:staff.linkFailed"));
    return;
  }
  await deps.store.audit.add({ staffId: user.id, action: "staff.telegram_link", target: user.id });
  await ctx.reply(t("bot:staff.linked", { email: user.email, role: user.role }));
}

export function linkCommand(deps: AppDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.chatType("private").on("message:text", async (ctx, next) => {
    const cmd = parseCommand(ctx.message.text);
    if (cmd?.command !== "link") return next();
    if (await deps.store.dedup.seen("telegram", String(ctx.update.update_id))) return;
    await linkAccount(ctx, deps, cmd.args);
  });
  return composer;
}

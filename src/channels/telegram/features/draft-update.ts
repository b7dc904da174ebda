// `/novinka Titulek` + newline + text in the staff group: a linked editor,
// garant or admin drafts an update the way the console's compose form does
// (same repo calls, same audit action, the form's defaults: every audience,
// every channel, no scheduled time, Czech). Nothing is published from the
// chat: the draft waits in the console for approval (by a second person when
// REQUIRE_SECOND_APPROVAL is on). As a reply to a message, that message's
// text becomes the body. Everyone else is ignored, silently.
import type { Context } from "grammy";
import type { AppDeps } from "../../../deps.js";
import { AUDIENCES, type StaffUser } from "../../../store/index.js";
import { UPDATE_CHANNELS } from "../../../store/repos/update-drafts.js";
import { telegramRef } from "../events.js";

export const MAX_DRAFT_TITLE = 200;
export const MAX_DRAFT_BODY = 4000;

/** The staff user behind this Telegram account, if linked, enabled and allowed to compose updates. */
async function draftingStaff(ctx: Context, deps: AppDeps): Promise<StaffUser | null> {
  if (!ctx.from || ctx.from.is_bot) return null;
  const user = await deps.store.staff.findByTelegramRef(await telegramRef(deps, ctx.from.id));
  return user && !user.disabled && ["editor", "garant", "admin"].includes(user.role) ? user : null;
}

/**
 * Title and body from the command's arguments and the replied-to text:
 * the first line is the title; the body is the rest, followed by the replied
 * text. `/novinka` alone as a reply: the replied text's first line is the title.
 */
export function parseDraft(args: string, replied: string | undefined): { title: string; body: string } | null {
  let [title = "", ...rest] = args.split("\n");
  let body = rest.join("\n").trim();
  const quoted = replied?.trim() ?? "";
  if (quoted) {
    if (!title.trim()) {
      const [first = "", ...more] = quoted.split("\n");
      title = first;
      body = [body, more.join("\n").trim() || quoted].filter(Boolean).join("\n\n");
    } else {
      body = [body, quoted].filter(Boolean).join("\n\n");
    }
  }
  title = title.trim();
  if (!title || !body || title.length > MAX_DRAFT_TITLE || body.length > MAX_DRAFT_BODY) return null;
  return { title, body };
}

export async function draftUpdateFromChat(ctx: Context, deps: AppDeps, args: string): Promise<void> {
  const user = await draftingStaff(ctx, deps);
  if (!user) {
    deps.log.info("telegram.staff_draft_ignored", { reason: "not_linked_staff" });
    return;
  }
  const t = deps.i18n.getFixedT("cs");
  const message = ctx.message!;
  const replied = message.reply_to_message;
  const draft = parseDraft(args, replied?.text ?? replied?.caption);
  const replyTo = { reply_parameters: { message_id: message.message_id } };
  if (!draft) {
    await ctx.reply(t("bot:staff.draftUsage", { title: MAX_DRAFT_TITLE, body: MAX_DRAFT_BODY }), replyTo);
    return;
  }
  const audiences = [...AUDIENCES];
  const channels = [...UPDATE_CHANNELS];
  const u = await deps.store.updates.create({ ...draft, audiences, langs: ["cs"], createdBy: user.id });
  await deps.store.updateDrafts.saveDraft(u.id, { channels, scheduledAt: null, texts: [{ lang: "cs", ...draft }], audiences });
  await deps.store.audit.add({ staffId: user.id, action: "update.draft", target: u.id, detail: { langs: ["cs"], channels, via: "telegram" } });
  deps.log.info("telegram.staff_draft", { role: user.role });
  const path = `/staff/updates/${u.id}`;
  const lines = [
    t("bot:staff.drafted", { title: draft.title }),
    `${deps.config.PUBLIC_URL ?? ""}${path}`,
    t(deps.config.REQUIRE_SECOND_APPROVAL ? "bot:staff.draftNeedsSecond" : "bot:staff.draftNeedsApproval"),
  ];
  await ctx.reply(lines.join("\n"), { ...replyTo, link_preview_options: { is_disabled: true } });
}

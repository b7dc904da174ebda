// The staff group (TELEGRAM_STAFF_CHAT_ID). A linked garant (or admin) who
// replies to a question posted there answers it: the answer is stored and
// travels back to the asker through the relay. "Do FAQ" records a request to
// turn the question into a FAQ draft. `/novinka` drafts an update
// (draft-update.ts). Everyone else is ignored, silently.
import { Composer, type Context } from "grammy";
import type { AppDeps } from "../../../deps.js";
import { userRef } from "../../../privacy/user-ref.js";
import { answerQuestion } from "../../../relay/questions.js";
import type { StaffUser } from "../../../store/index.js";
import { parseCommand } from "../events.js";
import { FAQ_DRAFT_ACTION } from "../staff-notifier.js";
import { draftUpdateFromChat } from "./draft-update.js";
import { linkAccount } from "./link.js";

const MAX_ANSWER = 4000;

/** The staff user behind this Telegram account, if linked, enabled and allowed to answer. */
async function answeringStaff(ctx: Context, deps: AppDeps): Promise<StaffUser | null> {
  if (!ctx.from || ctx.from.is_bot) return null;
  const user = await deps.store.staff.findByTelegramRef(await userRef(deps.secret, "telegram", ctx.from.id));
  return user && !user.disabled && (user.role === "garant" || user.role === "admin") ? user : null;
}

export function staffChat(deps: AppDeps, staffChatId: string): Composer<Context> {
  const composer = new Composer<Context>();
  const t = deps.i18n.getFixedT("cs");
  const staff = composer.filter((ctx) => ctx.chat !== undefined && String(ctx.chat.id) === staffChatId);

  // Telegram may deliver an update twice: act on it once.
  staff.use(async (ctx, next) => {
    if (await deps.store.dedup.seen("telegram", String(ctx.update.update_id))) return;
    await next();
  });

  staff.on("message:text", async (ctx) => {
    const cmd = parseCommand(ctx.message.text);
    if (cmd) {
      if (cmd.mention && cmd.mention.toLowerCase() !== ctx.me.username.toLowerCase()) return;
      if (cmd.command === "link") await linkAccount(ctx, deps, cmd.args);
      else if (cmd.command === "novinka") await draftUpdateFromChat(ctx, deps, cmd.args);
      return;
    }
    const repliedTo = ctx.message.reply_to_message;
    if (!repliedTo) return; // staff talking among themselves
    const questionId = await deps.store.staffMessages.questionFor({ channel: "telegram", chatId: staffChatId, messageId: repliedTo.message_id });
    if (!questionId) return;
    const user = await answeringStaff(ctx, deps);
    if (!user) {
      deps.log.info("telegram.staff_reply_ignored", { reason: "not_linked_garant" });
      return;
    }
    const outcome = await answerQuestion(deps, { questionId, staffId: user.id, text: ctx.message.text.slice(0, MAX_ANSWER) });
    const key = outcome === "delivered" ? "answered" : outcome === "ticket" ? "answeredTicket" : outcome === "queued" ? "answeredQueued" : "notFound";
    await ctx.reply(t(`bot:staff.${key}`), { reply_parameters: { message_id: ctx.message.message_id } });
  });

  staff.on("callback_query:data", async (ctx) => {
    const data = ctx.callbackQuery.data;
    const user = data.startsWith(FAQ_DRAFT_ACTION) ? await answeringStaff(ctx, deps) : null;
    if (!user) {
      await ctx.answerCallbackQuery();
      return;
    }
    const questionId = data.slice(FAQ_DRAFT_ACTION.length);
    const question = await deps.store.questions.get(questionId);
    if (!question) {
      await ctx.answerCallbackQuery({ text: t("bot:staff.notFound") });
      return;
    }
    await deps.store.audit.add({ staffId: user.id, action: "question.faq_draft", target: questionId });
    const messageId = ctx.callbackQuery.message?.message_id;
    await ctx.api.sendMessage(staffChatId, `✓ ${t("bot:staff.faqRecorded")}`, messageId ? { reply_parameters: { message_id: messageId } } : {});
    await ctx.answerCallbackQuery({ text: t("bot:staff.faqRecorded") });
  });

  // Anything else in the staff chat (joins, photos, other bots) is not ours to answer.
  return composer;
}

// Posts each new forwarded question to the Telegram staff chat: theme,
// audience, language and the redacted text only — never a name, username or
// chat id. The message is recorded in staff_messages, so that a linked
// garant's reply to it answers the question; "Do FAQ" asks for a FAQ draft.
import type { AppDeps } from "../../deps.js";
import type { Question } from "../../store/index.js";
import type { StaffNotifier } from "../types.js";
import { callTelegram, type TelegramApiOptions } from "./api.js";
import { escapeHtml, TEXT_LIMIT } from "./render.js";

/** Staff chat button: ask for a FAQ draft from this question. */
export const FAQ_DRAFT_ACTION = "sq:faq:";

/** Longest retry_after the notifier waits out once. */
const MAX_WAIT_MS = 3000;

export function staffQuestionHtml(deps: Pick<AppDeps, "i18n">, q: Question): string {
  const t = deps.i18n.getFixedT("cs");
  const text = q.textRedacted.length > TEXT_LIMIT - 400 ? `${q.textRedacted.slice(0, TEXT_LIMIT - 401)}…` : q.textRedacted;
  return [
    `<b>${escapeHtml(t("bot:staff.newQuestion"))}</b>`,
    `${escapeHtml(t("bot:staff.theme"))}: ${escapeHtml(q.theme ?? t("bot:staff.noTheme"))}`,
    `${escapeHtml(t("bot:staff.audience"))}: ${escapeHtml(t(`bot:staff.aud.${q.audience}`))}`,
    `${escapeHtml(t("bot:staff.language"))}: ${escapeHtml(q.lang)}`,
    `${escapeHtml(t("bot:staff.channel"))}: ${escapeHtml(q.channel)}`,
    "",
    escapeHtml(text),
    "",
    `<i>${escapeHtml(t("bot:staff.howToAnswer"))}</i>`,
  ].join("\n");
}

export function createTelegramStaffNotifier(api: TelegramApiOptions, staffChatId: string, deps: Pick<AppDeps, "store" | "i18n" | "log">): StaffNotifier {
  return {
    channel: "telegram",
    async questionCreated(q) {
      const t = deps.i18n.getFixedT("cs");
      const payload = {
        chat_id: staffChatId,
        text: staffQuestionHtml(deps, q),
        parse_mode: "HTML",
        reply_markup: { inline_keyboard: [[{ text: t("bot:staff.toFaq"), callback_data: `${FAQ_DRAFT_ACTION}${q.id}` }]] },
      };
      let r = await callTelegram<{ message_id: number }>(api, "sendMessage", payload);
      // Groups take about 20 messages a minute; a short wait is worth it, a long one is not (the web inbox has the question).
      if (!r.ok && r.reason === "rate_limited" && r.retryAfterMs <= MAX_WAIT_MS) {
        const wait = r.retryAfterMs;
        await new Promise((done) => setTimeout(done, wait));
        r = await callTelegram<{ message_id: number }>(api, "sendMessage", payload);
      }
      if (!r.ok) {
        deps.log.warn("telegram.staff_notify_failed", { reason: r.reason });
        return;
      }
      await deps.store.staffMessages.add({ channel: "telegram", chatId: staffChatId, messageId: r.result.message_id }, q.id);
    },
  };
}

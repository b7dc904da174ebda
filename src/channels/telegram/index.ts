// The Telegram channel: what the rest of the program uses.
import type { AppDeps } from "../../deps.js";
import { createTelegramSender } from "./sender.js";
import { createTelegramStaffNotifier } from "./staff-notifier.js";

export { createBot, type BotOptions } from "./bot.js";
export { telegramWebhook } from "./webhook.js";
export { startTelegramPolling, type Polling } from "./polling.js";
export { createTelegramSender } from "./sender.js";
export { createTelegramStaffNotifier } from "./staff-notifier.js";
export { callTelegram } from "./api.js";
export { escapeHtml, renderMessage } from "./render.js";

/** Adds the Telegram sender and (with TELEGRAM_STAFF_CHAT_ID) the staff-chat notifier to deps. No-op without a token. */
export function attachTelegram(deps: AppDeps): void {
  const token = deps.config.TELEGRAM_BOT_TOKEN;
  if (!token) return;
  const api = { token, apiRoot: deps.config.TELEGRAM_API_ROOT, http: deps.http };
  deps.senders.telegram = createTelegramSender(api, deps);
  const staffChat = deps.config.TELEGRAM_STAFF_CHAT_ID;
  if (staffChat && !deps.staffNotifiers.some((n) => n.channel === "telegram")) {
    deps.staffNotifiers.push(createTelegramStaffNotifier(api, staffChat, deps));
  }
}

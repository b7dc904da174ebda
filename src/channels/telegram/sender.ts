// The Telegram ChannelSender: garant answers and broadcasts to one chat. A
// long message goes as several parts, in order. A 403 (the person blocked
// the bot) marks their subscription inactive here, so no caller forgets it.
import type { AppDeps } from "../../deps.js";
import type { ChannelSender, SendResult } from "../types.js";
import { callTelegram, type TelegramApiOptions } from "./api.js";
import { renderMessage } from "./render.js";

export function createTelegramSender(api: TelegramApiOptions, deps?: Pick<AppDeps, "store" | "log">): ChannelSender {
  return {
    channel: "telegram",
    async send(address, message): Promise<SendResult> {
      let messageId: string | undefined;
      for (const part of renderMessage(message)) {
        const r = await callTelegram<{ message_id: number }>(api, "sendMessage", { chat_id: address, ...part });
        if (!r.ok) {
          if (r.reason === "blocked" && deps) {
            await deps.store.subscriptions.deactivateByAddress("telegram", address);
            deps.log.info("telegram.blocked", { deactivated: true });
          }
          return r;
        }
        messageId ??= String(r.result.message_id);
      }
      return { ok: true, messageId };
    },
  };
}

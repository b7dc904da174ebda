// Long polling, used when PUBLIC_URL is unset (a laptop, a server behind NAT):
// the same bot as the webhook, fed by getUpdates.
import type { AppDeps } from "../../deps.js";
import { errorKind } from "../../log.js";
import { createBot, type BotOptions } from "./bot.js";

export interface Polling {
  /** Resolves once getUpdates is running. */
  started: Promise<void>;
  stop(): Promise<void>;
}

export function startTelegramPolling(deps: AppDeps, options: BotOptions = {}): Polling {
  const token = deps.config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  const bot = createBot(token, deps, options);
  let onStarted: () => void = () => undefined;
  const started = new Promise<void>((r) => { onStarted = r; });
  const running = bot.start({
    allowed_updates: ["message", "callback_query", "my_chat_member"],
    onStart: () => {
      deps.log.info("telegram.polling", { started: true });
      onStarted();
    },
  }).catch((e) => deps.log.error("telegram.polling_failed", { kind: errorKind(e) }));
  return {
    started,
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await running;
    },
  };
}

// POST /webhooks/telegram: Telegram's webhook. Refuses (401) without the
// configured TELEGRAM_WEBHOOK_SECRET in X-Telegram-Bot-Api-Secret-Token.
// The update is handled by the same bot as long polling; the last reply
// travels in the HTTP response (a "webhook reply"), which saves a request
// per update. grammY's webhookCallback is not used because its hono adapter
// double-encodes that reply; this handler does the same steps.
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.js";
import { errorKind } from "../../log.js";
import { createBot, type BotOptions } from "./bot.js";

/** Telegram gives up after about 60 s and retries; answer well before. */
const HANDLE_TIMEOUT_MS = 8000;

const updateShape = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Compares secrets in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i % a.length) || 0) ^ (b.charCodeAt(i % b.length) || 0);
  return diff === 0;
}

export function telegramWebhook(deps: AppDeps, options: BotOptions = {}): Hono {
  const app = new Hono();
  const token = deps.config.TELEGRAM_BOT_TOKEN;
  const secret = deps.config.TELEGRAM_WEBHOOK_SECRET;
  const bot = token ? createBot(token, deps, options) : null;
  let ready: Promise<void> | null = null;

  app.post("/", async (c) => {
    const given = c.req.header("x-telegram-bot-api-secret-token");
    if (!bot || !secret || !given || !sameSecret(given, secret)) return c.text("Unauthorized", 401);
    const parsed = updateShape.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.text("Bad Request", 400);
    ready ??= bot.init().catch((e) => {
      ready = null;
      throw e;
    });
    await ready;

    let reply: string | null = null;
    let late = false;
    const envelope = {
      async send(json: string) {
        if (!late) {
          reply = json;
          return;
        }
        // The response has gone already: make the call the ordinary way.
        const { method, ...payload } = JSON.parse(json) as { method: string } & Record<string, unknown>;
        await bot.api.raw[method as "sendMessage"](payload as never);
      },
    };
    const task = bot.handleUpdate(parsed.data as never, envelope);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = await Promise.race([
      task.then(() => false),
      new Promise<boolean>((r) => { timer = setTimeout(() => r(true), HANDLE_TIMEOUT_MS); }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      late = true;
      task.catch((e) => deps.log.error("telegram.update_failed", { kind: errorKind(e) }));
      deps.log.warn("telegram.webhook_slow", { timeoutMs: HANDLE_TIMEOUT_MS });
    }
    return reply !== null ? c.body(reply, 200, { "content-type": "application/json" }) : c.body(null, 200);
  });
  return app;
}

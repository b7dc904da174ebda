// Shared set-up for the Telegram tests: test deps wired to the fake Bot API,
// the app, and a way to post updates and see what the person saw (API calls
// plus the reply that travelled in the webhook response).
import type { Hono } from "hono";
import { createApp } from "../../src/app.js";
import { attachTelegram } from "../../src/channels/telegram/index.js";
import type { AppDeps } from "../../src/deps.js";
import type { HttpClient } from "../../src/http/client.js";
import { makeTestDeps } from "../helpers/deps.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-api.js";

export const TOKEN = "123456:TEST-token";
export const SECRET = "webhook-secret-0123456789";
export const STAFF_CHAT = -1001234;

export interface Seen {
  chat_id: string;
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  via: "api" | "webhook";
  method: string;
}

export interface TgHarness {
  deps: AppDeps;
  tg: FakeTelegram;
  app: Hono<never>;
  post(update: Record<string, unknown>, secret?: string | null): Promise<{ status: number; seen: Seen[] }>;
  close(): Promise<void>;
}

let nextUpdate = 1;

/** `http`: the client for outbound calls (the Node entry's node:http one); fetch when absent, as on Workers. */
export async function tgHarness(env: Record<string, string> = {}, options: { http?: HttpClient } = {}): Promise<TgHarness> {
  const tg = await startFakeTelegram({ token: TOKEN });
  const deps = await makeTestDeps({
    env: {
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_STAFF_CHAT_ID: String(STAFF_CHAT), ...env,
    },
  });
  if (options.http) deps.http = options.http;
  attachTelegram(deps);
  const app = createApp(deps) as unknown as Hono<never>;
  return {
    deps, tg, app,
    async post(update, secret = SECRET) {
      const before = tg.calls.length;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (secret !== null) headers["x-telegram-bot-api-secret-token"] = secret;
      const body = { update_id: nextUpdate++, ...update };
      const res = await app.request("/webhooks/telegram", { method: "POST", headers, body: JSON.stringify(body) });
      const seen: Seen[] = tg.calls.slice(before)
        .filter((c) => c.method === "sendMessage" || c.method === "answerCallbackQuery")
        .map((c) => ({ ...(c.params as unknown as Seen), chat_id: String(c.params.chat_id ?? ""), via: "api", method: c.method }));
      const raw = await res.text();
      if (raw && (res.headers.get("content-type") ?? "").includes("json")) {
        const reply = JSON.parse(raw) as Record<string, unknown>;
        seen.push({ ...(reply as unknown as Seen), chat_id: String(reply.chat_id ?? ""), via: "webhook", method: String(reply.method) });
      }
      return { status: res.status, seen: seen.filter((s) => s.method === "sendMessage") };
    },
    async close() {
      await deps.store.close();
      await tg.close();
    },
  };
}

export const texts = (seen: Seen[]) => seen.map((s) => s.text).join("\n---\n");
export const buttons = (seen: Seen[]) => seen.flatMap((s) => s.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.callback_data ?? "");

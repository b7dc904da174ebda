// grammY context → the channel-neutral InboundEvent, and replies back out.
import type { Api, Context } from "grammy";
import type { AppDeps } from "../../deps.js";
import { userRef } from "../../privacy/user-ref.js";
import type { InboundEvent, OutboundMessage } from "../types.js";
import { renderAll } from "./render.js";

/** Longest text taken from a person; the rest is cut (the core caps again). */
const MAX_TEXT = 2000;

export interface ParsedCommand { command: string; args: string; mention: string | null }

/** "/Faq@hlasatel_bot args" → { command: "faq", args: "args", mention: "hlasatel_bot" }; null for plain text. */
export function parseCommand(text: string): ParsedCommand | null {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  return m ? { command: m[1]!.toLowerCase(), args: (m[3] ?? "").trim(), mention: m[2] ?? null } : null;
}

const refCache = new WeakMap<AppDeps, Map<number, string>>();
const REF_CACHE_LIMIT = 50_000;

/** userRef (an HMAC through Web Crypto, which queues on the thread pool) remembered per Telegram user id. */
export async function telegramRef(deps: AppDeps, id: number): Promise<string> {
  let cache = refCache.get(deps);
  if (!cache) refCache.set(deps, (cache = new Map()));
  let ref = cache.get(id);
  if (ref === undefined) {
    ref = await userRef(deps.secret, "telegram", id);
    if (cache.size >= REF_CACHE_LIMIT) cache.clear();
    cache.set(id, ref);
  }
  return ref;
}

export async function toInboundEvent(ctx: Context, deps: AppDeps): Promise<InboundEvent | null> {
  const from = ctx.from;
  const chat = ctx.chat;
  if (!from || !chat) return null;
  const base = {
    channel: "telegram" as const,
    userRef: await telegramRef(deps, from.id),
    address: String(chat.id),
    eventId: String(ctx.update.update_id),
    langHint: from.language_code,
  };
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return { ...base, kind: "action", action: data.slice(0, 64) };
  const text = ctx.message?.text;
  if (text === undefined) return ctx.message ? { ...base, kind: "unsupported" } : null;
  const cmd = parseCommand(text);
  if (cmd) {
    if (cmd.mention && cmd.mention.toLowerCase() !== ctx.me.username.toLowerCase()) return null;
    return { ...base, kind: "command", command: cmd.command, args: cmd.args.slice(0, MAX_TEXT) };
  }
  return { ...base, kind: "text", text: text.slice(0, MAX_TEXT) };
}

/**
 * Sends the replies in order. Every message but the last goes straight to the
 * API (`direct`, without the webhook-reply envelope); the last call of the
 * update may travel in the webhook response (ctx.api), which Telegram
 * processes after our response, so the order still holds.
 */
export async function deliver(ctx: Context, direct: Api, messages: OutboundMessage[]): Promise<void> {
  const chatId = ctx.chat!.id;
  const parts = renderAll(messages);
  const isCallback = !!ctx.callbackQuery;
  for (let i = 0; i < parts.length; i++) {
    const { text, ...other } = parts[i]!;
    const last = i === parts.length - 1 && !isCallback;
    await (last ? ctx.api : direct).sendMessage(chatId, text, other as Parameters<Api["sendMessage"]>[2]);
  }
  if (isCallback) await ctx.answerCallbackQuery();
}

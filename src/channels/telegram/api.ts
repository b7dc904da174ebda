// A minimal Bot API call, for sending outside of an update (garant answers,
// broadcasts, staff notifications), over the runtime's HttpClient. Maps
// Telegram's errors onto the channel-neutral SendResult.
import { fetchHttpClient, type HttpClient, type HttpResponse } from "../../http/client.js";
import type { SendResult } from "../types.js";

export interface TelegramApiOptions {
  token: string;
  /** TELEGRAM_API_ROOT without a trailing slash. */
  apiRoot: string;
  /** The runtime's client (deps.http); fetch when absent. */
  http?: HttpClient;
  /** Per call; Telegram answers in well under a second. */
  timeoutMs?: number;
}

export type CallResult<T> = { ok: true; result: T } | Exclude<SendResult, { ok: true }>;

export async function callTelegram<T = unknown>(o: TelegramApiOptions, method: string, payload: Record<string, unknown>): Promise<CallResult<T>> {
  const http = o.http ?? fetchHttpClient;
  let res: HttpResponse;
  try {
    res = await http(`${o.apiRoot}/bot${o.token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      timeoutMs: o.timeoutMs ?? 10_000,
    });
  } catch {
    return { ok: false, reason: "failed", retryable: true };
  }
  let body: { ok?: boolean; result?: T; error_code?: number; description?: string; parameters?: { retry_after?: number } } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // a proxy's HTML error page: judged by the status below
  }
  if (res.ok && body.ok) return { ok: true, result: body.result as T };
  const status = body.error_code ?? res.status;
  if (status === 429) return { ok: false, reason: "rate_limited", retryAfterMs: Math.max(1, body.parameters?.retry_after ?? 1) * 1000 };
  if (status === 403) return { ok: false, reason: "blocked" };
  // "chat not found": the chat is gone; treat like a block so nobody retries forever.
  if (status === 400 && /chat not found|user is deactivated/i.test(body.description ?? "")) return { ok: false, reason: "blocked" };
  return { ok: false, reason: "failed", retryable: status >= 500, status };
}

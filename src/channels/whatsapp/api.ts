// The Graph API call that sends one message, and what its errors mean for the
// caller (retry later, give up, mark the person unreachable).
import { fetchHttpClient, type HttpClient, type HttpResponse } from "../../http/client.js";
import type { SendResult } from "../types.js";
import type { WhatsAppBody } from "./render.js";

export interface WhatsAppApiConfig {
  apiRoot: string;
  phoneNumberId: string;
  token: string;
  /** fetch when unset. */
  http?: HttpClient;
}

const RATE_LIMIT_CODES = new Set([4, 80007, 130429, 131048, 131056]);
// 131047: more than 24 hours since the person wrote (re-engagement message).
const OUTSIDE_WINDOW_CODES = new Set([131047]);
// 131026: undeliverable (not on WhatsApp, or has blocked the number);
// 131050: the person stopped marketing messages from us.
const BLOCKED_CODES = new Set([131026, 131050]);

const graphError = (json: unknown): number | null => {
  const code = (json as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === "number" ? code : null;
};

function retryAfterMs(res: HttpResponse, code: number | null): number {
  const header = Number(res.headers.get("retry-after"));
  if (Number.isFinite(header) && header > 0) return Math.min(header * 1000, 3_600_000);
  // 131056: too many messages to one person; Meta asks to wait a while.
  return code === 131056 ? 6_000 : 1_000;
}

/** The outcome, with Meta's error code when there was one (for decisions such as a template fallback). */
export type PostResult = SendResult & { errorCode?: number };

/** Posts one message body to `to` (the person's wa_id). */
export async function postMessage(config: WhatsAppApiConfig, to: string, body: WhatsAppBody): Promise<PostResult> {
  let res: HttpResponse;
  try {
    res = await (config.http ?? fetchHttpClient)(`${config.apiRoot}/${encodeURIComponent(config.phoneNumberId)}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${config.token}`, "content-type": "application/json" },
      body: JSON.stringify({ messaging_product: "whatsapp", recipient_type: "individual", to, ...body }),
      timeoutMs: 15_000,
    });
  } catch {
    return { ok: false, reason: "failed", retryable: true };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const id = (json as { messages?: { id?: unknown }[] } | null)?.messages?.[0]?.id;
    return typeof id === "string" ? { ok: true, messageId: id } : { ok: true };
  }
  const code = graphError(json);
  const errorCode = code ?? undefined;
  if (res.status === 429 || (code !== null && RATE_LIMIT_CODES.has(code))) return { ok: false, reason: "rate_limited", retryAfterMs: retryAfterMs(res, code), errorCode };
  if (code !== null && OUTSIDE_WINDOW_CODES.has(code)) return { ok: false, reason: "outside_window", errorCode };
  if (code !== null && BLOCKED_CODES.has(code)) return { ok: false, reason: "blocked", errorCode };
  return { ok: false, reason: "failed", retryable: res.status >= 500, status: res.status, errorCode };
}

// Calls to the Discord REST API (DISCORD_API_ROOT) through the HttpClient
// (fetch by default, so it runs on Workers; node:http on the Node entry).
// Rate limits: Discord answers 429 with retry_after (seconds) in the body;
// the X-RateLimit-* headers say when a bucket is empty.
// We never wait inside a request: the caller gets rate_limited and retries.
import { fetchHttpClient, type HttpClient, type HttpResponse } from "../../http/client.js";
import type { SendResult } from "../types.js";

export interface DiscordApiConfig {
  apiRoot: string;
  /** Bot token; not needed for interaction webhooks (the token is in the URL). */
  botToken?: string;
  /** fetch when unset. */
  http?: HttpClient;
}

export interface DiscordResponse {
  status: number;
  json: any;
  result: SendResult;
}

// 50007: cannot send messages to this user (DMs closed / blocked the bot);
// 10013: unknown user; 10003: unknown channel.
const BLOCKED_CODES = new Set([50007, 10013, 10003]);

export function retryAfterMs(res: HttpResponse, json: any): number {
  const body = Number(json?.retry_after);
  if (Number.isFinite(body) && body >= 0) return Math.ceil(body * 1000);
  const header = Number(res.headers.get("retry-after") ?? res.headers.get("x-ratelimit-reset-after"));
  return Number.isFinite(header) && header >= 0 ? Math.ceil(header * 1000) : 1000;
}

/**
 * Remembers, per route, until when Discord said its bucket is empty
 * (X-RateLimit-Remaining: 0 + X-RateLimit-Reset-After), so we do not spend a
 * request only to be refused.
 */
export class RateLimitBuckets {
  private until = new Map<string, number>();
  constructor(private clock: () => number = Date.now) {}
  waitMs(route: string): number {
    const until = this.until.get(route);
    if (until === undefined) return 0;
    const wait = until - this.clock();
    if (wait <= 0) this.until.delete(route);
    return Math.max(0, wait);
  }
  note(route: string, res: HttpResponse): void {
    if (res.headers.get("x-ratelimit-remaining") !== "0") return;
    const after = Number(res.headers.get("x-ratelimit-reset-after"));
    if (Number.isFinite(after) && after > 0) this.until.set(route, this.clock() + Math.ceil(after * 1000));
    if (this.until.size > 1000) this.until.clear();
  }
}

export async function discordRequest(
  config: DiscordApiConfig, method: string, path: string, body?: unknown, auth = true, buckets?: RateLimitBuckets,
): Promise<DiscordResponse> {
  const route = `${method} ${path}`;
  const wait = buckets?.waitMs(route) ?? 0;
  if (wait > 0) return { status: 429, json: null, result: { ok: false, reason: "rate_limited", retryAfterMs: wait } };
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "DiscordBot (https://github.com/hlasatel, 0.1)" };
  if (auth && config.botToken) headers.authorization = `Bot ${config.botToken}`;
  let res: HttpResponse;
  try {
    res = await (config.http ?? fetchHttpClient)(`${config.apiRoot}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), timeoutMs: 15_000 });
  } catch {
    return { status: 0, json: null, result: { ok: false, reason: "failed", retryable: true } };
  }
  buckets?.note(route, res);
  const json: any = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { status: res.status, json, result: typeof json?.id === "string" ? { ok: true, messageId: json.id } : { ok: true } };
  if (res.status === 429) return { status: 429, json, result: { ok: false, reason: "rate_limited", retryAfterMs: retryAfterMs(res, json) } };
  if (typeof json?.code === "number" && BLOCKED_CODES.has(json.code)) return { status: res.status, json, result: { ok: false, reason: "blocked" } };
  return { status: res.status, json, result: { ok: false, reason: "failed", retryable: res.status >= 500, status: res.status } };
}

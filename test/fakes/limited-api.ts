// A rate-limited chat platform on 127.0.0.1 for the dispatcher's tests and
// benches, plus a tiny ChannelSender that talks to it over HTTP.
//
// POST /send {chat, text, key?} → 200 {ok:true, id} | 429 {retry_after} when the
// limit is exceeded (token bucket: `ratePerSec`, `burst`; optional minimum gap
// per chat) | 403 for blocked chats | 502 for the first N attempts of flaky
// chats | 400 {error:"outside_window"} for chats outside the WhatsApp window.
// With `dedupByKey`, a repeated idempotency key is acknowledged but not
// delivered again (what Discord's enforce_nonce does).
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChannelSender, OutboundMessage, SendOptions, SendResult } from "../../src/channels/types.js";
import type { BotChannel } from "../../src/store/index.js";

export interface LimitedApiOptions {
  ratePerSec: number;
  burst: number;
  /** Minimum gap between two deliveries to one chat (Telegram: 1000). */
  perChatIntervalMs?: number;
  blocked?: Iterable<string>;
  /** chat → how many attempts answer 502 before one succeeds. */
  flaky?: Record<string, number>;
  outsideWindow?: Iterable<string>;
  dedupByKey?: boolean;
  /** Called after every delivery (the crash test kills the worker after N). */
  onDelivery?: (total: number) => void;
}

export interface LimitedApi {
  url: string;
  /** Deliveries per chat (a value above 1 is a duplicate). */
  deliveries: Map<string, number>;
  stats: { requests: number; delivered: number; tooMany: number; serverErrors: number; blocked: number; deduplicated: number; firstAt: number; lastAt: number };
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startLimitedApi(o: LimitedApiOptions): Promise<LimitedApi> {
  const blocked = new Set(o.blocked ?? []);
  const outside = new Set(o.outsideWindow ?? []);
  const flaky = new Map(Object.entries(o.flaky ?? {}));
  const keys = new Set<string>();
  const lastByChat = new Map<string, number>();
  const deliveries = new Map<string, number>();
  const stats = { requests: 0, delivered: 0, tooMany: 0, serverErrors: 0, blocked: 0, deduplicated: 0, firstAt: 0, lastAt: 0 };
  let tokens = o.burst;
  let last = performance.now();

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer(async (req, res) => {
    if (req.method === "GET" && req.url === "/stats") {
      const counts = [...deliveries.values()];
      return json(res, 200, { ...stats, people: deliveries.size, duplicates: counts.reduce((s, n) => s + n - 1, 0) });
    }
    if (req.method !== "POST" || req.url !== "/send") return json(res, 404, { ok: false });
    const body = JSON.parse(await readBody(req)) as { chat: string; text: string; key?: string };
    stats.requests++;
    const now = performance.now();
    tokens = Math.min(o.burst, tokens + ((now - last) * o.ratePerSec) / 1000);
    last = now;
    if (tokens < 1) {
      stats.tooMany++;
      return json(res, 429, { ok: false, retry_after: Math.max(0.001, (1 - tokens) / o.ratePerSec) });
    }
    const gap = o.perChatIntervalMs ?? 0;
    const prev = lastByChat.get(body.chat);
    if (gap && prev !== undefined && now - prev < gap) {
      stats.tooMany++;
      return json(res, 429, { ok: false, retry_after: (gap - (now - prev)) / 1000 });
    }
    tokens -= 1;
    if (blocked.has(body.chat)) {
      stats.blocked++;
      return json(res, 403, { ok: false, error: "blocked" });
    }
    const failuresLeft = flaky.get(body.chat) ?? 0;
    if (failuresLeft > 0) {
      flaky.set(body.chat, failuresLeft - 1);
      stats.serverErrors++;
      return json(res, 502, { ok: false });
    }
    if (outside.has(body.chat)) return json(res, 400, { ok: false, error: "outside_window" });
    if (o.dedupByKey && body.key) {
      if (keys.has(body.key)) {
        stats.deduplicated++;
        return json(res, 200, { ok: true, id: body.key, duplicate: true });
      }
      keys.add(body.key);
    }
    if (gap) lastByChat.set(body.chat, now);
    deliveries.set(body.chat, (deliveries.get(body.chat) ?? 0) + 1);
    stats.delivered++;
    if (!stats.firstAt) stats.firstAt = now;
    stats.lastAt = now;
    o.onDelivery?.(stats.delivered);
    json(res, 200, { ok: true, id: String(stats.delivered) });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    stats,
    close: () => new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

/** POST JSON with node:http over kept-alive sockets (fetch costs ~1 ms of CPU a request, too much for 1,000/s on one core). */
function postJson(agent: Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** A ChannelSender for the fake, mapping its answers the way the real senders map their platform's. */
export function limitedApiSender(channel: BotChannel, url: string, sendKeys = true): ChannelSender {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const endpoint = new URL("/send", url);
  return {
    channel,
    async send(address: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
      let res: { status: number; text: string };
      try {
        res = await postJson(agent, endpoint, JSON.stringify({
          chat: address, text: `${message.title ?? ""}\n${message.text}`, key: sendKeys ? options.idempotencyKey : undefined,
        }));
      } catch {
        return { ok: false, reason: "failed", retryable: true };
      }
      let body: { id?: string; retry_after?: number; error?: string } = {};
      try {
        body = JSON.parse(res.text) as typeof body;
      } catch { /* not JSON: treat by status */ }
      if (res.status >= 200 && res.status < 300) return { ok: true, messageId: body.id };
      if (res.status === 429) return { ok: false, reason: "rate_limited", retryAfterMs: Math.ceil((body.retry_after ?? 1) * 1000) };
      if (res.status === 403) return { ok: false, reason: "blocked" };
      if (body.error === "outside_window") return { ok: false, reason: "outside_window" };
      return { ok: false, reason: "failed", retryable: res.status >= 500, status: res.status };
    },
  };
}

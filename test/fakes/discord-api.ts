// A fake Discord REST API on 127.0.0.1, reached through DISCORD_API_ROOT. It
// records every call and answers like Discord: DM channels, channel messages,
// interaction follow-ups (PATCH @original), command registration, rate-limit
// headers, and 429 / error codes when told to.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface DiscordCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: any;
}

export interface DiscordFailure {
  status: number;
  /** Discord's JSON error code (50007: cannot DM this user). */
  code?: number;
  /** 429: seconds to wait. */
  retryAfter?: number;
}

export interface FakeDiscordApi {
  /** e.g. http://127.0.0.1:41234/api/v10 */
  root: string;
  calls: DiscordCall[];
  find(method: string, pattern: RegExp): DiscordCall[];
  failNext(...f: DiscordFailure[]): void;
  /** Resolves when a call matching appears (or rejects after timeoutMs). */
  waitFor(method: string, pattern: RegExp, timeoutMs?: number): Promise<DiscordCall>;
  reset(): void;
  close(): Promise<void>;
}

export const FAKE_BOT_TOKEN = "test-discord-token";

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeDiscordApi(): Promise<FakeDiscordApi> {
  const calls: DiscordCall[] = [];
  const failures: DiscordFailure[] = [];
  let snowflake = 1_300_000_000_000_000_000n;
  const nextId = () => String(++snowflake);
  let waiters: { method: string; pattern: RegExp; resolve: (c: DiscordCall) => void }[] = [];

  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0]!.replace(/^\/api\/v10/, "");
    const call = { method, path, authorization: req.headers.authorization, body };
    calls.push(call);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "application/json",
        "x-ratelimit-limit": "5", "x-ratelimit-remaining": "4", "x-ratelimit-reset-after": "1.000", "x-ratelimit-bucket": "fakebucket",
        ...headers,
      });
      res.end(status === 204 ? undefined : JSON.stringify(json));
    };
    const message = (channelId: string) => ({
      id: nextId(), type: 0, channel_id: channelId, content: body?.content ?? "", embeds: body?.embeds ?? [],
      components: body?.components ?? [], flags: body?.flags ?? 0, timestamp: new Date().toISOString(),
      author: { id: "1100000000000000001", username: "hlasatel", bot: true },
    });
    try {
      const isWebhook = path.startsWith("/webhooks/");
      if (!isWebhook && req.headers.authorization !== `Bot ${FAKE_BOT_TOKEN}`) return send(401, { message: "401: Unauthorized", code: 0 });
      const failure = failures.shift();
      if (failure) {
        if (failure.status === 429) {
          const after = failure.retryAfter ?? 1;
          return send(429, { message: "You are being rate limited.", retry_after: after, global: false },
            { "retry-after": String(Math.ceil(after)), "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": String(after), "x-ratelimit-scope": "user" });
        }
        return send(failure.status, { message: failure.code === 50007 ? "Cannot send messages to this user" : "Error", code: failure.code ?? 0 });
      }
      let m: RegExpExecArray | null;
      if (method === "POST" && path === "/users/@me/channels") {
        return send(200, { id: `9${String(body?.recipient_id ?? "0").slice(1)}`, type: 1, recipients: [{ id: body?.recipient_id }] });
      }
      if (method === "POST" && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) return send(200, message(m[1]!));
      if (method === "PATCH" && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) return send(200, { ...message(m[1]!), id: m[2] });
      if (method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return send(200, message("1200000000000000001"));
      if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return send(200, message("1200000000000000001"));
      if (method === "PUT" && /^\/applications\/\d+\/commands$/.test(path)) {
        return send(200, (Array.isArray(body) ? body : []).map((c: object) => ({ ...c, id: nextId(), version: nextId(), application_id: "1" })));
      }
      return send(404, { message: "404: Not Found", code: 0 });
    } finally {
      waiters = waiters.filter((w) => {
        if (w.method !== method || !w.pattern.test(path)) return true;
        w.resolve(call);
        return false;
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const find = (method: string, pattern: RegExp) => calls.filter((c) => c.method === method && pattern.test(c.path));
  return {
    root: `http://127.0.0.1:${port}/api/v10`,
    calls,
    find,
    failNext: (...f) => void failures.push(...f),
    waitFor(method, pattern, timeoutMs = 5000) {
      const done = find(method, pattern)[0];
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${method} ${pattern} arrived`)), timeoutMs);
        waiters.push({ method, pattern, resolve: (c) => { clearTimeout(timer); resolve(c); } });
      });
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Plain text of a Discord message body: content, embed titles/descriptions/footers (Markdown escapes removed). */
export function discordText(data: any): string {
  const parts: string[] = [];
  if (data?.content) parts.push(data.content);
  for (const e of data?.embeds ?? []) parts.push(...[e.title, e.description, e.footer?.text].filter(Boolean));
  return parts.join("\n\n").replace(/\\([\\*_~`|>#[\]()-])/g, "$1");
}

/** Labels and custom ids of the buttons of a Discord message body. */
export function discordButtons(data: any): { label: string; customId?: string; url?: string }[] {
  return (data?.components ?? []).flatMap((row: any) => row.components ?? []).filter((c: any) => c.type === 2)
    .map((c: any) => ({ label: c.label, customId: c.custom_id, url: c.url }));
}

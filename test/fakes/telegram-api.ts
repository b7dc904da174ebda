// A fake Telegram Bot API on 127.0.0.1 for tests and benches. It speaks the
// real shape (POST/GET /bot<token>/<method>, JSON or form bodies, {ok, result}
// or {ok:false, error_code, description, parameters}), records every call,
// gives realistic results (message ids per chat, chat objects), serves
// getUpdates for long polling, and fails on demand (429 with retry_after,
// 403 blocked, 5xx) or by enforcing Telegram's rates.
//
//   const tg = await startFakeTelegram({ token: "123:abc" });
//   env TELEGRAM_API_ROOT = tg.apiRoot
//   tg.sent(chatId)           // sendMessage params to that chat, in order
//   tg.failNext("sendMessage", { status: 429, retryAfter: 3 })
//   tg.blockChat(4242)        // every send to 4242 answers 403 from now on
//   tg.pushUpdate({...})      // delivered by the next getUpdates
//   await tg.close()
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  token: string;
  params: Record<string, unknown>;
  /** Milliseconds since the epoch (real time). */
  at: number;
  /** The status the fake answered with. */
  status: number;
}

export interface Failure {
  status: 429 | 403 | 400 | 500 | 502;
  /** 429: seconds to wait (parameters.retry_after). */
  retryAfter?: number;
  description?: string;
}

export interface RateRule {
  /** Messages per chat per second (Telegram: about 1). */
  perChat?: number;
  /** Messages per second overall (Telegram: about 30). */
  overall?: number;
}

export interface FakeTelegramOptions {
  /** Only this token is accepted (others get 401); any token when omitted. */
  token?: string;
  /** Enforce Telegram's rates on send methods: 429 with retry_after when exceeded. */
  rate?: RateRule;
  /** Longest a getUpdates long poll is held, in ms (tests keep it short). Default 1000. */
  maxPollMs?: number;
  /** Milliseconds to wait before answering every call (simulates network latency). */
  latencyMs?: number;
}

export interface FakeTelegram {
  /** Pass as TELEGRAM_API_ROOT. */
  readonly apiRoot: string;
  readonly calls: RecordedCall[];
  readonly bot: { id: number; username: string; first_name: string };
  callsTo(method: string): RecordedCall[];
  /** sendMessage params (successful ones), optionally for one chat. */
  sent(chatId?: number | string): Record<string, unknown>[];
  /** The next `times` calls of `method` fail like this. */
  failNext(method: string, failure: Failure, times?: number): void;
  /** Every send to this chat answers 403 "bot was blocked by the user" until unblocked. */
  blockChat(chatId: number | string): void;
  unblockChat(chatId: number | string): void;
  /** Queues an update for getUpdates; update_id is filled in when missing. Returns the update_id. */
  pushUpdate(update: Record<string, unknown>): number;
  /** Resolves with the first recorded call matching, waiting up to timeoutMs. */
  waitFor(predicate: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Forgets calls, failures, blocks and queued updates. */
  reset(): void;
  close(): Promise<void>;
}

const SEND_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage"]);

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, Failure[]>();
  const blocked = new Set<string>();
  const messageIds = new Map<string, number>();
  const sendTimes = { all: [] as number[], perChat: new Map<string, number[]>() };
  let updates: Record<string, unknown>[] = [];
  let nextUpdateId = 1000;
  let pollWaiters: Array<() => void> = [];
  const callWaiters: Array<() => void> = [];
  const bot = { id: 7000001, is_bot: true, first_name: "Hlasatel", username: "hlasatel_test_bot" };

  function chatOf(chatId: unknown): Record<string, unknown> {
    const id = Number(chatId);
    return id < 0 ? { id, type: "supergroup", title: "Staff" } : { id, type: "private", first_name: "Person" };
  }

  function message(params: Record<string, unknown>): Record<string, unknown> {
    const chat = String(params.chat_id);
    const id = (messageIds.get(chat) ?? 0) + 1;
    messageIds.set(chat, id);
    const m: Record<string, unknown> = { message_id: id, date: Math.floor(Date.now() / 1000), chat: chatOf(params.chat_id), from: bot };
    if (typeof params.text === "string") m.text = params.text;
    if (params.reply_markup) m.reply_markup = typeof params.reply_markup === "string" ? JSON.parse(params.reply_markup) : params.reply_markup;
    return m;
  }

  /** 429 with the seconds until a slot frees up, or null when within the rate. */
  function rateLimited(chatId: string): number | null {
    const rule = options.rate;
    if (!rule) return null;
    const now = Date.now();
    const recent = (list: number[]) => { while (list.length && list[0]! <= now - 1000) list.shift(); return list; };
    const all = recent(sendTimes.all);
    const chat = recent(sendTimes.perChat.get(chatId) ?? []);
    sendTimes.perChat.set(chatId, chat);
    const over = (list: number[], max?: number) => (max !== undefined && list.length >= max ? list[0]! + 1000 - now : 0);
    const wait = Math.max(over(all, rule.overall), over(chat, rule.perChat));
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    all.push(now);
    chat.push(now);
    return null;
  }

  function answer(method: string, params: Record<string, unknown>): { status: number; body: Record<string, unknown> } | Promise<{ status: number; body: Record<string, unknown> }> {
    const queued = failures.get(method);
    const failure = queued?.shift();
    if (queued && !queued.length) failures.delete(method);
    if (failure) return failed(failure);
    if (SEND_METHODS.has(method) || method === "editMessageText") {
      const chat = String(params.chat_id);
      if (blocked.has(chat)) return failed({ status: 403, description: "Forbidden: bot was blocked by the user" });
      if (SEND_METHODS.has(method)) {
        const wait = rateLimited(chat);
        if (wait !== null) return failed({ status: 429, retryAfter: wait });
      }
    }
    switch (method) {
      case "getMe":
        return ok({ ...bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case "sendMessage":
        if (typeof params.text !== "string" || !params.text.length) return failed({ status: 400, description: "Bad Request: message text is empty" });
        if (params.text.length > 4096 * 2) return failed({ status: 400, description: "Bad Request: message is too long" });
        return ok(message(params));
      case "editMessageText":
      case "editMessageReplyMarkup":
        return ok({ ...message(params), message_id: Number(params.message_id), edit_date: Math.floor(Date.now() / 1000) });
      case "answerCallbackQuery":
      case "setWebhook":
      case "deleteWebhook":
      case "setMyCommands":
      case "deleteMyCommands":
      case "setChatMenuButton":
      case "sendChatAction":
        return ok(true);
      case "getWebhookInfo":
        return ok({ url: "", has_custom_certificate: false, pending_update_count: 0 });
      case "getUpdates":
        return getUpdates(params);
      default:
        return failed({ status: 400, description: `Bad Request: method ${method} is not known to the fake` });
    }
  }

  async function getUpdates(params: Record<string, unknown>) {
    const offset = Number(params.offset ?? 0);
    if (offset) updates = updates.filter((u) => Number(u.update_id) >= offset);
    const timeoutMs = Math.min(Number(params.timeout ?? 0) * 1000, options.maxPollMs ?? 1000);
    if (!updates.length && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() { clearTimeout(timer); pollWaiters = pollWaiters.filter((w) => w !== done); resolve(); }
        pollWaiters.push(done);
      });
    }
    const limit = Number(params.limit ?? 100);
    return ok(updates.slice(0, limit));
  }

  const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
  function failed(f: Failure) {
    const description = f.description ?? (f.status === 429 ? `Too Many Requests: retry after ${f.retryAfter ?? 1}` : f.status === 403 ? "Forbidden: bot was blocked by the user" : f.status >= 500 ? "Internal Server Error" : "Bad Request");
    const body: Record<string, unknown> = { ok: false, error_code: f.status, description };
    if (f.status === 429) body.parameters = { retry_after: f.retryAfter ?? 1 };
    return { status: f.status, body };
  }

  async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (!raw) return params;
    const type = req.headers["content-type"] ?? "";
    if (type.includes("application/json")) return { ...params, ...(JSON.parse(raw) as Record<string, unknown>) };
    if (type.includes("x-www-form-urlencoded")) return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) };
    return params;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake");
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!m) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = m as unknown as [string, string, string];
    let params: Record<string, unknown>;
    try {
      params = await readParams(req, url);
    } catch {
      return send(400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
    }
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    if (options.token && token !== options.token) {
      calls.push({ method, token, params, at: Date.now(), status: 401 });
      return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    const { status, body } = await answer(method, params);
    calls.push({ method, token, params, at: Date.now(), status });
    for (const w of callWaiters.splice(0)) w();
    send(status, body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;

  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    bot,
    callsTo: (method) => calls.filter((c) => c.method === method),
    sent: (chatId) => calls
      .filter((c) => c.method === "sendMessage" && c.status === 200 && (chatId === undefined || String(c.params.chat_id) === String(chatId)))
      .map((c) => c.params),
    failNext(method, failure, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
    },
    blockChat: (chatId) => void blocked.add(String(chatId)),
    unblockChat: (chatId) => void blocked.delete(String(chatId)),
    pushUpdate(update) {
      const update_id = typeof update.update_id === "number" ? update.update_id : nextUpdateId++;
      updates.push({ ...update, update_id });
      for (const w of pollWaiters.splice(0)) w();
      return update_id;
    },
    async waitFor(predicate, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error("fake Telegram: no matching call arrived in time");
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 100));
          callWaiters.push(() => { clearTimeout(timer); resolve(); });
        });
      }
    },
    reset() {
      calls.length = 0;
      failures.clear();
      blocked.clear();
      updates = [];
      sendTimes.all.length = 0;
      sendTimes.perChat.clear();
    },
    async close() {
      for (const w of pollWaiters.splice(0)) w();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return fake;
}

/** Builders of realistic updates a person or staff member would cause. */
export const tgUpdate = {
  text(chatId: number, text: string, extra: { fromId?: number; languageCode?: string; replyTo?: number; updateId?: number; messageId?: number } = {}) {
    const fromId = extra.fromId ?? chatId;
    const isGroup = chatId < 0;
    const msg: Record<string, unknown> = {
      message_id: extra.messageId ?? Math.floor(Math.random() * 1e6),
      date: Math.floor(Date.now() / 1000),
      chat: isGroup ? { id: chatId, type: "supergroup", title: "Group" } : { id: chatId, type: "private", first_name: "Jana" },
      from: { id: fromId, is_bot: false, first_name: "Jana", username: "jana_k", language_code: extra.languageCode ?? "cs" },
      text,
    };
    const cmd = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    if (cmd) msg.entities = [{ type: "bot_command", offset: 0, length: cmd[0].length }];
    if (extra.replyTo !== undefined) {
      msg.reply_to_message = { message_id: extra.replyTo, date: msg.date, chat: msg.chat, from: { id: 7000001, is_bot: true, first_name: "Hlasatel" }, text: "…" };
    }
    return { ...(extra.updateId !== undefined ? { update_id: extra.updateId } : {}), message: msg };
  },
  callback(chatId: number, data: string, extra: { fromId?: number; messageId?: number; updateId?: number; languageCode?: string } = {}) {
    const fromId = extra.fromId ?? chatId;
    return {
      ...(extra.updateId !== undefined ? { update_id: extra.updateId } : {}),
      callback_query: {
        id: String(Math.floor(Math.random() * 1e12)),
        from: { id: fromId, is_bot: false, first_name: "Jana", language_code: extra.languageCode ?? "cs" },
        chat_instance: "ci1",
        data,
        message: {
          message_id: extra.messageId ?? 1, date: Math.floor(Date.now() / 1000),
          chat: chatId < 0 ? { id: chatId, type: "supergroup", title: "Group" } : { id: chatId, type: "private", first_name: "Jana" },
          from: { id: 7000001, is_bot: true, first_name: "Hlasatel" }, text: "…",
        },
      },
    };
  },
  sticker(chatId: number, extra: { updateId?: number } = {}) {
    return {
      ...(extra.updateId !== undefined ? { update_id: extra.updateId } : {}),
      message: {
        message_id: Math.floor(Math.random() * 1e6), date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: "private", first_name: "Jana" },
        from: { id: chatId, is_bot: false, first_name: "Jana", language_code: "cs" },
        sticker: { file_id: "CAAC", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
      },
    };
  },
};

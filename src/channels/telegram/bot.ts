// createBot(token, deps): the one Telegram bot, the same for webhook and long
// polling. One feature per Composer, in order: the staff group, ignoring all
// other groups, account linking, then the public dialogue in private chats.
import { Bot, BotError, Composer, GrammyError, HttpError, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createConversation, type Conversation } from "../../conversation/index.js";
import type { AppDeps } from "../../deps.js";
import type { HttpClient } from "../../http/client.js";
import { errorKind } from "../../log.js";
import { linkCommand } from "./features/link.js";
import { publicChat } from "./features/public-chat.js";
import { staffChat } from "./features/staff-chat.js";

export interface BotOptions {
  /** Skips getMe at start (tests, benches, or a cached value). */
  botInfo?: UserFromGetMe;
  conversation?: Conversation;
}

/** Methods whose call may travel in the webhook response instead of a request of its own. */
const WEBHOOK_REPLY_METHODS = new Set(["sendMessage", "answerCallbackQuery"]);

export function createBot(token: string, deps: AppDeps, options: BotOptions = {}): Bot {
  const bot = new Bot(token, {
    botInfo: options.botInfo,
    client: {
      apiRoot: deps.config.TELEGRAM_API_ROOT,
      canUseWebhookReply: (method) => WEBHOOK_REPLY_METHODS.has(method),
      timeoutSeconds: 30,
      fetch: deps.http ? grammyFetch(deps.http) : undefined,
    },
  });
  const conversation = options.conversation ?? createConversation(deps);
  const staffChatId = deps.config.TELEGRAM_STAFF_CHAT_ID;

  // The error boundary: one failing update never stops the bot or leaks text into logs.
  // errorBoundary covers webhook mode too (bot.catch alone only covers long polling).
  const onError = async (err: BotError<Context>) => {
    const e = err.error;
    const chatId = err.ctx.chat?.id;
    if (e instanceof GrammyError && e.error_code === 403 && chatId !== undefined) {
      await deps.store.subscriptions.deactivateByAddress("telegram", String(chatId)).catch(() => undefined);
      deps.log.info("telegram.blocked", { method: e.method });
      return;
    }
    const fields = e instanceof GrammyError ? { kind: "api", code: e.error_code, method: e.method } : e instanceof HttpError ? { kind: "http" } : { kind: errorKind(e) };
    deps.log.error("telegram.update_failed", fields);
  };
  const guarded = bot.errorBoundary(onError);
  if (staffChatId) guarded.use(staffChat(deps, staffChatId));
  guarded.use(ignoreGroups());
  guarded.use(blockedWatcher(deps));
  guarded.use(linkCommand(deps));
  guarded.use(publicChat(deps, conversation, bot.api));
  bot.catch(onError);
  return bot;
}

/**
 * grammY's `fetch` over the runtime's HttpClient (node:http keep-alive on the
 * Node server: a quarter of fetch's CPU a call). grammY reads only `json()`
 * and races its own timeout. Uploads (stream bodies) and long polls (which
 * bot.stop() aborts through the signal) keep the platform's fetch.
 */
export function grammyFetch(http: HttpClient): typeof fetch {
  return ((url: string | URL | Request, init?: RequestInit) => {
    const href = String(url);
    if (typeof init?.body !== "string" || href.endsWith("/getUpdates")) return fetch(url, init);
    const headers = (init.headers ?? {}) as Record<string, string>;
    return http(href, { method: init.method ?? "POST", headers, body: init.body, timeoutMs: 35_000 });
  }) as typeof fetch;
}

/** Groups other than the staff group are not served: the bot answers people privately. */
function ignoreGroups(): Composer<Context> {
  const c = new Composer<Context>();
  c.use(async (ctx, next) => {
    if (ctx.chat && ctx.chat.type !== "private") return;
    if (ctx.channelPost || ctx.editedChannelPost) return;
    await next();
  });
  return c;
}

/** The person blocked the bot (my_chat_member → kicked): stop sending news at once. */
function blockedWatcher(deps: AppDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked" || status === "left") {
      await deps.store.subscriptions.deactivateByAddress("telegram", String(ctx.chat.id));
    }
  });
  return c;
}

// Private chats serve the public: every text, command, button and other
// message goes through the conversation core, and its replies come back.
import { Composer, type Api, type Context } from "grammy";
import type { Conversation } from "../../../conversation/index.js";
import type { AppDeps } from "../../../deps.js";
import { deliver, toInboundEvent } from "../events.js";

export function publicChat(deps: AppDeps, conversation: Conversation, direct: Api): Composer<Context> {
  const composer = new Composer<Context>();
  const priv = composer.chatType("private");
  // Edited messages, reactions and the like need no answer.
  priv.on(["message", "callback_query:data"], async (ctx) => {
    const event = await toInboundEvent(ctx, deps);
    if (!event) return;
    const replies = await conversation.handle(event);
    if (replies.length) await deliver(ctx, direct, replies);
    else if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  });
  return composer;
}

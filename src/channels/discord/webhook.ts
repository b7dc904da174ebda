// POST /webhooks/discord: HTTP interactions. The Ed25519 signature over
// timestamp + raw body is checked before anything is parsed (401 otherwise).
// PING → PONG; slash commands, buttons and modals become InboundEvents for
// the conversation core; autocomplete asks the answer engine. Discord wants
// an answer within 3 s: work that may take longer (forwarding a question,
// a garant's answer) is deferred (type 5) and the result PATCHed onto
// @original. Replies are ephemeral: only the person who asked sees them.
import type { Context } from "hono";
import { Hono } from "hono";
import { InteractionResponseType, InteractionType, MessageFlags, ComponentType, TextInputStyle } from "discord-api-types/v10";
import { createConversation } from "../../conversation/index.js";
import { readState } from "../../conversation/state.js";
import type { AppDeps } from "../../deps.js";
import { errorKind } from "../../log.js";
import { cachedUserRef } from "../whatsapp/refs.js";
import type { InboundEvent } from "../types.js";
import { backgroundFor } from "../whatsapp/background.js";
import type { ConversationCore } from "../whatsapp/webhook.js";
import { discordRequest } from "./api.js";
import { autocompleteChoices } from "./autocomplete.js";
import { SLASH_BY_NAME } from "./commands.js";
import { actorId, focusedOption, modalValue, optionValue, parseInteraction, type Interaction } from "./interactions.js";
import { plainMessage, renderMessages, type DiscordMessageData } from "./render.js";
import { verifyDiscordSignature } from "./signature.js";
import { ANSWER_INPUT_ID, ANSWER_PREFIX, answerButton, linkStaff, MODAL_PREFIX, submitAnswer } from "./staff.js";
import { discordStrings } from "./strings.js";

export interface DiscordWebhookOptions {
  /** Defaults to the project's conversation core; tests and benches may pass another. */
  conversation?: ConversationCore;
  /** Answer directly if the work is done within this; defer otherwise (Discord's limit is 3 s). */
  deferAfterMs?: number;
}

const ASK_MODAL = "ask:modal";
const ASK_INPUT = "question";
/** Actions that reach other systems (staff chats) and may be slow: always deferred. */
const SLOW_ACTIONS = new Set(["ask:yes"]);

export function discordWebhook(deps: AppDeps, options: DiscordWebhookOptions = {}): Hono {
  const app = new Hono();
  const conversation = options.conversation ?? createConversation(deps);
  const publicKey = deps.config.DISCORD_PUBLIC_KEY;
  const background = backgroundFor(deps);
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const error = (lang?: string) => plainMessage(deps.i18n.getFixedT(lang?.slice(0, 2) ?? "cs")("bot:error"));

  app.post("/", async (c) => {
    if (!publicKey) return c.text("Not configured", 503);
    const raw = new Uint8Array(await c.req.arrayBuffer());
    const ok = await verifyDiscordSignature(publicKey, c.req.header("x-signature-ed25519"), c.req.header("x-signature-timestamp"), raw, deps.clock());
    if (!ok) return c.text("Invalid request signature", 401);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return c.text("Bad request", 400);
    }
    const i = parseInteraction(json);
    const userId = i && actorId(i);
    if (i?.type === InteractionType.Ping) return c.json({ type: InteractionResponseType.Pong });
    if (!i || !userId) return c.text("Bad request", 400);
    const ref = await cachedUserRef(deps.secret, "discord", userId);

    switch (i.type) {
      case InteractionType.ApplicationCommandAutocomplete:
        return c.json({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: autocompleteChoices(deps, String(focusedOption(i)?.value ?? ""), i.locale) },
        });
      case InteractionType.ApplicationCommand:
        return onCommand(c, i, ref, userId);
      case InteractionType.MessageComponent:
        return onComponent(c, i, ref, userId);
      case InteractionType.ModalSubmit:
        return onModal(c, i, ref, userId);
      default:
        return c.text("Bad request", 400);
    }
  });

  function event(i: Interaction, ref: string, userId: string, rest: Pick<InboundEvent, "kind" | "text" | "command" | "args" | "action">): InboundEvent {
    // address: the user id; answers and updates go to their DMs.
    return { channel: "discord", userRef: ref, address: userId, eventId: i.id, langHint: i.locale, ...rest };
  }

  async function runCore(ev: InboundEvent): Promise<DiscordMessageData> {
    const replies = await conversation.handle(ev);
    // A duplicate delivery gives no replies, but Discord still needs a message.
    return renderMessages(replies.length ? replies : [{ text: "…" }], { ephemeral: true });
  }

  async function onCommand(c: Context, i: Interaction, ref: string, userId: string): Promise<Response> {
    const spec = SLASH_BY_NAME.get(i.data?.name ?? "");
    if (!spec) return c.json({ type: InteractionResponseType.ChannelMessageWithSource, data: error(i.locale) });
    if (spec.name === "propojit") {
      return c.json({ type: InteractionResponseType.ChannelMessageWithSource, data: await linkStaff(deps, ref, optionValue(i, "kod") ?? "") });
    }
    const question = optionValue(i, "otazka")?.trim();
    if (spec.name === "zeptat" && !question) return c.json(askModal(i.locale));
    if (spec.name === "faq" && question) {
      const isEntry = question.startsWith("e:") && deps.knowledge.current().kb.byId.has(question.slice(2));
      return respond(c, i, () => runCore(event(i, ref, userId, isEntry ? { kind: "action", action: question } : { kind: "text", text: question })), false);
    }
    return respond(c, i, () => runCore(event(i, ref, userId, { kind: "command", command: spec.core!, args: question ?? "" })), false);
  }

  async function onComponent(c: Context, i: Interaction, ref: string, userId: string): Promise<Response> {
    const id = i.data?.custom_id ?? "";
    if (id.startsWith(ANSWER_PREFIX)) return c.json(await answerButton(deps, ref, id.slice(ANSWER_PREFIX.length)));
    // "Ask a person" with nothing asked yet: the core would wait for typed text, which
    // a Discord bot without the message-content intent never sees, so open the modal.
    if (id === "ask" && !readState((await deps.store.people.get("discord", ref))?.state).lastText) return c.json(askModal(i.locale));
    return respond(c, i, () => runCore(event(i, ref, userId, { kind: "action", action: id })), SLOW_ACTIONS.has(id));
  }

  async function onModal(c: Context, i: Interaction, ref: string, userId: string): Promise<Response> {
    const id = i.data?.custom_id ?? "";
    if (id.startsWith(MODAL_PREFIX)) {
      // Each submit is handled once, even if it arrives twice.
      if (await deps.store.dedup.seen("discord", i.id)) return c.json({ type: InteractionResponseType.ChannelMessageWithSource, data: plainMessage("…") });
      return respond(c, i, () => submitAnswer(deps, ref, id.slice(MODAL_PREFIX.length), modalValue(i, ANSWER_INPUT_ID)), true);
    }
    if (id === ASK_MODAL) {
      const text = modalValue(i, ASK_INPUT) ?? "";
      return respond(c, i, () => runCore(event(i, ref, userId, { kind: "command", command: "zeptat", args: text })), false);
    }
    return c.json({ type: InteractionResponseType.ChannelMessageWithSource, data: error(i.locale) });
  }

  function askModal(locale: string | undefined) {
    const s = discordStrings(locale?.slice(0, 2));
    return {
      type: InteractionResponseType.Modal,
      data: {
        custom_id: ASK_MODAL, title: s.askModalTitle,
        components: [{
          type: ComponentType.ActionRow,
          components: [{
            type: ComponentType.TextInput, custom_id: ASK_INPUT, style: TextInputStyle.Paragraph, label: s.askModalLabel.slice(0, 45),
            placeholder: s.askModalPlaceholder.slice(0, 100), min_length: 3, max_length: 1500, required: true,
          }],
        }],
      },
    };
  }

  /**
   * Answers with the work's message if it is ready within deferAfterMs (or at
   * once when `defer`); otherwise answers "thinking…" (type 5) and PATCHes
   * the message onto @original when it is ready.
   */
  async function respond(c: Context, i: Interaction, work: () => Promise<DiscordMessageData>, defer: boolean): Promise<Response> {
    const result = work().then((data) => ({ data }), (e: unknown) => {
      deps.log.error("discord.interaction_failed", { kind: errorKind(e) });
      return { data: error(i.locale) };
    });
    if (!defer) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deferAfterMs)));
      const ready = await Promise.race([result, late]);
      clearTimeout(timer);
      if (ready) return c.json({ type: InteractionResponseType.ChannelMessageWithSource, data: ready.data });
    }
    background.run(c, "discord.followup", async () => editOriginal(i, (await result).data));
    return c.json({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
  }

  async function editOriginal(i: Interaction, data: DiscordMessageData): Promise<void> {
    const path = `/webhooks/${i.application_id}/${i.token}/messages/@original`;
    const { flags: _flags, ...body } = data;
    // Our "deferred" answer can overtake itself: if Discord does not know it yet, try again shortly.
    for (const wait of [0, 500, 1500]) {
      if (wait) await new Promise((r) => setTimeout(r, wait));
      const res = await discordRequest({ apiRoot: deps.config.DISCORD_API_ROOT, http: deps.http }, "PATCH", path, body, false);
      if (res.result.ok || res.status !== 404) {
        if (!res.result.ok) deps.log.warn("discord.followup_failed", { status: res.status });
        return;
      }
    }
  }

  return app;
}

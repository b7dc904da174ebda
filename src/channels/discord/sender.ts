// Reaching Discord outside an interaction: the asker's DM (garant answers,
// updates for subscribers), the announcement channel (published updates) and
// the staff channel (forwarded questions with an "Odpovědět" button).
import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { AppDeps } from "../../deps.js";
import type { Question } from "../../store/index.js";
import type { ChannelSender, OutboundMessage, SendOptions, SendResult, StaffNotifier } from "../types.js";
import { discordRequest, RateLimitBuckets, type DiscordApiConfig } from "./api.js";
import { escapeMarkdown, renderMessages } from "./render.js";
import { STAFF } from "./strings.js";

type Deps = Pick<AppDeps, "config" | "store" | "log" | "clock" | "http">;

export function discordApiConfig(config: AppDeps["config"], http?: AppDeps["http"]): DiscordApiConfig | null {
  return config.DISCORD_BOT_TOKEN ? { apiRoot: config.DISCORD_API_ROOT, botToken: config.DISCORD_BOT_TOKEN, http } : null;
}

const bucketsByDeps = new WeakMap<object, RateLimitBuckets>();
function bucketsFor(deps: Deps): RateLimitBuckets {
  let b = bucketsByDeps.get(deps);
  if (!b) bucketsByDeps.set(deps, (b = new RateLimitBuckets(deps.clock)));
  return b;
}

/**
 * Posts a message to a channel the bot can write to. With an idempotency key,
 * Discord's nonce + enforce_nonce makes a retried post return the first
 * message instead of a second copy (nonces are at most 25 characters).
 */
export async function postToChannel(deps: Deps, channelId: string, message: OutboundMessage, idempotencyKey?: string): Promise<SendResult> {
  const api = discordApiConfig(deps.config, deps.http);
  if (!api) return { ok: false, reason: "failed", retryable: false };
  const body = { ...renderMessages([message]), ...(idempotencyKey ? { nonce: idempotencyKey.slice(-25), enforce_nonce: true } : {}) };
  const res = await discordRequest(api, "POST", `/channels/${encodeURIComponent(channelId)}/messages`, body, true, bucketsFor(deps));
  if (!res.result.ok) deps.log.warn("discord.post_failed", { reason: res.result.reason, status: res.status });
  return res.result;
}

/** Publishes an update in DISCORD_ANNOUNCE_CHANNEL_ID (for the delivery dispatcher). */
export async function postAnnouncement(deps: Deps, message: OutboundMessage): Promise<SendResult> {
  const channel = deps.config.DISCORD_ANNOUNCE_CHANNEL_ID;
  if (!channel) return { ok: false, reason: "failed", retryable: false };
  return postToChannel(deps, channel, message);
}

/**
 * Sends to a person by their Discord user id, in a DM. The address
 * DISCORD_ANNOUNCE_CHANNEL_ID is the announcement channel itself (the
 * delivery dispatcher sends published updates there through this sender).
 */
export function createDiscordSender(deps: Deps): ChannelSender | null {
  const api = discordApiConfig(deps.config, deps.http);
  if (!api) return null;
  // DM channel ids do not change; caching them halves the requests.
  const dmChannels = new Map<string, string>();
  return {
    channel: "discord",
    async send(address: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
      if (address === deps.config.DISCORD_ANNOUNCE_CHANNEL_ID) return postToChannel(deps, address, message, options.idempotencyKey);
      let channelId = dmChannels.get(address);
      if (!channelId) {
        const dm = await discordRequest(api, "POST", "/users/@me/channels", { recipient_id: address }, true, bucketsFor(deps));
        if (!dm.result.ok) return dm.result;
        if (typeof dm.json?.id !== "string") return { ok: false, reason: "failed", retryable: true, status: dm.status };
        channelId = dm.json.id as string;
        if (dmChannels.size > 10_000) dmChannels.clear();
        dmChannels.set(address, channelId);
      }
      return postToChannel(deps, channelId, message, options.idempotencyKey);
    },
  };
}

/** The staff-channel post of a forwarded question: only the redacted text, never who asked. */
export function staffQuestionMessage(question: Question) {
  const meta = [question.theme ? `${STAFF.theme}: ${question.theme}` : null, `${STAFF.lang}: ${question.lang}`].filter(Boolean).join(" · ");
  return {
    embeds: [{ title: STAFF.newQuestion, description: escapeMarkdown(question.textRedacted).slice(0, 4000), footer: { text: meta } }],
    components: [{
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: STAFF.answerButton, custom_id: `staff:answer:${question.id}` }],
    }],
    allowed_mentions: { parse: [] as [] },
  };
}

/** Tells the Discord staff channel about each new forwarded question. */
export function createDiscordStaffNotifier(deps: Deps): StaffNotifier | null {
  const api = discordApiConfig(deps.config, deps.http);
  const channel = deps.config.DISCORD_STAFF_CHANNEL_ID;
  if (!api || !channel) return null;
  return {
    channel: "discord",
    async questionCreated(question: Question): Promise<void> {
      const res = await discordRequest(api, "POST", `/channels/${encodeURIComponent(channel)}/messages`, staffQuestionMessage(question), true, bucketsFor(deps));
      if (!res.result.ok || typeof res.json?.id !== "string") throw new Error(`discord staff post failed: ${res.status}`);
      await deps.store.staffMessages.add({ channel: "discord", chatId: channel, messageId: res.json.id }, question.id);
    },
  };
}

/** After an answer: the staff posts of the question lose their button and say it is answered. */
export async function markStaffPostsAnswered(deps: Deps, questionId: string, byEmail: string): Promise<void> {
  const api = discordApiConfig(deps.config, deps.http);
  if (!api) return;
  for (const ref of await deps.store.staffMessages.listForQuestion(questionId)) {
    if (ref.channel !== "discord") continue;
    await discordRequest(api, "PATCH", `/channels/${encodeURIComponent(ref.chatId)}/messages/${encodeURIComponent(ref.messageId)}`, {
      content: `✅ ${STAFF.answeredBy} (${escapeMarkdown(byEmail)})`, components: [], allowed_mentions: { parse: [] },
    }, true, bucketsFor(deps));
  }
}

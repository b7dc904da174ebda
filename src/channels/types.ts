// The one interface every chat channel speaks. The conversation core
// (src/conversation) takes InboundEvents and returns OutboundMessages; each
// adapter (src/channels/<name>) turns platform payloads into InboundEvents and
// renders OutboundMessages in the platform's format. Senders are what the
// relay (garant answers), the dispatcher (updates) and staff notifications use
// to reach a person outside of a webhook response.
import type { BotChannel, Question } from "../store/index.js";

/** Something a person did in a chat, already verified and parsed by the adapter. */
export interface InboundEvent {
  channel: BotChannel;
  /** Pseudonymous reference of the person (src/privacy/user-ref.ts), never the raw id. */
  userRef: string;
  /** Where replies go: Telegram chat id, WhatsApp phone number, Discord user/channel id. Stored only in reply_routes and subscriptions. */
  address: string;
  /** Platform delivery id, for "handle once" (Telegram update_id, WhatsApp message id, Discord interaction id). */
  eventId: string;
  kind: "text" | "command" | "action" | "unsupported";
  /** kind "text": what the person typed. */
  text?: string;
  /** kind "command": the command name without the slash, lower case ("start", "faq"); args after it. */
  command?: string;
  args?: string;
  /** kind "action": the payload of a pressed button or chosen list row (≤ 64 bytes). */
  action?: string;
  /** The language the platform reports for the person (Telegram language_code, Discord locale), if any. */
  langHint?: string;
}

/** A button: either does something in the dialogue or opens a link. */
export type Button =
  | { kind: "action"; label: string; action: string }
  | { kind: "url"; label: string; url: string };

/**
 * A message, platform-neutral. All strings are plain text (adapters escape
 * them for their format); `text` may contain Markdown links [label](https://…)
 * which adapters render as links or as "label: url".
 */
export interface OutboundMessage {
  /** Shown bold as the first line (a FAQ title, a verdict). */
  title?: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Small print after the text, e.g. "Ověřeno 1. 11. 2026, odbor sociálních věcí". */
  note?: string;
  /** Choices. Adapters pick the form by count (Telegram inline keyboard; WhatsApp ≤ 3 reply buttons or a list of ≤ 10 rows; Discord components). */
  buttons?: Button[];
}

export type SendResult =
  | { ok: true; messageId?: string }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number }
  /** The person blocked the bot or the chat no longer exists: mark the subscriber inactive. */
  | { ok: false; reason: "blocked" }
  /** WhatsApp: outside the 24-hour window and no template fits: nothing was sent. */
  | { ok: false; reason: "outside_window" }
  | { ok: false; reason: "failed"; retryable: boolean; status?: number };

export interface SendOptions {
  /** Needed by WhatsApp to check the 24-hour window (people.last_inbound_at). */
  userRef?: string;
  lang?: string;
  /** "reply": an answer to something the person asked; "update": a broadcast (WhatsApp uses the template outside the window). */
  purpose: "reply" | "update";
  /**
   * Optional, set by the dispatcher: the same key for every attempt of one
   * outbox message (also after a crash). Senders whose platform can de-duplicate
   * should pass it on (Discord: `nonce` + `enforce_nonce`); others ignore it.
   */
  idempotencyKey?: string;
}

/** Sends to one person on one platform. One per configured channel. */
export interface ChannelSender {
  readonly channel: BotChannel;
  send(address: string, message: OutboundMessage, options: SendOptions): Promise<SendResult>;
}

/** Tells staff about a new forwarded question (Telegram staff chat, Discord staff channel). Only redacted text, never identity. */
export interface StaffNotifier {
  readonly channel: BotChannel;
  questionCreated(question: Question): Promise<void>;
}

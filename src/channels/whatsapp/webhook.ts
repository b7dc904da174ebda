// GET|POST /webhooks/whatsapp. GET is Meta's verification handshake. POST is
// checked against X-Hub-Signature-256 on the raw bytes before anything is
// parsed; after a valid signature Meta gets its 200 at once and the batch is
// handled in the background: statuses recorded, each message handled once,
// passed to the conversation core, the replies sent through the Graph API.
import { Hono } from "hono";
import { createConversation } from "../../conversation/index.js";
import type { AppDeps } from "../../deps.js";
import { cachedUserRef } from "./refs.js";
import type { InboundEvent, OutboundMessage } from "../types.js";
import { backgroundFor } from "./background.js";
import { messageContent, parseWebhook, type ParsedWebhook, type WhatsAppMessage } from "./payload.js";
import { renderAll, sendBodies, whatsappApiConfig } from "./sender.js";
import { verifyHubSignature } from "./signature.js";

/** What the adapter needs of the conversation core. */
export interface ConversationCore {
  handle(event: InboundEvent): Promise<OutboundMessage[]>;
}

export interface WhatsAppWebhookOptions {
  /** Defaults to the project's conversation core; tests and benches may pass another. */
  conversation?: ConversationCore;
}

/** Compares secrets without an early exit on the first differing character. */
export function sameSecret(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i % (x.length || 1)] ?? 0) ^ (y[i % (y.length || 1)] ?? 0);
  return diff === 0;
}

/** "/start", "/faq kdy" → a command; anything else is text. */
export function textEvent(text: string): Pick<InboundEvent, "kind" | "text" | "command" | "args"> {
  const m = /^\/([a-z]{1,32})(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (m) return { kind: "command", command: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() };
  return { kind: "text", text };
}

export function whatsappWebhook(deps: AppDeps, options: WhatsAppWebhookOptions = {}): Hono {
  const app = new Hono();
  const conversation = options.conversation ?? createConversation(deps);
  const appSecret = deps.config.WHATSAPP_APP_SECRET;
  const verifyToken = deps.config.WHATSAPP_VERIFY_TOKEN;
  const api = whatsappApiConfig(deps.config, deps.http);
  const background = backgroundFor(deps);

  app.get("/", (c) => {
    const mode = c.req.query("hub.mode");
    const token = c.req.query("hub.verify_token") ?? "";
    const challenge = c.req.query("hub.challenge") ?? "";
    if (mode === "subscribe" && verifyToken && sameSecret(token, verifyToken) && challenge.length <= 256) return c.text(challenge);
    return c.text("Forbidden", 403);
  });

  app.post("/", async (c) => {
    if (!appSecret) return c.text("Not configured", 503);
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (!(await verifyHubSignature(appSecret, raw, c.req.header("x-hub-signature-256")))) {
      deps.log.warn("whatsapp.bad_signature");
      return c.text("Unauthorized", 401);
    }
    let json: unknown = null;
    try {
      json = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      // Signed but not JSON: nothing to do, and nothing Meta should retry.
    }
    const batch = parseWebhook(json);
    if (batch && (batch.messages.length || batch.statuses.length)) {
      background.run(c, "whatsapp.batch", () => handleBatch(batch));
    }
    return c.text("OK");
  });

  async function handleBatch(batch: ParsedWebhook): Promise<void> {
    for (const s of batch.statuses) {
      if (s.status === "sent" || s.status === "delivered" || s.status === "read" || s.status === "failed") {
        await deps.store.whatsappStatuses.record(s.id, s.status, s.errors?.[0]?.code ?? null);
      }
    }
    // One after another: a person's messages must be answered in order.
    for (const m of batch.messages) await handleMessage(m);
  }

  async function handleMessage(m: WhatsAppMessage): Promise<void> {
    // A reaction (👍 on one of our messages) is not a message to answer.
    if (m.type === "reaction") return;
    const ref = await cachedUserRef(deps.secret, "whatsapp", m.from);
    const content = messageContent(m);
    if (content.kind === "unsupported") deps.log.info("whatsapp.unsupported", { type: content.type });
    // The core handles each message id once (store.dedup) and records the
    // person's last message, which opens WhatsApp's 24-hour window.
    const event: InboundEvent = {
      channel: "whatsapp", userRef: ref, address: m.from, eventId: m.id,
      ...(content.kind === "text" ? textEvent(content.text) : content.kind === "action" ? { kind: "action", action: content.action } : { kind: "unsupported" }),
    };
    const replies = await conversation.handle(event);
    if (!replies.length || !api) return;
    const lang = (await deps.store.people.get("whatsapp", ref))?.lang;
    await sendBodies(deps, api, m.from, renderAll(replies, lang));
  }

  return app;
}

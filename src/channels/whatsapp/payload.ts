// The webhook body Meta posts (object "whatsapp_business_account"), parsed
// with zod after the signature is checked. Only what we use is declared;
// unknown fields pass through, unknown message types become "unsupported".
import { z } from "zod";

const id = z.string().min(1).max(256);

const message = z.object({
  id,
  from: z.string().min(1).max(32),
  timestamp: z.string().max(20).optional(),
  type: z.string().max(40),
  text: z.object({ body: z.string().max(8192) }).optional(),
  interactive: z.object({
    type: z.string().max(40),
    button_reply: z.object({ id: z.string().max(256), title: z.string().max(100) }).optional(),
    list_reply: z.object({ id: z.string().max(256), title: z.string().max(100), description: z.string().max(200).optional() }).optional(),
  }).optional(),
  /** A tap on a quick-reply button of a template message. */
  button: z.object({ payload: z.string().max(256).optional(), text: z.string().max(100).optional() }).optional(),
});

const status = z.object({
  id,
  status: z.enum(["sent", "delivered", "read", "failed", "deleted", "warning"]).or(z.string().max(40)),
  timestamp: z.string().max(20).optional(),
  recipient_id: z.string().max(32).optional(),
  errors: z.array(z.object({ code: z.number().int() }).loose()).max(10).optional(),
});

const contact = z.object({ wa_id: z.string().max(32), profile: z.object({ name: z.string().max(200).optional() }).optional() });

const value = z.object({
  messaging_product: z.string().max(40).optional(),
  metadata: z.object({ phone_number_id: z.string().max(64).optional() }).loose().optional(),
  contacts: z.array(contact).max(100).optional(),
  messages: z.array(message).max(100).optional(),
  statuses: z.array(status).max(1000).optional(),
});

export const webhookSchema = z.object({
  object: z.string().max(64),
  entry: z.array(z.object({
    id: z.string().max(64).optional(),
    changes: z.array(z.object({ field: z.string().max(64), value: value.loose() })).max(100),
  })).max(100),
});

export type WhatsAppMessage = z.infer<typeof message>;
export type WhatsAppStatus = z.infer<typeof status>;

export interface ParsedWebhook {
  messages: WhatsAppMessage[];
  statuses: WhatsAppStatus[];
}

/** Messages and statuses of every entry, or null when the body is not a WhatsApp webhook. */
export function parseWebhook(json: unknown): ParsedWebhook | null {
  const parsed = webhookSchema.safeParse(json);
  if (!parsed.success || parsed.data.object !== "whatsapp_business_account") return null;
  const out: ParsedWebhook = { messages: [], statuses: [] };
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes) {
      if (change.field !== "messages") continue;
      out.messages.push(...(change.value.messages ?? []));
      out.statuses.push(...(change.value.statuses ?? []));
    }
  }
  return out;
}

/** What the person did, channel-neutral: typed text, a chosen button/row, or something we cannot read. */
export type MessageContent =
  | { kind: "text"; text: string }
  | { kind: "action"; action: string }
  | { kind: "unsupported"; type: string };

export function messageContent(m: WhatsAppMessage): MessageContent {
  if (m.type === "text" && m.text) return { kind: "text", text: m.text.body };
  if (m.type === "interactive" && m.interactive) {
    const reply = m.interactive.button_reply ?? m.interactive.list_reply;
    if (reply) return { kind: "action", action: reply.id };
  }
  if (m.type === "button" && m.button) {
    if (m.button.payload) return { kind: "action", action: m.button.payload };
    if (m.button.text) return { kind: "text", text: m.button.text };
  }
  return { kind: "unsupported", type: m.type };
}

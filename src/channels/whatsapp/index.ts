// The WhatsApp channel: what the rest of the program uses.
import type { AppDeps } from "../../deps.js";
import { createWhatsAppSender } from "./sender.js";

export { whatsappWebhook, type WhatsAppWebhookOptions, type ConversationCore } from "./webhook.js";
export { createWhatsAppSender, WINDOW_MS } from "./sender.js";
export { verifyHubSignature, signHubBody } from "./signature.js";
export { renderMessage, renderTemplate } from "./render.js";
export { backgroundFor } from "./background.js";

/** The webhook is mounted when Meta can sign requests to it (WHATSAPP_APP_SECRET). */
export function whatsappWebhookEnabled(config: AppDeps["config"]): boolean {
  return !!config.WHATSAPP_APP_SECRET;
}

/** Adds the WhatsApp sender to deps (needs WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID). */
export function attachWhatsApp(deps: AppDeps): void {
  const sender = createWhatsAppSender(deps);
  if (sender) deps.senders.whatsapp = sender;
}

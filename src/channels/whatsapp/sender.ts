// The WhatsApp ChannelSender (garant answers, updates, anything sent outside
// a webhook response). WhatsApp allows free-form messages only within 24
// hours of the person's last message (people.last_inbound_at); outside it,
// an update goes as the approved template and nothing else is sent.
import type { AppDeps } from "../../deps.js";
import { cachedUserRef } from "./refs.js";
import type { ChannelSender, OutboundMessage, SendOptions, SendResult } from "../types.js";
import { postMessage, type PostResult, type WhatsAppApiConfig } from "./api.js";
import { mergeBodies, renderMessage, renderTemplate, type WhatsAppBody } from "./render.js";
import { whatsappStrings } from "./strings.js";

export const WINDOW_MS = 24 * 60 * 60_000;
// Our clock and Meta's differ a little: stop free text a minute early.
const WINDOW_MARGIN_MS = 60_000;

export type WhatsAppSenderDeps = Pick<AppDeps, "config" | "store" | "clock" | "secret" | "log" | "http">;

export function whatsappApiConfig(config: AppDeps["config"], http?: AppDeps["http"]): WhatsAppApiConfig | null {
  if (!config.WHATSAPP_TOKEN || !config.WHATSAPP_PHONE_NUMBER_ID) return null;
  return { apiRoot: config.WHATSAPP_API_ROOT, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID, token: config.WHATSAPP_TOKEN, http };
}

/** Sends bodies in order; stops at the first failure. Records each sent message for delivery statistics. */
export async function sendBodies(deps: WhatsAppSenderDeps, api: WhatsAppApiConfig, to: string, bodies: WhatsAppBody[]): Promise<PostResult> {
  let first: PostResult = { ok: true };
  for (const [i, body] of bodies.entries()) {
    const result = await postMessage(api, to, body);
    if (!result.ok) {
      deps.log.warn("whatsapp.send_failed", { reason: result.reason, part: i });
      return result;
    }
    if (result.messageId) await deps.store.whatsappStatuses.record(result.messageId, "sent");
    if (i === 0) first = result;
  }
  return first;
}

export function renderAll(messages: OutboundMessage[], lang: string | null | undefined): WhatsAppBody[] {
  const strings = whatsappStrings(lang);
  return mergeBodies(messages.flatMap((m) => renderMessage(m, strings)));
}

/** True when the person wrote within the last 24 hours. */
export async function insideWindow(deps: WhatsAppSenderDeps, ref: string): Promise<boolean> {
  const person = await deps.store.people.get("whatsapp", ref);
  return !!person?.lastInboundAt && deps.clock() - person.lastInboundAt < WINDOW_MS - WINDOW_MARGIN_MS;
}

const TEMPLATE_MISSING = 132001;

/** Callers get a plain SendResult. */
function strip(r: PostResult): SendResult {
  const { errorCode: _code, ...rest } = r;
  return rest as SendResult;
}

export function createWhatsAppSender(deps: WhatsAppSenderDeps): ChannelSender | null {
  const api = whatsappApiConfig(deps.config, deps.http);
  if (!api) return null;
  return {
    channel: "whatsapp",
    async send(address: string, message: OutboundMessage, options: SendOptions): Promise<SendResult> {
      const ref = options.userRef ?? (await cachedUserRef(deps.secret, "whatsapp", address));
      if (await insideWindow(deps, ref)) return strip(await sendBodies(deps, api, address, renderAll([message], options.lang)));
      const template = deps.config.WHATSAPP_UPDATE_TEMPLATE;
      if (options.purpose !== "update" || !template) return { ok: false, reason: "outside_window" };
      const title = message.title ?? message.text.split("\n")[0] ?? "";
      const lang = options.lang ?? "cs";
      const sent = await sendBodies(deps, api, address, [renderTemplate(template, lang, title)]);
      // 132001: the template is not approved in this language; Czech is always the first one approved.
      if (!sent.ok && sent.errorCode === TEMPLATE_MISSING && lang !== "cs") {
        return strip(await sendBodies(deps, api, address, [renderTemplate(template, "cs", title)]));
      }
      return strip(sent);
    },
  };
}

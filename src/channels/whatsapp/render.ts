// OutboundMessage → WhatsApp Cloud API message bodies. The form is chosen by
// the number of action buttons: none → text, 1–3 → reply buttons, 4–10 → a
// list. Link buttons and Markdown links become "label: url" lines (WhatsApp
// links bare URLs itself). Limits are Meta's: text 4,096 characters,
// interactive body 1,024, button titles 20, list rows 24 (+ 72 description).
import type { Button, OutboundMessage } from "../types.js";

export const TEXT_LIMIT = 4096;
export const INTERACTIVE_BODY_LIMIT = 1024;
export const BUTTON_TITLE_LIMIT = 20;
export const ROW_TITLE_LIMIT = 24;
export const ROW_DESCRIPTION_LIMIT = 72;
export const MAX_REPLY_BUTTONS = 3;
export const MAX_LIST_ROWS = 10;

/** A message body without `to` (the sender adds it). */
export type WhatsAppBody =
  | { type: "text"; text: { body: string; preview_url: boolean } }
  | { type: "interactive"; interactive: Record<string, unknown> }
  | { type: "template"; template: { name: string; language: { code: string }; components: unknown[] } };

/** Cuts to `max` characters (code points), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

export function plainLinks(text: string): string {
  return text.replace(/\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) => `${label}: ${url}`);
}

/** Splits long text at paragraph, then line, then word boundaries. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (Array.from(rest).length > max) {
    const head = Array.from(rest).slice(0, max).join("");
    let cut = Math.max(head.lastIndexOf("\n\n"), -1);
    if (cut < max / 3) cut = head.lastIndexOf("\n");
    if (cut < max / 3) cut = head.lastIndexOf(" ");
    if (cut < max / 3) cut = head.length;
    parts.push(head.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Title bold, paragraphs, link buttons as lines, the note in italics. */
export function messageText(m: OutboundMessage, extraLinks: Button[] = []): string {
  const blocks: string[] = [];
  if (m.title) blocks.push(`*${m.title.trim()}*`);
  if (m.text.trim()) blocks.push(plainLinks(m.text.trim()));
  const links = extraLinks.filter((b): b is Extract<Button, { kind: "url" }> => b.kind === "url");
  if (links.length) blocks.push(links.map((b) => `${b.label}: ${b.url}`).join("\n"));
  if (m.note?.trim()) blocks.push(`_${plainLinks(m.note.trim())}_`);
  return blocks.join("\n\n");
}

function text(body: string): WhatsAppBody {
  return { type: "text", text: { body, preview_url: false } };
}

export interface RenderOptions {
  /** Label of the button that opens a list ("Vybrat"), ≤ 20 characters. */
  listButton: string;
  /** Text above the extra reply buttons when a list cannot hold every choice. */
  moreOptions: string;
}

type ActionButton = Extract<Button, { kind: "action" }>;

function replyButtons(body: string, actions: ActionButton[]): WhatsAppBody {
  return {
    type: "interactive",
    interactive: {
      type: "button",
      body: { text: body },
      action: { buttons: actions.map((b) => ({ type: "reply", reply: { id: b.action, title: clip(b.label, BUTTON_TITLE_LIMIT) } })) },
    },
  };
}

function list(body: string, actions: ActionButton[], listButton: string): WhatsAppBody {
  return {
    type: "interactive",
    interactive: {
      type: "list",
      body: { text: body },
      action: {
        button: clip(listButton, BUTTON_TITLE_LIMIT),
        sections: [{
          rows: actions.map((b) => {
            const row: { id: string; title: string; description?: string } = { id: b.action, title: clip(b.label, ROW_TITLE_LIMIT) };
            // A label too long for the row title is shown whole (as far as it fits) underneath.
            if (Array.from(b.label).length > ROW_TITLE_LIMIT) row.description = clip(b.label, ROW_DESCRIPTION_LIMIT);
            return row;
          }),
        }],
      },
    },
  };
}

/** One OutboundMessage → one or more bodies, in order. */
export function renderMessage(m: OutboundMessage, options: RenderOptions): WhatsAppBody[] {
  const buttons = m.buttons ?? [];
  // Row and button ids must be unique within a message: the first button with an action wins.
  const seen = new Set<string>();
  const actions = buttons.filter((b): b is ActionButton => b.kind === "action" && !seen.has(b.action) && !!seen.add(b.action));
  const full = messageText(m, buttons);
  if (!actions.length) return splitText(full, TEXT_LIMIT).map(text);

  // The interactive part carries the last chunk; earlier chunks go as text first.
  const chunks = splitText(full || "…", INTERACTIVE_BODY_LIMIT);
  const body = chunks.pop()!;
  const before = chunks.length ? splitText(chunks.join("\n\n"), TEXT_LIMIT).map(text) : [];
  if (actions.length <= MAX_REPLY_BUTTONS) return [...before, replyButtons(body, actions)];
  if (actions.length <= MAX_LIST_ROWS) return [...before, list(body, actions, options.listButton)];
  // More than a list holds (a page of 8 entries + previous/next/menu): the last
  // three (the way on) go as reply buttons under the list, so nothing is lost.
  const head = actions.slice(0, Math.min(MAX_LIST_ROWS, actions.length - MAX_REPLY_BUTTONS));
  const tail = actions.slice(head.length, head.length + MAX_REPLY_BUTTONS);
  return [...before, list(body, head, options.listButton), replyButtons(options.moreOptions, tail)];
}

/**
 * Joins a text body with the body after it when both fit in one message: the
 * core's welcome + answer, or a preview + its yes/no question, arrive as one
 * WhatsApp message (one notification on the phone, one API call).
 */
export function mergeBodies(bodies: WhatsAppBody[]): WhatsAppBody[] {
  const out: WhatsAppBody[] = [];
  for (const body of bodies) {
    const prev = out.at(-1);
    if (prev?.type === "text") {
      const head = prev.text.body;
      if (body.type === "text" && head.length + 2 + body.text.body.length <= TEXT_LIMIT) {
        out[out.length - 1] = { type: "text", text: { body: `${head}\n\n${body.text.body}`, preview_url: false } };
        continue;
      }
      const interactive = body.type === "interactive" ? body.interactive : undefined;
      const inner = interactive?.body as { text: string } | undefined;
      if (interactive && inner && head.length + 2 + inner.text.length <= INTERACTIVE_BODY_LIMIT) {
        out[out.length - 1] = { type: "interactive", interactive: { ...interactive, body: { text: `${head}\n\n${inner.text}` } } };
        continue;
      }
    }
    out.push(body);
  }
  return out;
}

/** The approved update template: its one body parameter is the update's title. */
export function renderTemplate(name: string, lang: string, title: string): WhatsAppBody {
  return {
    type: "template",
    template: {
      name,
      language: { code: lang },
      components: [{ type: "body", parameters: [{ type: "text", text: clip(title.replace(/\s+/g, " ").trim(), 1024) }] }],
    },
  };
}

// OutboundMessages → one Discord message: each message an embed (title, text,
// the note as footer), every button in action rows (5 per row, 5 rows).
// Text is escaped for Discord Markdown except [label](https://…) links, which
// embeds show as links; mentions are switched off so nothing can ping anyone.
import { ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import type { Button, OutboundMessage } from "../types.js";

export const EMBED_DESCRIPTION_LIMIT = 4096;
export const EMBED_TITLE_LIMIT = 256;
export const EMBED_FOOTER_LIMIT = 2048;
export const MESSAGE_EMBEDS_LIMIT = 6000;
export const MAX_EMBEDS = 10;
export const BUTTON_LABEL_LIMIT = 80;
export const CUSTOM_ID_LIMIT = 100;
export const MAX_BUTTONS = 25;

export interface DiscordMessageData {
  content?: string;
  embeds?: { title?: string; description?: string; footer?: { text: string }; color?: number }[];
  components?: { type: ComponentType.ActionRow; components: Record<string, unknown>[] }[];
  flags?: number;
  allowed_mentions: { parse: [] };
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Escapes Discord Markdown in plain text; keeps [label](https://…) links working. */
export function escapeMarkdown(text: string): string {
  const esc = (s: string) => s.replace(/([\\*_~`|>#[\]()-])/g, "\\$1").replace(/@(everyone|here)/g, "@\u200b$1");
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)/g)) {
    out += esc(text.slice(last, m.index)) + `[${m[1]!.replace(/[[\]\\]/g, "")}](${m[2]})`;
    last = m.index! + m[0].length;
  }
  return out + esc(text.slice(last));
}

/** Splits at paragraph/line/word boundaries so each part fits `max`. */
function split(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let cut = head.lastIndexOf("\n\n");
    if (cut < max / 3) cut = head.lastIndexOf("\n");
    if (cut < max / 3) cut = head.lastIndexOf(" ");
    if (cut < max / 3) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function button(b: Button): Record<string, unknown> {
  const label = clip(b.label.replace(/\s+/g, " ").trim() || "…", BUTTON_LABEL_LIMIT);
  if (b.kind === "url") return { type: ComponentType.Button, style: ButtonStyle.Link, label, url: b.url };
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: b.action.slice(0, CUSTOM_ID_LIMIT) };
}

export function renderComponents(buttons: Button[]): DiscordMessageData["components"] {
  // Custom ids must be unique within a message: the first button with an action wins.
  const seen = new Set<string>();
  const unique = buttons.filter((b) => b.kind === "url" || (!seen.has(b.action) && seen.add(b.action))).slice(0, MAX_BUTTONS);
  const rows: NonNullable<DiscordMessageData["components"]> = [];
  for (let i = 0; i < unique.length; i += 5) {
    rows.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + 5).map(button) });
  }
  return rows;
}

export interface RenderOptions {
  /** Only the person who asked sees it (interaction replies about personal things). */
  ephemeral?: boolean;
}

export function renderMessages(messages: OutboundMessage[], options: RenderOptions = {}): DiscordMessageData {
  const embeds: NonNullable<DiscordMessageData["embeds"]> = [];
  let budget = MESSAGE_EMBEDS_LIMIT;
  for (const m of messages) {
    const parts = split(escapeMarkdown(m.text.trim()), EMBED_DESCRIPTION_LIMIT);
    parts.forEach((description, i) => {
      if (embeds.length >= MAX_EMBEDS || budget <= 0) return;
      const embed: NonNullable<DiscordMessageData["embeds"]>[number] = {};
      if (i === 0 && m.title) embed.title = clip(m.title.trim(), EMBED_TITLE_LIMIT);
      if (description) embed.description = clip(description, Math.max(1, budget - (embed.title?.length ?? 0) - 100));
      if (i === parts.length - 1 && m.note?.trim()) embed.footer = { text: clip(m.note.trim(), Math.min(EMBED_FOOTER_LIMIT, 500)) };
      budget -= (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
      if (embed.title || embed.description || embed.footer) embeds.push(embed);
    });
  }
  const data: DiscordMessageData = { embeds, components: renderComponents(messages.flatMap((m) => m.buttons ?? [])), allowed_mentions: { parse: [] } };
  if (options.ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

/** A short plain message (staff notices, errors). */
export function plainMessage(text: string, ephemeral = true): DiscordMessageData {
  return { content: clip(text, 2000), allowed_mentions: { parse: [] }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}), components: [] };
}

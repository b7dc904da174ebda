// OutboundMessage → Telegram messages in HTML parse mode. Every string from
// content, people or translations is escaped; only the tags made here are
// markup. Long texts are split below Telegram's 4096-character limit.
import type { Button, OutboundMessage } from "../types.js";
import { splitText } from "../../conversation/text.js";

/** Telegram counts the text after parsing; stay well below 4096 for titles, notes and safety. */
export const TEXT_LIMIT = 3800;

export interface InlineButton { text: string; callback_data?: string; url?: string }
export interface TelegramMessage {
  text: string;
  parse_mode: "HTML";
  reply_markup?: { inline_keyboard: InlineButton[][] };
  link_preview_options?: { is_disabled: boolean };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,500})\)/g;

/** Plain text with Markdown links → HTML with <a> links, everything else escaped. */
export function textToHtml(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    out += escapeHtml(text.slice(last, m.index));
    out += `<a href="${escapeHtml(m[2]!)}">${escapeHtml(m[1]!)}</a>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** Buttons in rows: short labels share a row, long ones (questions) get their own. */
export function keyboard(buttons: Button[]): { inline_keyboard: InlineButton[][] } {
  const perRow = (label: string) => (label.length <= 14 ? 3 : label.length <= 24 ? 2 : 1);
  const rows: InlineButton[][] = [];
  for (const b of buttons) {
    const btn: InlineButton = b.kind === "url" ? { text: b.label, url: b.url } : { text: b.label, callback_data: b.action };
    const row = rows.at(-1);
    const fits = row && row.length < Math.min(perRow(b.label), ...row.map((r) => perRow(r.text)));
    if (fits) row.push(btn);
    else rows.push([btn]);
  }
  return { inline_keyboard: rows };
}

export function renderMessage(m: OutboundMessage, limit = TEXT_LIMIT): TelegramMessage[] {
  const reserve = (m.title?.length ?? 0) + (m.note?.length ?? 0) + 4;
  const bodyLimit = Math.max(500, limit - reserve);
  const parts = m.text ? splitText(m.text, bodyLimit) : [""];
  return parts.map((part, i) => {
    const html = [
      i === 0 && m.title ? `<b>${escapeHtml(m.title)}</b>` : "",
      part ? textToHtml(part) : "",
      i === parts.length - 1 && m.note ? `<i>${escapeHtml(m.note)}</i>` : "",
    ].filter(Boolean).join("\n\n");
    const msg: TelegramMessage = { text: html || "…", parse_mode: "HTML", link_preview_options: { is_disabled: true } };
    if (i === parts.length - 1 && m.buttons?.length) msg.reply_markup = keyboard(m.buttons);
    return msg;
  });
}

export function renderAll(messages: OutboundMessage[]): TelegramMessage[] {
  return messages.flatMap((m) => renderMessage(m));
}

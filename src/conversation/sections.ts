// The menu sections: FAQ and rumour lists (paged), timeline, contacts, meetings.
// All built from deps.knowledge at the moment of asking; a CONTENT_DIR with
// only faq/ and rumours/ gives empty sections with a friendly line.
import type { OutboundMessage } from "../channels/types.js";
import { headline, pickEntry } from "../content/pick.js";
import type { Contact, Meeting, Phase } from "../content/schemas.js";
import type { KnowledgeBase } from "../content/types.js";
import { formatDate } from "../i18n.js";
import { dateText, shorten } from "./text.js";
import { action, backToMenu, type Turn, type T } from "./turn.js";

export const PAGE_SIZE = 8;

/** Text in the person's language, else Czech. */
function loc(r: Record<string, string> | null | undefined, lang: string): string | null {
  return r ? (r[lang] ?? r.cs ?? null) : null;
}

/** Entry ids of a collection, those meant for the person's audience first. */
function collectionIds(kb: KnowledgeBase, collection: "faq" | "rumours", audience: string | null): string[] {
  const ids = [...kb.byId.keys()].filter((id) => id.startsWith(`${collection}/`));
  if (!audience) return ids;
  const forThem = (id: string) => [...kb.byId.get(id)!.values()][0]!.audience.includes(audience as never);
  return [...ids.filter(forThem), ...ids.filter((id) => !forThem(id))];
}

export function entryList(turn: Turn, which: "faq" | "myty", page: number): OutboundMessage {
  const { t, lang } = turn;
  const { kb } = turn.deps.knowledge.current();
  const ids = collectionIds(kb, which === "faq" ? "faq" : "rumours", turn.audience);
  if (!ids.length) return { text: t("bot:list.empty"), buttons: [backToMenu(t)] };
  const pages = Math.ceil(ids.length / PAGE_SIZE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = ids.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  const buttons = slice.map((id) => action(shorten(headline(pickEntry(kb, id, lang)!.entry), 60), `e:${id}`));
  if (p > 0) buttons.push(action(t("bot:list.prev"), `${which}:${p - 1}`));
  if (p < pages - 1) buttons.push(action(t("bot:list.next"), `${which}:${p + 1}`));
  buttons.push(backToMenu(t));
  return {
    text: t(`bot:list.${which}`, { from: p * PAGE_SIZE + 1, to: p * PAGE_SIZE + slice.length, total: ids.length }),
    buttons,
  };
}

/** "2026-11" → "listopad 2026"; "2026-11-01" → "1. listopadu 2026". */
function formatWhen(value: string, lang: string): string {
  if (value.length > 7) return formatDate(value, lang);
  const locale = lang === "en" ? "en-GB" : lang === "uk" ? "uk-UA" : "cs-CZ";
  return new Date(`${value}-15T12:00:00Z`).toLocaleDateString(locale, { month: "long", year: "numeric", timeZone: "Europe/Prague" });
}

function phaseLine(p: Phase, lang: string, t: T): string {
  const when = p.start || p.end
    ? [p.start ? formatWhen(p.start, lang) : "…", p.end ? formatWhen(p.end, lang) : "…"].join(" – ")
    : t("tbd");
  const mark = p.status === "done" ? "✓" : p.status === "current" ? "▶" : "○";
  return `${mark} ${loc(p.title, lang)} (${t(`bot:timeline.${p.status}`)}; ${when})\n${loc(p.summary, lang)}`;
}

export function timeline(turn: Turn): OutboundMessage {
  const { t, lang } = turn;
  const { phases } = turn.deps.knowledge.current().kb;
  if (!phases.length) return { text: t("bot:timeline.empty"), buttons: [backToMenu(t)] };
  const last = phases.map((p) => p.verified).sort().at(-1)!;
  const by = phases.find((p) => p.verified === last)!.verified_by;
  return {
    title: t("bot:timeline.title"),
    text: phases.map((p) => phaseLine(p, lang, t)).join("\n\n"),
    note: t("answer.verified", { date: dateText(formatDate, last, lang), office: by }),
    buttons: [backToMenu(t)],
  };
}

function contactBlock(c: Contact, lang: string, t: T): string {
  const lines = [`${c.organisation}: ${loc(c.role, lang)}`];
  if (c.phone) lines.push(`${t("bot:contacts.phone")}: ${c.phone}`);
  if (c.email) lines.push(`${t("bot:contacts.email")}: ${c.email}`);
  if (c.address) lines.push(`${t("bot:contacts.address")}: ${c.address}`);
  const hours = loc(c.hours, lang);
  if (hours) lines.push(`${t("bot:contacts.hours")}: ${hours}`);
  if (c.web) lines.push(`${t("bot:contacts.web")}: ${c.web}`);
  if (!c.phone && !c.email && !c.address) lines.push(`${t("bot:contacts.phone")}: ${t("tbd")}`);
  return lines.join("\n");
}

export function contacts(turn: Turn): OutboundMessage {
  const { t, lang, audience } = turn;
  const all = turn.deps.knowledge.current().kb.contacts;
  if (!all.length) return { text: t("bot:contacts.empty"), buttons: [backToMenu(t)] };
  const emergency = all.filter((c) => c.emergency);
  const others = all.filter((c) => !c.emergency && (!audience || c.audience.includes(audience)));
  const parts: string[] = [];
  if (emergency.length) parts.push(`${t("bot:contacts.emergency")}\n${emergency.map((c) => `${c.phone ?? "?"} – ${c.organisation}`).join("\n")}`);
  parts.push(...others.map((c) => contactBlock(c, lang, t)));
  return { title: t("bot:contacts.title"), text: parts.join("\n\n"), buttons: [backToMenu(t)] };
}

function meetingBlock(m: Meeting, lang: string, t: T): string {
  const when = m.starts ? `${dateText(formatDate, m.starts.slice(0, 10), lang)} ${m.starts.slice(11)}` : t("tbd");
  const lines = [loc(m.title, lang)!, `${t("bot:meetings.when")}: ${when}`, `${t("bot:meetings.where")}: ${m.place}`];
  const d = loc(m.description, lang);
  if (d) lines.push(d);
  return lines.join("\n");
}

export function meetings(turn: Turn): OutboundMessage {
  const { t, lang, audience } = turn;
  const now = turn.deps.clock();
  const list = turn.deps.knowledge.current().kb.meetings.filter((m) => {
    if (audience && !m.audience.includes(audience)) return false;
    // Starts are Prague time; a day of slack is enough to keep today's meetings listed.
    return !m.starts || Date.parse(`${m.starts}:00Z`) + (m.duration_minutes + 24 * 60) * 60_000 > now;
  });
  if (!list.length) return { text: t("bot:meetings.empty"), buttons: [backToMenu(t)] };
  return { title: t("bot:meetings.title"), text: list.map((m) => meetingBlock(m, lang, t)).join("\n\n"), buttons: [backToMenu(t)] };
}

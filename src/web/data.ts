// What the pages show, picked for one language from the knowledge base and
// the console's published updates. Pure functions of their inputs.
import { pickEntry, type Picked } from "../content/pick.js";
import type { Localized, Meeting, Phase } from "../content/schemas.js";
import type { Entry, FaqEntry, KnowledgeBase, RumourEntry, Update as KbUpdate } from "../content/types.js";
import type { Update as StoreUpdate } from "../store/repos/updates.js";
import { pragueWallTime } from "./format.js";

export interface Localised { text: string; fallback: boolean }

/** A YAML text in the person's language, else Czech (saying so). */
export function loc(text: Localized | null | undefined, lang: string): Localised | null {
  if (!text) return null;
  const own = text[lang];
  if (own) return { text: own, fallback: false };
  return { text: text.cs ?? Object.values(text)[0] ?? "", fallback: lang !== "cs" };
}

/** Every entry of a collection once, in the person's language where it exists. */
export function pickAll<E extends Entry>(kb: KnowledgeBase, collection: E["collection"], lang: string): Array<Picked<E>> {
  const out: Array<Picked<E>> = [];
  for (const id of kb.byId.keys()) {
    if (!id.startsWith(`${collection}/`)) continue;
    const p = pickEntry(kb, id, lang);
    if (p) out.push(p as Picked<E>);
  }
  return out;
}

export interface FaqGroup { key: string; label: string; items: Array<Picked<FaqEntry>> }

/**
 * FAQ grouped by topic: each entry goes under its most common Czech tag (the
 * tags are written per language, Czech is the one every entry has), so groups
 * are few and large. The label is the same tag in the person's language when a
 * translation carries it at the same position.
 */
export function groupFaq(kb: KnowledgeBase, lang: string, otherLabel: string): FaqGroup[] {
  return perKb(kb, `faq|${lang}|${otherLabel}`, () => buildFaqGroups(kb, lang, otherLabel));
}

/** Results that depend only on the knowledge base (replaced whole on reload) and a key. */
const kbMemo = new WeakMap<KnowledgeBase, Map<string, unknown>>();
function perKb<T>(kb: KnowledgeBase, key: string, make: () => T): T {
  let m = kbMemo.get(kb);
  if (!m) kbMemo.set(kb, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

function buildFaqGroups(kb: KnowledgeBase, lang: string, otherLabel: string): FaqGroup[] {
  const items = pickAll<FaqEntry>(kb, "faq", lang);
  const czech = (id: string) => kb.byId.get(id)?.get("cs") ?? null;
  const freq = new Map<string, number>();
  for (const p of items) for (const tag of czech(p.entry.id)?.tags ?? []) freq.set(tag, (freq.get(tag) ?? 0) + 1);
  const groups = new Map<string, FaqGroup>();
  for (const p of items) {
    const tags = czech(p.entry.id)?.tags ?? [];
    const best = [...tags].sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0))[0];
    const key = best && (freq.get(best) ?? 0) >= 2 ? best : "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: key ? capitalise(key) : otherLabel, items: [] }));
    group.items.push(p);
    if (key && !p.fallback && lang !== "cs") {
      const at = tags.indexOf(key);
      const own = p.entry.tags[at];
      if (own && p.entry.tags.length === tags.length) group.label = capitalise(own);
    }
  }
  const collator = new Intl.Collator(lang);
  for (const g of groups.values()) g.items.sort((a, b) => collator.compare(a.entry.title, b.entry.title));
  return [...groups.values()].sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : b.items.length - a.items.length || collator.compare(a.label, b.label)));
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** A URL-safe anchor for a group heading. */
export function anchor(key: string): string {
  return `t-${encodeURIComponent(key || "other").replace(/%/g, "")}`;
}

export function rumours(kb: KnowledgeBase, lang: string): Array<Picked<RumourEntry>> {
  return perKb(kb, `rumours|${lang}`, () => pickAll<RumourEntry>(kb, "rumours", lang));
}

/** One news item on the site: from content/updates or published in the console. */
export interface NewsItem {
  id: string;
  title: string;
  body: string;
  /** ISO date (YYYY-MM-DD) shown to people. */
  date: string;
  /** Milliseconds, for sorting and feeds. */
  time: number;
  /** The office that vouches for it, when known. */
  office: string | null;
  fallback: boolean;
  machineTranslated: boolean;
}

export function newsItems(kb: KnowledgeBase, published: StoreUpdate[], lang: string): NewsItem[] {
  const versions = new Map<string, Map<string, KbUpdate>>();
  for (const u of kb.updates) {
    if (!versions.has(u.id)) versions.set(u.id, new Map());
    versions.get(u.id)!.set(u.lang, u);
  }
  const byId = new Map<string, NewsItem>();
  for (const [id, langs] of versions) {
    const u = langs.get(lang) ?? langs.get("cs") ?? [...langs.values()][0]!;
    byId.set(id, {
      id, title: u.title, body: u.body, date: u.published, time: Date.parse(`${u.published}T08:00:00Z`),
      office: u.verifiedBy, fallback: u.lang !== lang, machineTranslated: u.machineTranslated,
    });
  }
  const garant = loc(kb.site?.garant.office, lang)?.text ?? null;
  for (const u of published) {
    if (byId.has(u.id)) continue;
    const time = u.publishedAt ?? u.createdAt;
    byId.set(u.id, {
      id: u.id, title: u.title, body: u.body, date: new Date(time).toISOString().slice(0, 10), time,
      office: garant, fallback: !u.langs.includes(lang) && u.langs.includes("cs"), machineTranslated: false,
    });
  }
  return [...byId.values()].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
}

/** Prague wall time "YYYY-MM-DDTHH:MM" of a moment. */
export function pragueNow(ms: number): string {
  return pragueWallTime(ms);
}

export interface MeetingLists { upcoming: Meeting[]; past: Meeting[] }

/** Dated meetings still ahead (soonest first), then those without a date; past ones apart, newest first. */
export function sortMeetings(meetings: Meeting[], nowMs: number): MeetingLists {
  const now = pragueNow(nowMs);
  const dated = meetings.filter((m) => m.starts).sort((a, b) => a.starts!.localeCompare(b.starts!));
  const upcoming = dated.filter((m) => m.starts! >= now.slice(0, 16));
  const past = dated.filter((m) => m.starts! < now.slice(0, 16)).reverse();
  return { upcoming: [...upcoming, ...meetings.filter((m) => !m.starts)], past };
}

export type PhaseState = { kind: "current"; phase: Phase } | { kind: "next"; phase: Phase } | { kind: "done" } | null;

export function phaseState(phases: Phase[]): PhaseState {
  if (!phases.length) return null;
  const current = phases.find((p) => p.status === "current");
  if (current) return { kind: "current", phase: current };
  const next = phases.find((p) => p.status === "planned");
  return next ? { kind: "next", phase: next } : { kind: "done" };
}

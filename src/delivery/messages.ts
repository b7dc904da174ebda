// What a broadcast says in a language: an update's title and text (from the
// console's per-language texts, else the row), or a meeting reminder built
// from content/meetings. Built once per (broadcast, language) and cached for
// the dispatcher's lifetime; a broadcast that no longer exists reads as null.
import type { OutboundMessage } from "../channels/types.js";
import type { AppDeps } from "../deps.js";
import type { Meeting } from "../content/schemas.js";
import { deliveryTexts, fill } from "./texts.js";

export type MessageDeps = Pick<AppDeps, "store" | "knowledge">;

export const REMINDER_PREFIX = "meeting:";

/** The broadcast key of a meeting's reminder: a new date means a new reminder. */
export function reminderKey(meeting: Pick<Meeting, "id" | "starts">): string {
  return `${REMINDER_PREFIX}${meeting.id}:${meeting.starts ?? "none"}`;
}

/** "2026-11-25T17:00" → "25. 11. 2026 v 17:00" (the time is Prague local time already). */
export function formatStarts(starts: string, lang: string): string {
  const [date, time] = starts.split("T");
  const [y, m, d] = (date ?? "").split("-").map((x) => Number(x));
  return `${d}. ${m}. ${y} ${deliveryTexts(lang).at} ${time}`;
}

export function reminderMessage(meeting: Meeting, lang: string): OutboundMessage {
  const t = deliveryTexts(lang);
  const pick = (l: Record<string, string> | null) => (l ? (l[lang] ?? l.cs) : undefined);
  const title = pick(meeting.title) ?? meeting.id;
  const lines = [fill(t.when, { when: formatStarts(meeting.starts ?? "", lang) }), fill(t.where, { place: meeting.place })];
  const description = pick(meeting.description);
  return {
    title: fill(t.reminderTitle, { title }),
    text: [lines.join("\n"), description].filter(Boolean).join("\n\n"),
    note: t.stop,
  };
}

export function createMessageSource(deps: MessageDeps) {
  const cache = new Map<string, Promise<OutboundMessage | null>>();

  async function build(key: string, lang: string): Promise<OutboundMessage | null> {
    if (key.startsWith(REMINDER_PREFIX)) {
      const meeting = deps.knowledge.current().kb.meetings.find((m) => reminderKey(m) === key);
      return meeting ? reminderMessage(meeting, lang) : null;
    }
    const update = await deps.store.updates.get(key);
    if (!update || update.status !== "published") return null;
    const texts = (await deps.store.updateDrafts.extras(key))?.texts ?? [];
    const text = texts.find((x) => x.lang === lang) ?? texts.find((x) => x.lang === "cs");
    return { title: text?.title ?? update.title, text: text?.body ?? update.body, note: deliveryTexts(lang).stop };
  }

  return {
    get(key: string, lang: string): Promise<OutboundMessage | null> {
      const k = `${key}\u0000${lang}`;
      let hit = cache.get(k);
      if (!hit) {
        hit = build(key, lang);
        cache.set(k, hit);
        if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
      }
      return hit;
    },
  };
}

// The two feeds: meetings as iCal (ical-generator, Prague time) and news as
// Atom (feed). Both are built per request from the same data as the pages.
import { Feed } from "feed";
import ical from "ical-generator";
import type { Meeting } from "../content/schemas.js";
import { loc, pragueNow, type NewsItem } from "./data.js";
import { renderMarkdown } from "./markdown.js";

/** "2026-12-03T17:00" on the wall clocks of Prague, as an instant. */
export function pragueToDate(local: string): Date {
  const [d, tm] = local.split("T") as [string, string];
  const [y, mo, da] = d.split("-").map(Number) as [number, number, number];
  const [h, mi] = tm.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  let guess = wall;
  // Two passes settle the offset (CET/CEST) even next to a change of time.
  for (let i = 0; i < 2; i++) {
    const seen = pragueNow(guess);
    const seenMs = Date.parse(`${seen}:00Z`);
    guess += wall - seenMs;
  }
  return new Date(guess);
}

export interface CalendarInput {
  meetings: Meeting[];
  lang: string;
  origin: string;
  name: string;
  now: number;
}

/** Meetings with a date; those still "bude upřesněno" cannot be in a calendar yet. */
export function meetingsIcal({ meetings, lang, origin, name, now }: CalendarInput): string {
  const cal = ical({ name, prodId: { company: "hlasatel", product: "meetings", language: lang.toUpperCase() }, url: `${origin}/setkani` });
  // Times go out in UTC ("…Z"), which every calendar converts; the calendar says it is a Prague one.
  cal.x("X-WR-TIMEZONE", "Europe/Prague");
  for (const m of meetings) {
    if (!m.starts) continue;
    const start = pragueToDate(m.starts);
    cal.createEvent({
      id: `${m.id}@hlasatel`,
      start,
      end: new Date(start.getTime() + m.duration_minutes * 60_000),
      stamp: new Date(now),
      summary: loc(m.title, lang)?.text ?? m.id,
      description: loc(m.description, lang)?.text ?? null,
      location: m.place,
      url: `${origin}/setkani#m-${m.id}`,
    });
  }
  return cal.toString();
}

export interface AtomInput {
  items: NewsItem[];
  lang: string;
  origin: string;
  title: string;
  description: string;
  now: number;
}

export function newsAtom({ items, lang, origin, title, description, now }: AtomInput): string {
  const feed = new Feed({
    title,
    description,
    id: `${origin}/novinky`,
    link: `${origin}/novinky`,
    language: lang,
    updated: new Date(items[0]?.time ?? now),
    copyright: "",
    feedLinks: { atom: `${origin}/novinky.atom?lang=${lang}` },
  });
  for (const n of items) {
    feed.addItem({
      title: n.title,
      id: `${origin}/novinky/${n.id}`,
      link: `${origin}/novinky/${n.id}`,
      date: new Date(n.time),
      content: renderMarkdown(n.body, 2),
      author: n.office ? [{ name: n.office }] : undefined,
    });
  }
  return feed.atom1();
}

// Dates as people read them, with the Intl formatters built once per
// language (building one costs more than rendering a small page).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const memo = new Map<string, string>();

function locale(lang: string): string {
  return lang === "en" ? "en-GB" : lang === "uk" ? "uk-UA" : "cs-CZ";
}

function formatter(cache: Map<string, Intl.DateTimeFormat>, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = new Intl.DateTimeFormat(locale(lang), options)));
  return f;
}

/** "2026-11-15" -> "15. listopadu 2026" / "15 November 2026" (same output as formatDate in src/i18n.ts). */
export function webDate(iso: string, lang: string): string {
  const key = `${lang}|${iso.slice(0, 10)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  const text = Number.isNaN(d.getTime())
    ? iso
    : formatter(dateFormats, lang, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Prague" }).format(d);
  if (memo.size > 5000) memo.clear();
  memo.set(key, text);
  return text;
}

/** "2026-03" -> "březen 2026". */
export function webMonth(yyyyMm: string, lang: string): string {
  return formatter(monthFormats, lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${yyyyMm}-15T12:00:00Z`));
}

const pragueFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Prague", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
});

/** Prague wall time "YYYY-MM-DDTHH:MM" of a moment. */
export function pragueWallTime(ms: number): string {
  return pragueFormat.format(new Date(ms)).replace(" ", "T");
}

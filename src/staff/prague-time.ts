// <input type=datetime-local> values are Prague wall-clock time; the database
// keeps UTC milliseconds.
const ZONE = "Europe/Prague";

function offsetMs(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** "2026-11-23T10:00" (Prague) → ms since the epoch; null when not a valid value. */
export function pragueLocalToUtc(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  if (Number.isNaN(wall)) return null;
  let utc = wall - offsetMs(wall);
  utc = wall - offsetMs(utc); // the offset at the real instant (DST edges)
  return utc;
}

/** ms since the epoch → "2026-11-23T10:00" in Prague, for the form field. */
export function utcToPragueLocal(ms: number): string {
  return new Date(ms + offsetMs(ms)).toISOString().slice(0, 16);
}

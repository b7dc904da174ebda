// The numbers behind the statistics page and the public overview, computed
// from aggregates only (no question text).
import type { AppDeps } from "../deps.js";
import type { SubscriptionCount, ThemeWeekCount, TimeRange } from "../store/index.js";

export const NO_THEME = "–";

export interface WeekThemeChart {
  weeks: number[];
  themes: string[];
  /** counts[weekIndex][themeIndex] */
  counts: number[][];
}

/** Keeps the most frequent themes and folds the rest into "other". */
export function weekThemeChart(rows: ThemeWeekCount[], otherLabel: string, maxThemes = 6): WeekThemeChart {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.theme ?? NO_THEME, (totals.get(r.theme ?? NO_THEME) ?? 0) + r.count);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const kept = ranked.slice(0, maxThemes);
  const themes = ranked.length > maxThemes ? [...kept, otherLabel] : kept;
  const weeks = [...new Set(rows.map((r) => r.weekStart))].sort((a, b) => a - b);
  const counts = weeks.map(() => themes.map(() => 0));
  for (const r of rows) {
    const ti = kept.indexOf(r.theme ?? NO_THEME);
    counts[weeks.indexOf(r.weekStart)]![ti >= 0 ? ti : themes.length - 1]! += r.count;
  }
  return { weeks, themes, counts };
}

export function sumBy(rows: SubscriptionCount[], key: "channel" | "audience" | "lang"): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r[key], (out.get(r[key]) ?? 0) + r.count);
  return out;
}

export async function questionTotals(deps: AppDeps, range: TimeRange = {}) {
  const rows = await deps.store.questions.countByWeekAndTheme(range);
  const byTheme = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    total += r.count;
    byTheme.set(r.theme ?? NO_THEME, (byTheme.get(r.theme ?? NO_THEME) ?? 0) + r.count);
  }
  return { rows, total, byTheme, times: await deps.store.questions.answerTimes(range) };
}

/** "3 h 20 min", "2 d 4 h". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "–";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

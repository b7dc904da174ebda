// Numbers for the monthly report and the statistics page. Aggregates only:
// nothing here returns question text.
import type { SqlValue } from "../sql.js";
import type { RepoContext } from "./context.js";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday; the first Monday (UTC) was four days later.
const FIRST_MONDAY_MS = 4 * DAY_MS;

export interface ThemeWeekCount {
  /** Monday 00:00 UTC of the week, ms since the epoch. */
  weekStart: number;
  /** null for questions not yet given a theme. */
  theme: string | null;
  count: number;
}

export interface AnswerTimes {
  answered: number;
  /** Median of answered_at − created_at in ms; null when nothing was answered. */
  medianMs: number | null;
}

export interface TimeRange {
  /** Inclusive lower bound on created_at. */
  from?: number;
  /** Exclusive upper bound on created_at. */
  until?: number;
}

function rangeClause(range: TimeRange): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (range.from !== undefined) { where.push("created_at >= ?"); params.push(range.from); }
  if (range.until !== undefined) { where.push("created_at < ?"); params.push(range.until); }
  return { where, params };
}

export function questionStats({ db }: RepoContext) {
  return {
    /** Questions per week (UTC, Monday-based) and theme, oldest week first. */
    async countByWeekAndTheme(range: TimeRange = {}): Promise<ThemeWeekCount[]> {
      const { where, params } = rangeClause(range);
      return db.all<ThemeWeekCount>(
        `SELECT ((created_at - ${FIRST_MONDAY_MS}) / ${WEEK_MS}) * ${WEEK_MS} + ${FIRST_MONDAY_MS} AS weekStart,
                theme, COUNT(*) AS count
         FROM questions ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         GROUP BY weekStart, theme ORDER BY weekStart, theme`,
        params,
      );
    },

    /** How long answers took for questions asked in the range. */
    async answerTimes(range: TimeRange = {}): Promise<AnswerTimes> {
      const { where, params } = rangeClause(range);
      where.push("answered_at IS NOT NULL");
      const rows = await db.all<{ ms: number }>(
        `SELECT answered_at - created_at AS ms FROM questions WHERE ${where.join(" AND ")} ORDER BY ms`,
        params,
      );
      if (rows.length === 0) return { answered: 0, medianMs: null };
      const mid = Math.floor(rows.length / 2);
      const medianMs = rows.length % 2 ? rows[mid]!.ms : (rows[mid - 1]!.ms + rows[mid]!.ms) / 2;
      return { answered: rows.length, medianMs };
    },
  };
}

// Fixed-window rate limiting shared by every server instance (the web form,
// /ask floods). One UPSERT … RETURNING both counts and reads, so concurrent
// hits cannot both slip under the limit.
import { refSchema } from "../types.js";
import type { RepoContext } from "./context.js";

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in the current window after this one. */
  remaining: number;
  /** 0 when allowed; otherwise how long until the window resets. */
  retryAfterMs: number;
}

export function rateLimitsRepo({ db, clock }: RepoContext) {
  return {
    /**
     * Counts a hit on `key` in the window of `windowMs` containing `nowMs`.
     * Windows are aligned to multiples of windowMs; use a distinct key per
     * (purpose, windowMs). Denied hits count too, so hammering stays denied.
     */
    async hit(key: string, windowMs: number, limit: number, nowMs: number = clock()): Promise<RateLimitResult> {
      if (!(windowMs > 0) || !(limit >= 0)) throw new RangeError("windowMs must be > 0 and limit >= 0");
      const resetAt = (Math.floor(nowMs / windowMs) + 1) * windowMs;
      const row = await db.first<{ count: number; reset_at: number }>(
        `INSERT INTO rate_limits (key, reset_at, count) VALUES (?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_limits.reset_at = excluded.reset_at THEN rate_limits.count + 1 ELSE 1 END,
           reset_at = excluded.reset_at
         RETURNING count, reset_at`,
        [refSchema.parse(key), resetAt],
      );
      const count = row?.count ?? 1;
      const allowed = count <= limit;
      return {
        allowed,
        remaining: Math.max(0, limit - count),
        retryAfterMs: allowed ? 0 : Math.max(0, (row?.reset_at ?? resetAt) - nowMs),
      };
    },

    /** Deletes counters whose window ended before `nowMs`. */
    async pruneExpired(nowMs: number = clock()): Promise<number> {
      return (await db.run("DELETE FROM rate_limits WHERE reset_at <= ?", [nowMs])).changes;
    },
  };
}

export type RateLimitsRepo = ReturnType<typeof rateLimitsRepo>;

// Webhook deliveries already handled. Platforms retry when we are slow, so the
// same update can arrive twice, even concurrently; the primary key makes the
// check-and-record a single atomic statement.
import { refSchema } from "../types.js";
import type { RepoContext } from "./context.js";

export function dedupRepo({ db, clock }: RepoContext) {
  return {
    /** True when (channel, eventId) was seen before; otherwise records it and returns false. */
    async seen(channel: string, eventId: string): Promise<boolean> {
      const { changes } = await db.run(
        "INSERT OR IGNORE INTO processed_events (channel, event_id, seen_at) VALUES (?, ?, ?)",
        [refSchema.parse(channel), refSchema.parse(eventId), clock()],
      );
      return changes === 0;
    },

    /** Forgets events seen before the cutoff (platforms stop retrying after a day or so). */
    async pruneBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM processed_events WHERE seen_at < ?", [cutoffMs])).changes;
    },
  };
}

export type DedupRepo = ReturnType<typeof dedupRepo>;

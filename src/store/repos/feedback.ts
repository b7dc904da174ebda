// "Pomohlo to?" — whether an answer helped. Anonymous: no user reference.
import { z } from "zod";
import type { SqlValue } from "../sql.js";
import { channelSchema, langSchema, refSchema } from "../types.js";
import type { RepoContext } from "./context.js";

const feedbackInput = z.object({
  entryId: refSchema,
  lang: langSchema,
  helpful: z.boolean(),
  channel: channelSchema,
});
export type NewFeedback = z.input<typeof feedbackInput>;

export interface FeedbackSummary {
  entryId: string;
  lang: string;
  helpful: number;
  notHelpful: number;
}

export function feedbackRepo({ db, clock }: RepoContext) {
  return {
    async add(input: NewFeedback): Promise<void> {
      const f = feedbackInput.parse(input);
      await db.run(
        "INSERT INTO feedback (entry_id, lang, helpful, channel, created_at) VALUES (?, ?, ?, ?, ?)",
        [f.entryId, f.lang, f.helpful ? 1 : 0, f.channel, clock()],
      );
    },

    /** Votes per entry and language, least helpful first (what to improve). */
    async summary(options: { since?: number; until?: number } = {}): Promise<FeedbackSummary[]> {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (options.since !== undefined) { where.push("created_at >= ?"); params.push(options.since); }
      if (options.until !== undefined) { where.push("created_at < ?"); params.push(options.until); }
      return db.all<FeedbackSummary>(
        `SELECT entry_id AS entryId, lang, SUM(helpful) AS helpful, SUM(1 - helpful) AS notHelpful
         FROM feedback ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         GROUP BY entry_id, lang ORDER BY notHelpful - helpful DESC, entry_id, lang`,
        params,
      );
    },
  };
}

export type FeedbackRepo = ReturnType<typeof feedbackRepo>;

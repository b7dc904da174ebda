// How to reach the asker of a bot question: the one place a question meets a
// chat id or phone number. Kept apart from `questions` so that the inbox, its
// exports and statistics never touch it; deleted after delivery + retention.
import { botChannelSchema, refSchema, type BotChannel } from "../types.js";
import type { RepoContext } from "./context.js";

export interface ReplyRoute {
  questionId: string;
  channel: BotChannel;
  address: string;
  createdAt: number;
}

interface RouteRow { question_id: string; channel: BotChannel; address: string; created_at: number }

export function replyRoutesRepo({ db, clock }: RepoContext) {
  return {
    /** Sets (or replaces) the route of a question. */
    async add(questionId: string, channel: BotChannel, address: string): Promise<void> {
      await db.run(
        `INSERT INTO reply_routes (question_id, channel, address, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (question_id) DO UPDATE SET channel = excluded.channel, address = excluded.address`,
        [questionId, botChannelSchema.parse(channel), refSchema.parse(address), clock()],
      );
    },

    async forQuestion(questionId: string): Promise<ReplyRoute | null> {
      const r = await db.first<RouteRow>(
        "SELECT question_id, channel, address, created_at FROM reply_routes WHERE question_id = ?",
        [questionId],
      );
      return r ? { questionId: r.question_id, channel: r.channel, address: r.address, createdAt: r.created_at } : null;
    },

    /** /forget: the asker can no longer be reached; their questions stay, anonymous. */
    async deleteForAddress(channel: BotChannel, address: string): Promise<number> {
      return (await db.run("DELETE FROM reply_routes WHERE channel = ? AND address = ?", [channel, address])).changes;
    },

    /** Retention: routes of questions whose answer was delivered before the cutoff. */
    async deleteDeliveredBefore(cutoffMs: number): Promise<number> {
      const { changes } = await db.run(
        `DELETE FROM reply_routes WHERE question_id IN
           (SELECT id FROM questions WHERE delivered_at IS NOT NULL AND delivered_at < ?)`,
        [cutoffMs],
      );
      return changes;
    },

    /** Retention: routes older than the cutoff whatever happened (unanswered for months). */
    async deleteCreatedBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM reply_routes WHERE created_at < ?", [cutoffMs])).changes;
    },
  };
}

export type ReplyRoutesRepo = ReturnType<typeof replyRoutesRepo>;

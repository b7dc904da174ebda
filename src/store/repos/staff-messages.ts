// Which question a message in a staff chat is about, so that a garant's reply
// to that message (Telegram reply_to_message) answers the right question.
import { botChannelSchema, refSchema, type BotChannel } from "../types.js";
import type { RepoContext } from "./context.js";

export interface StaffMessageRef {
  channel: BotChannel;
  /** Platform ids; numbers (Telegram) are stored as text. */
  chatId: string | number;
  messageId: string | number;
}

export function staffMessagesRepo({ db, clock }: RepoContext) {
  return {
    async add(ref: StaffMessageRef, questionId: string): Promise<void> {
      await db.run(
        `INSERT INTO staff_messages (channel, chat_id, message_id, question_id, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (channel, chat_id, message_id) DO UPDATE SET question_id = excluded.question_id`,
        [botChannelSchema.parse(ref.channel), refSchema.parse(String(ref.chatId)), refSchema.parse(String(ref.messageId)),
          questionId, clock()],
      );
    },

    /** The question a staff-chat message belongs to, or null. */
    async questionFor(ref: StaffMessageRef): Promise<string | null> {
      const row = await db.first<{ question_id: string }>(
        "SELECT question_id FROM staff_messages WHERE channel = ? AND chat_id = ? AND message_id = ?",
        [ref.channel, String(ref.chatId), String(ref.messageId)],
      );
      return row?.question_id ?? null;
    },

    async listForQuestion(questionId: string): Promise<{ channel: BotChannel; chatId: string; messageId: string }[]> {
      const rows = await db.all<{ channel: BotChannel; chat_id: string; message_id: string }>(
        "SELECT channel, chat_id, message_id FROM staff_messages WHERE question_id = ? ORDER BY created_at",
        [questionId],
      );
      return rows.map((r) => ({ channel: r.channel, chatId: r.chat_id, messageId: r.message_id }));
    },

    async pruneBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM staff_messages WHERE created_at < ?", [cutoffMs])).changes;
    },
  };
}

export type StaffMessagesRepo = ReturnType<typeof staffMessagesRepo>;

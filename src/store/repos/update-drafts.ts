// What the staff console adds to an update beyond updates.ts: the channels
// it goes to, a scheduled time, the approval of a scheduled update, and its
// title and text in each language (migration 0005).
import { z } from "zod";
import { stmt, type SqlStatement } from "../sql.js";
import { audienceSchema, langSchema, parseJson } from "../types.js";
import type { RepoContext } from "./context.js";

export const UPDATE_CHANNELS = ["telegram", "whatsapp", "discord", "web"] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

export interface UpdateText {
  lang: string;
  title: string;
  body: string;
}

export interface UpdateExtras {
  channels: UpdateChannel[];
  scheduledAt: number | null;
  approvedAt: number | null;
  texts: UpdateText[];
}

const textSchema = z.object({
  lang: langSchema,
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(50_000),
});
const extrasInput = z.object({
  channels: z.array(z.enum(UPDATE_CHANNELS)).min(1),
  scheduledAt: z.number().int().nullable(),
  texts: z.array(textSchema).min(1),
  /** When given, replaces the update's audiences too. */
  audiences: z.array(audienceSchema).min(1).optional(),
});
export type UpdateExtrasInput = z.input<typeof extrasInput>;

export function updateDraftsRepo({ db, clock }: RepoContext) {
  return {
    /**
     * Sets channels, schedule and per-language texts of a draft; the first
     * text also becomes the row's title/body and `langs` lists them all.
     * False when the update is not a draft.
     */
    async saveDraft(updateId: string, input: UpdateExtrasInput): Promise<boolean> {
      const x = extrasInput.parse(input);
      const first = x.texts[0]!;
      const texts = [...new Map(x.texts.map((t) => [t.lang, t])).values()];
      const found = await db.first<{ status: string }>("SELECT status FROM updates WHERE id = ?", [updateId]);
      if (found?.status !== "draft") return false;
      const statements: SqlStatement[] = [
        stmt(
          `UPDATE updates SET title = ?, body = ?, langs = ?, channels = ?, scheduled_at = ? WHERE id = ? AND status = 'draft'`,
          first.title, first.body, JSON.stringify(texts.map((t) => t.lang)), JSON.stringify([...new Set(x.channels)]),
          x.scheduledAt, updateId,
        ),
        stmt("DELETE FROM update_texts WHERE update_id = ?", updateId),
        ...texts.map((t) => stmt("INSERT INTO update_texts (update_id, lang, title, body) VALUES (?, ?, ?, ?)", updateId, t.lang, t.title, t.body)),
      ];
      if (x.audiences) statements.push(stmt("UPDATE updates SET audiences = ? WHERE id = ?", JSON.stringify([...new Set(x.audiences)]), updateId));
      await db.batch(statements);
      return true;
    },

    async extras(updateId: string): Promise<UpdateExtras | null> {
      const row = await db.first<{ channels: string; scheduled_at: number | null; approved_at: number | null }>(
        "SELECT channels, scheduled_at, approved_at FROM updates WHERE id = ?", [updateId],
      );
      if (!row) return null;
      const texts = await db.all<UpdateText>(
        "SELECT lang, title, body FROM update_texts WHERE update_id = ? ORDER BY CASE lang WHEN 'cs' THEN 0 ELSE 1 END, lang",
        [updateId],
      );
      const channels = parseJson(row.channels);
      return {
        channels: Array.isArray(channels) ? channels.filter((c): c is UpdateChannel => (UPDATE_CHANNELS as readonly unknown[]).includes(c)) : [],
        scheduledAt: row.scheduled_at,
        approvedAt: row.approved_at,
        texts,
      };
    },

    /** Approves a scheduled draft without publishing it; the delivery job publishes it when due. */
    async approveScheduled(updateId: string, approverId: string): Promise<boolean> {
      const { changes } = await db.run(
        "UPDATE updates SET approved_by = ?, approved_at = ? WHERE id = ? AND status = 'draft' AND approved_by IS NULL",
        [approverId, clock(), updateId],
      );
      return changes > 0;
    },

    /** Drafts approved for a time that has come (for the delivery job). */
    async dueScheduled(nowMs: number = clock()): Promise<{ id: string; approvedBy: string }[]> {
      return db.all<{ id: string; approvedBy: string }>(
        `SELECT id, approved_by AS approvedBy FROM updates
         WHERE status = 'draft' AND approved_by IS NOT NULL AND scheduled_at IS NOT NULL AND scheduled_at <= ?
         ORDER BY scheduled_at`,
        [nowMs],
      );
    },

    /** Deletes a draft that nobody approved yet. */
    async deleteDraft(updateId: string): Promise<boolean> {
      return (await db.run("DELETE FROM updates WHERE id = ? AND status = 'draft' AND approved_by IS NULL", [updateId])).changes > 0;
    },
  };
}

export type UpdateDraftsRepo = ReturnType<typeof updateDraftsRepo>;

// The garant's inbox: anonymous questions from the web form and the bots.
// Only redacted text is stored; a web asker gets a ticket token whose SHA-256
// is all we keep, so a database leak does not open anyone's ticket.
import { z } from "zod";
import { newId, newSecret, sha256Hex } from "../ids.js";
import { stmt, type SqlStatement, type SqlValue } from "../sql.js";
import {
  QUESTION_AUDIENCES, QUESTION_STATUSES, botChannelSchema, channelSchema, clampLimit, langSchema, refSchema,
  type Channel, type QuestionAudience, type QuestionStatus,
} from "../types.js";
import type { RepoContext } from "./context.js";
import { questionNotes } from "./question-notes.js";
import { questionStats } from "./question-stats.js";

export interface Question {
  id: string;
  channel: Channel;
  audience: QuestionAudience;
  theme: string | null;
  lang: string;
  textRedacted: string;
  status: QuestionStatus;
  createdAt: number;
  answeredAt: number | null;
  answerText: string | null;
  answeredBy: string | null;
  answerFaqId: string | null;
  assignedTo: string | null;
  deliveredAt: number | null;
}

const createInput = z.object({
  channel: channelSchema,
  audience: z.enum(QUESTION_AUDIENCES).default("unknown"),
  theme: refSchema.nullish(),
  lang: langSchema,
  /** Must already have gone through privacy/redact: the store cannot tell. */
  textRedacted: z.string().trim().min(1).max(10_000),
  /** For bot questions: where the answer goes (stored in reply_routes). */
  replyTo: z.object({ channel: botChannelSchema, address: refSchema }).optional(),
}).refine((q) => !q.replyTo || q.replyTo.channel === q.channel, {
  message: "the answer goes back on the channel the question came from", path: ["replyTo", "channel"],
});
export type NewQuestion = z.input<typeof createInput>;

const listInput = z.object({
  status: z.enum(QUESTION_STATUSES).optional(),
  theme: z.string().optional(),
  audience: z.enum(QUESTION_AUDIENCES).optional(),
  lang: z.string().optional(),
  channel: channelSchema.optional(),
  assignedTo: z.string().optional(),
  limit: z.number().optional(),
  offset: z.number().int().min(0).optional(),
  /** created_at range: inclusive from, exclusive until (monthly export). */
  from: z.number().optional(),
  until: z.number().optional(),
});
export type QuestionFilter = z.input<typeof listInput>;

const answerInput = z.object({
  text: z.string().trim().min(1).max(20_000),
  staffId: refSchema,
  faqId: refSchema.nullish(),
});
export type QuestionAnswer = z.input<typeof answerInput>;

interface QuestionRow {
  id: string; channel: Channel; audience: QuestionAudience; theme: string | null; lang: string;
  text_redacted: string; status: QuestionStatus; created_at: number; answered_at: number | null;
  answer_text: string | null; answered_by: string | null; answer_faq_id: string | null;
  assigned_to: string | null; delivered_at: number | null;
}

// Every column except ticket_hash, which never leaves the store.
const COLUMNS = `id, channel, audience, theme, lang, text_redacted, status, created_at, answered_at,
  answer_text, answered_by, answer_faq_id, assigned_to, delivered_at`;

function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id, channel: r.channel, audience: r.audience, theme: r.theme, lang: r.lang,
    textRedacted: r.text_redacted, status: r.status, createdAt: r.created_at, answeredAt: r.answered_at,
    answerText: r.answer_text, answeredBy: r.answered_by, answerFaqId: r.answer_faq_id,
    assignedTo: r.assigned_to, deliveredAt: r.delivered_at,
  };
}

export function questionsRepo(ctx: RepoContext) {
  const { db, clock } = ctx;
  return {
    ...questionNotes(ctx),
    ...questionStats(ctx),

    /** Stores a question; for the web channel also returns the ticket token (shown once). */
    async create(input: NewQuestion): Promise<{ id: string; ticketToken: string | null }> {
      const q = createInput.parse(input);
      const id = newId();
      const now = clock();
      const ticketToken = q.channel === "web" ? newSecret() : null;
      const ticketHash = ticketToken ? await sha256Hex(ticketToken) : null;
      const statements: SqlStatement[] = [
        stmt(
          `INSERT INTO questions (id, ticket_hash, channel, audience, theme, lang, text_redacted, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'new', ?)`,
          id, ticketHash, q.channel, q.audience, q.theme ?? null, q.lang, q.textRedacted, now,
        ),
      ];
      if (q.replyTo) {
        statements.push(stmt(
          "INSERT INTO reply_routes (question_id, channel, address, created_at) VALUES (?, ?, ?, ?)",
          id, q.replyTo.channel, q.replyTo.address, now,
        ));
      }
      await db.batch(statements);
      return { id, ticketToken };
    },

    async get(id: string): Promise<Question | null> {
      const row = await db.first<QuestionRow>(`SELECT ${COLUMNS} FROM questions WHERE id = ?`, [id]);
      return row ? toQuestion(row) : null;
    },

    async getByTicketToken(token: string): Promise<Question | null> {
      if (!token) return null;
      const hash = await sha256Hex(token.trim());
      const row = await db.first<QuestionRow>(`SELECT ${COLUMNS} FROM questions WHERE ticket_hash = ?`, [hash]);
      return row ? toQuestion(row) : null;
    },

    /** Newest first. */
    async list(filter: QuestionFilter = {}): Promise<Question[]> {
      const f = listInput.parse(filter);
      const where: string[] = [];
      const params: SqlValue[] = [];
      for (const [column, value] of [
        ["status", f.status], ["theme", f.theme], ["audience", f.audience], ["lang", f.lang],
        ["channel", f.channel], ["assigned_to", f.assignedTo],
      ] as const) {
        if (value !== undefined) {
          where.push(`${column} = ?`);
          params.push(value);
        }
      }
      if (f.from !== undefined) { where.push("created_at >= ?"); params.push(f.from); }
      if (f.until !== undefined) { where.push("created_at < ?"); params.push(f.until); }
      const sql = `SELECT ${COLUMNS} FROM questions ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
        ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`;
      const rows = await db.all<QuestionRow>(sql, [...params, clampLimit(f.limit), f.offset ?? 0]);
      return rows.map(toQuestion);
    },

    /** Records (or replaces) the answer; the answer is then due for delivery again. */
    async answer(id: string, input: QuestionAnswer): Promise<boolean> {
      const a = answerInput.parse(input);
      const { changes } = await db.run(
        `UPDATE questions SET status = 'answered', answer_text = ?, answered_by = ?, answer_faq_id = ?,
           answered_at = ?, delivered_at = NULL
         WHERE id = ?`,
        [a.text, a.staffId, a.faqId ?? null, clock(), id],
      );
      return changes > 0;
    },

    /** Closes without an answer (spam, duplicate) or after the answer is final. */
    async close(id: string): Promise<boolean> {
      return (await db.run("UPDATE questions SET status = 'closed' WHERE id = ?", [id])).changes > 0;
    },

    async markDelivered(id: string): Promise<boolean> {
      return (await db.run("UPDATE questions SET delivered_at = ? WHERE id = ?", [clock(), id])).changes > 0;
    },

    /** Answered questions whose answer has not reached the asker yet, oldest first. */
    async listUndelivered(limit?: number): Promise<Question[]> {
      const rows = await db.all<QuestionRow>(
        `SELECT ${COLUMNS} FROM questions WHERE status = 'answered' AND delivered_at IS NULL
         ORDER BY answered_at LIMIT ?`,
        [clampLimit(limit)],
      );
      return rows.map(toQuestion);
    },

    /** Assigns to a staff member, or unassigns with null. */
    async assign(id: string, staffId: string | null): Promise<boolean> {
      return (await db.run("UPDATE questions SET assigned_to = ? WHERE id = ?", [staffId, id])).changes > 0;
    },

    async setTheme(id: string, theme: string | null): Promise<boolean> {
      return (await db.run("UPDATE questions SET theme = ? WHERE id = ?", [theme, id])).changes > 0;
    },

    async countByStatus(): Promise<Record<QuestionStatus, number>> {
      const rows = await db.all<{ status: QuestionStatus; n: number }>(
        "SELECT status, COUNT(*) AS n FROM questions GROUP BY status",
      );
      const counts: Record<QuestionStatus, number> = { new: 0, answered: 0, closed: 0 };
      for (const r of rows) counts[r.status] = r.n;
      return counts;
    },

  };
}

export type QuestionsRepo = ReturnType<typeof questionsRepo>;

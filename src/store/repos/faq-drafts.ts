// FAQ entries proposed from the inbox ("turn this question into a FAQ
// entry"). The content editor picks them up; nothing here is published.
import { z } from "zod";
import { newId } from "../ids.js";
import { clampLimit, langSchema, refSchema } from "../types.js";
import type { RepoContext } from "./context.js";

export const FAQ_DRAFT_STATUSES = ["open", "taken", "dropped"] as const;
export type FaqDraftStatus = (typeof FAQ_DRAFT_STATUSES)[number];

export interface FaqDraft {
  id: string;
  questionId: string | null;
  lang: string;
  title: string;
  body: string;
  status: FaqDraftStatus;
  createdBy: string | null;
  createdAt: number;
}

const draftInput = z.object({
  questionId: refSchema.nullish(),
  lang: langSchema,
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(50_000),
  createdBy: refSchema.nullish(),
});
export type NewFaqDraft = z.input<typeof draftInput>;

interface Row {
  id: string; question_id: string | null; lang: string; title: string; body: string; status: FaqDraftStatus;
  created_by: string | null; created_at: number;
}
const COLUMNS = "id, question_id, lang, title, body, status, created_by, created_at";
const toDraft = (r: Row): FaqDraft => ({
  id: r.id, questionId: r.question_id, lang: r.lang, title: r.title, body: r.body, status: r.status,
  createdBy: r.created_by, createdAt: r.created_at,
});

export function faqDraftsRepo({ db, clock }: RepoContext) {
  return {
    async create(input: NewFaqDraft): Promise<FaqDraft> {
      const d = draftInput.parse(input);
      const row = await db.first<Row>(
        `INSERT INTO faq_drafts (id, question_id, lang, title, body, status, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?) RETURNING ${COLUMNS}`,
        [newId(), d.questionId ?? null, d.lang, d.title, d.body, d.createdBy ?? null, clock()],
      );
      if (!row) throw new Error("faq_drafts insert returned no row");
      return toDraft(row);
    },

    async get(id: string): Promise<FaqDraft | null> {
      const r = await db.first<Row>(`SELECT ${COLUMNS} FROM faq_drafts WHERE id = ?`, [id]);
      return r ? toDraft(r) : null;
    },

    /** Newest first. */
    async list(options: { status?: FaqDraftStatus; questionId?: string; limit?: number } = {}): Promise<FaqDraft[]> {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (options.status) { where.push("status = ?"); params.push(options.status); }
      if (options.questionId) { where.push("question_id = ?"); params.push(options.questionId); }
      const rows = await db.all<Row>(
        `SELECT ${COLUMNS} FROM faq_drafts ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY created_at DESC, id DESC LIMIT ?`,
        [...params, clampLimit(options.limit)],
      );
      return rows.map(toDraft);
    },

    async setStatus(id: string, status: FaqDraftStatus): Promise<boolean> {
      return (await db.run("UPDATE faq_drafts SET status = ? WHERE id = ?", [z.enum(FAQ_DRAFT_STATUSES).parse(status), id])).changes > 0;
    },
  };
}

export type FaqDraftsRepo = ReturnType<typeof faqDraftsRepo>;

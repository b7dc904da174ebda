// News written in the staff console. A draft becomes visible (web, feeds) and
// deliverable to subscribers when published; who approved it is recorded for
// the four-eyes rule, which the staff layer enforces.
import { z } from "zod";
import { newId } from "../ids.js";
import type { SqlValue } from "../sql.js";
import { AUDIENCES, audienceSchema, clampLimit, langSchema, parseJson, refSchema, type Audience, type UpdateStatus } from "../types.js";
import type { RepoContext } from "./context.js";

export interface Update {
  id: string;
  title: string;
  body: string;
  audiences: Audience[];
  langs: string[];
  status: UpdateStatus;
  createdAt: number;
  createdBy: string | null;
  approvedBy: string | null;
  publishedAt: number | null;
}

const createInput = z.object({
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(50_000),
  audiences: z.array(audienceSchema).min(1).default([...AUDIENCES]),
  langs: z.array(langSchema).min(1),
  createdBy: refSchema.nullish(),
});
export type NewUpdate = z.input<typeof createInput>;

export interface PublishedFilter {
  audience?: Audience;
  lang?: string;
  limit?: number;
  /** Only updates published strictly before this time (paging back in time). */
  before?: number;
}

interface UpdateRow {
  id: string; title: string; body: string; audiences: string; langs: string; status: UpdateStatus;
  created_at: number; created_by: string | null; approved_by: string | null; published_at: number | null;
}

const COLUMNS = "id, title, body, audiences, langs, status, created_at, created_by, approved_by, published_at";

function stringArray(text: string): string[] {
  const value = parseJson(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function toUpdate(r: UpdateRow): Update {
  return {
    id: r.id, title: r.title, body: r.body, audiences: stringArray(r.audiences) as Audience[], langs: stringArray(r.langs),
    status: r.status, createdAt: r.created_at, createdBy: r.created_by, approvedBy: r.approved_by, publishedAt: r.published_at,
  };
}

export function updatesRepo({ db, clock }: RepoContext) {
  return {
    /** Creates a draft. */
    async create(input: NewUpdate): Promise<Update> {
      const u = createInput.parse(input);
      const row = await db.first<UpdateRow>(
        `INSERT INTO updates (id, title, body, audiences, langs, status, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, 'draft', ?, ?) RETURNING ${COLUMNS}`,
        [newId(), u.title, u.body, JSON.stringify([...new Set(u.audiences)]), JSON.stringify([...new Set(u.langs)]),
          clock(), u.createdBy ?? null],
      );
      if (!row) throw new Error("updates insert returned no row");
      return toUpdate(row);
    },

    async get(id: string): Promise<Update | null> {
      const r = await db.first<UpdateRow>(`SELECT ${COLUMNS} FROM updates WHERE id = ?`, [id]);
      return r ? toUpdate(r) : null;
    },

    /** Publishes a draft. False when it does not exist or is already published. */
    async publish(id: string, approvedBy: string | null = null): Promise<boolean> {
      const { changes } = await db.run(
        "UPDATE updates SET status = 'published', published_at = ?, approved_by = ? WHERE id = ? AND status = 'draft'",
        [clock(), approvedBy, id],
      );
      return changes > 0;
    },

    /** Newest first. */
    async listPublished(filter: PublishedFilter = {}): Promise<Update[]> {
      const where = ["status = 'published'"];
      const params: SqlValue[] = [];
      if (filter.audience !== undefined) {
        where.push("EXISTS (SELECT 1 FROM json_each(updates.audiences) WHERE json_each.value = ?)");
        params.push(filter.audience);
      }
      if (filter.lang !== undefined) {
        where.push("EXISTS (SELECT 1 FROM json_each(updates.langs) WHERE json_each.value = ?)");
        params.push(filter.lang);
      }
      if (filter.before !== undefined) {
        where.push("published_at < ?");
        params.push(filter.before);
      }
      const rows = await db.all<UpdateRow>(
        `SELECT ${COLUMNS} FROM updates WHERE ${where.join(" AND ")} ORDER BY published_at DESC, id DESC LIMIT ?`,
        [...params, clampLimit(filter.limit, 20)],
      );
      return rows.map(toUpdate);
    },

    /** Drafts waiting for approval, oldest first. */
    async listDrafts(limit?: number): Promise<Update[]> {
      const rows = await db.all<UpdateRow>(
        `SELECT ${COLUMNS} FROM updates WHERE status = 'draft' ORDER BY created_at, id LIMIT ?`,
        [clampLimit(limit)],
      );
      return rows.map(toUpdate);
    },
  };
}

export type UpdatesRepo = ReturnType<typeof updatesRepo>;

// Content files kept in the database (migration 0007): the published text per
// path and every revision of it. The import rules and the knowledge built
// from the published texts live in src/content/store-source.ts.
import { z } from "zod";
import { stmt } from "../sql.js";
import { clampLimit } from "../types.js";
import type { RepoContext } from "./context.js";

export const CONTENT_REVISION_STATUSES = ["draft", "approved", "published", "rejected", "superseded"] as const;
export type ContentRevisionStatus = (typeof CONTENT_REVISION_STATUSES)[number];
export type ContentRevisionSource = "file" | "console" | "conflict";

/** Largest file text accepted (the biggest file in content/ is a few kB). */
export const MAX_CONTENT_TEXT = 200_000;

/** A relative path with .md/.yml/.yaml at the end; no "..", no leading dot or slash. */
export const contentPath = z
  .string()
  .max(180) // fits the audit log's target with "#<rev>"
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\.(md|ya?ml)$/, "a content path such as faq/closure-date.cs.md")
  .refine((p) => !p.split("/").some((part) => part === ".." || part.startsWith(".")), "no hidden or parent folders");

export interface ContentItem {
  path: string;
  publishedText: string | null;
  publishedRev: number | null;
  fileHash: string | null;
  inFile: boolean;
  updatedAt: number;
}

export interface ContentItemSummary extends Omit<ContentItem, "publishedText"> {
  /** Drafts waiting for approval (conflict drafts included). */
  drafts: number;
  /** Drafts saved by an import because the file and the console both changed. */
  conflicts: number;
}

export interface ContentRevision {
  path: string;
  rev: number;
  text: string;
  status: ContentRevisionStatus;
  source: ContentRevisionSource;
  createdBy: string | null;
  createdAt: number;
  approvedBy: string | null;
  approvedAt: number | null;
}

interface ItemRow { path: string; published_text: string | null; published_rev: number | null; file_hash: string | null; in_file: number; updated_at: number }
interface RevRow {
  path: string; rev: number; text: string; status: ContentRevisionStatus; source: ContentRevisionSource;
  created_by: string | null; created_at: number; approved_by: string | null; approved_at: number | null;
}
const toItem = (r: ItemRow): ContentItem => ({
  path: r.path, publishedText: r.published_text, publishedRev: r.published_rev, fileHash: r.file_hash, inFile: r.in_file === 1, updatedAt: r.updated_at,
});
const toRev = (r: RevRow): ContentRevision => ({
  path: r.path, rev: r.rev, text: r.text, status: r.status, source: r.source, createdBy: r.created_by,
  createdAt: r.created_at, approvedBy: r.approved_by, approvedAt: r.approved_at,
});
const REV_COLUMNS = "path, rev, text, status, source, created_by, created_at, approved_by, approved_at";
const text = z.string().max(MAX_CONTENT_TEXT);

export function contentItemsRepo({ db, clock }: RepoContext) {
  /** Adds a revision with the next number for its path (one statement, so two writers cannot take the same number). */
  async function addRevision(path: string, body: string, status: ContentRevisionStatus, source: ContentRevisionSource, createdBy: string | null): Promise<number> {
    const row = await db.first<{ rev: number }>(
      `INSERT INTO content_revisions (path, rev, text, status, source, created_by, created_at)
       SELECT ?, COALESCE(MAX(rev), 0) + 1, ?, ?, ?, ?, ? FROM content_revisions WHERE path = ? RETURNING rev`,
      [path, body, status, source, createdBy, clock(), path],
    );
    if (!row) throw new Error("content_revisions insert returned no row");
    return row.rev;
  }

  return {
    async get(path: string): Promise<ContentItem | null> {
      const r = await db.first<ItemRow>("SELECT * FROM content_items WHERE path = ?", [path]);
      return r ? toItem(r) : null;
    },

    async count(): Promise<number> {
      return (await db.first<{ n: number }>("SELECT COUNT(*) AS n FROM content_items"))?.n ?? 0;
    },

    /** Every item by path, with its waiting drafts; `q` searches the path and the published text. */
    async list(options: { q?: string } = {}): Promise<ContentItemSummary[]> {
      const q = options.q?.trim().slice(0, 100);
      const like = q ? `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
      const rows = await db.all<ItemRow & { drafts: number; conflicts: number }>(
        `SELECT i.path, i.published_rev, i.file_hash, i.in_file, i.updated_at,
           (SELECT COUNT(*) FROM content_revisions r WHERE r.path = i.path AND r.status = 'draft') AS drafts,
           (SELECT COUNT(*) FROM content_revisions r WHERE r.path = i.path AND r.status = 'draft' AND r.source = 'conflict') AS conflicts
         FROM content_items i
         ${like ? "WHERE i.path LIKE ? ESCAPE '\\' OR i.published_text LIKE ? ESCAPE '\\'" : ""}
         ORDER BY i.path`,
        like ? [like, like] : [],
      );
      return rows.map((r) => ({ ...toItem({ ...r, published_text: null }), drafts: r.drafts, conflicts: r.conflicts }));
    },

    /** The published texts: what the knowledge is loaded from and what export writes. */
    async publishedFiles(): Promise<{ path: string; text: string }[]> {
      const rows = await db.all<{ path: string; published_text: string }>(
        "SELECT path, published_text FROM content_items WHERE published_text IS NOT NULL ORDER BY path",
      );
      return rows.map((r) => ({ path: r.path, text: r.published_text }));
    },

    /** Newest first. */
    async revisions(path: string, limit?: number): Promise<ContentRevision[]> {
      const rows = await db.all<RevRow>(`SELECT ${REV_COLUMNS} FROM content_revisions WHERE path = ? ORDER BY rev DESC LIMIT ?`, [path, clampLimit(limit, 200)]);
      return rows.map(toRev);
    },

    async revision(path: string, rev: number): Promise<ContentRevision | null> {
      const r = await db.first<RevRow>(`SELECT ${REV_COLUMNS} FROM content_revisions WHERE path = ? AND rev = ?`, [path, rev]);
      return r ? toRev(r) : null;
    },

    /** A draft written in the console (or a conflict draft from an import); creates the item when new. Returns the revision number. */
    async saveDraft(input: { path: string; text: string; createdBy: string | null; source?: "console" | "conflict" }): Promise<number> {
      const path = contentPath.parse(input.path);
      const body = text.parse(input.text);
      await db.run("INSERT INTO content_items (path, in_file, updated_at) VALUES (?, 0, ?) ON CONFLICT (path) DO NOTHING", [path, clock()]);
      return addRevision(path, body, "draft", input.source ?? "console", input.createdBy);
    },

    /**
     * Publishes a waiting draft: it becomes the published text, and older
     * waiting drafts are marked superseded. False when it is not a draft.
     */
    async publish(path: string, rev: number, approvedBy: string | null): Promise<boolean> {
      const r = await db.first<{ status: string }>("SELECT status FROM content_revisions WHERE path = ? AND rev = ?", [path, rev]);
      if (r?.status !== "draft") return false;
      const now = clock();
      await db.batch([
        stmt("UPDATE content_revisions SET status = 'published', approved_by = ?, approved_at = ? WHERE path = ? AND rev = ? AND status = 'draft'", approvedBy, now, path, rev),
        stmt(
          `UPDATE content_items SET published_text = (SELECT text FROM content_revisions WHERE path = ? AND rev = ?), published_rev = ?, updated_at = ?
           WHERE path = ?`,
          path, rev, rev, now, path,
        ),
        stmt("UPDATE content_revisions SET status = 'superseded' WHERE path = ? AND rev < ? AND status = 'draft'", path, rev),
      ]);
      return true;
    },

    async reject(path: string, rev: number, by: string | null): Promise<boolean> {
      return (await db.run(
        "UPDATE content_revisions SET status = 'rejected', approved_by = ?, approved_at = ? WHERE path = ? AND rev = ? AND status = 'draft'",
        [by, clock(), path, rev],
      )).changes > 0;
    },

    /** Import: a file the database does not know yet, published as revision 1. */
    async importNew(path: string, body: string, hash: string): Promise<void> {
      contentPath.parse(path);
      text.parse(body);
      const now = clock();
      await db.batch([
        // ON CONFLICT: two processes starting on one database may import the same file at once.
        stmt("INSERT INTO content_items (path, published_text, published_rev, file_hash, in_file, updated_at) VALUES (?, ?, 1, ?, 1, ?) ON CONFLICT (path) DO NOTHING", path, body, hash, now),
        stmt(`INSERT INTO content_revisions (path, rev, text, status, source, created_at) VALUES (?, 1, ?, 'published', 'file', ?) ON CONFLICT (path, rev) DO NOTHING`, path, body, now),
      ]);
    },

    /** Import: the file changed and the console did not; its text is published as a new revision. */
    async importChanged(path: string, body: string, hash: string): Promise<number> {
      text.parse(body);
      const rev = await addRevision(path, body, "published", "file", null);
      await db.run(
        "UPDATE content_items SET published_text = ?, published_rev = ?, file_hash = ?, in_file = 1, updated_at = ? WHERE path = ?",
        [body, rev, hash, clock(), path],
      );
      return rev;
    },

    /** Import: remembers the file's hash and presence without touching the published text. */
    async markFile(path: string, hash: string | null, inFile: boolean): Promise<void> {
      await db.run(
        "UPDATE content_items SET file_hash = COALESCE(?, file_hash), in_file = ? WHERE path = ?",
        [hash, inFile ? 1 : 0, path],
      );
    },
  };
}

export type ContentItemsRepo = ReturnType<typeof contentItemsRepo>;

// The audit log: every staff action, append-only. `detail` is JSON and must
// not contain personal data (question text is referenced by id, not copied).
import { z } from "zod";
import type { SqlValue } from "../sql.js";
import { clampLimit, parseJson } from "../types.js";
import type { RepoContext } from "./context.js";

export interface AuditEntry {
  id: number;
  at: number;
  staffId: string | null;
  action: string;
  target: string | null;
  detail: unknown;
}

const auditInput = z.object({
  staffId: z.string().min(1).nullish(),
  /** Dotted verb such as `question.answer`, `update.publish`, `user.add`. */
  action: z.string().regex(/^[a-z][a-z0-9_.-]*$/).max(100),
  target: z.string().max(200).nullish(),
  detail: z.unknown().optional(),
});
export type NewAuditEntry = z.input<typeof auditInput>;

export interface AuditFilter {
  staffId?: string;
  action?: string;
  /** Keyset cursor: entries with a smaller id (older) than this. */
  before?: number;
  limit?: number;
}

interface AuditRow { id: number; at: number; staff_id: string | null; action: string; target: string | null; detail: string | null }

export function auditRepo({ db, clock }: RepoContext) {
  return {
    async add(input: NewAuditEntry): Promise<number> {
      const a = auditInput.parse(input);
      const { lastRowId } = await db.run(
        "INSERT INTO audit_log (at, staff_id, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        [clock(), a.staffId ?? null, a.action, a.target ?? null, a.detail === undefined ? null : JSON.stringify(a.detail)],
      );
      return lastRowId;
    },

    /** Newest first. */
    async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (filter.staffId !== undefined) { where.push("staff_id = ?"); params.push(filter.staffId); }
      if (filter.action !== undefined) { where.push("action = ?"); params.push(filter.action); }
      if (filter.before !== undefined) { where.push("id < ?"); params.push(filter.before); }
      const rows = await db.all<AuditRow>(
        `SELECT id, at, staff_id, action, target, detail FROM audit_log
         ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`,
        [...params, clampLimit(filter.limit)],
      );
      return rows.map((r) => ({
        id: r.id, at: r.at, staffId: r.staff_id, action: r.action, target: r.target, detail: parseJson(r.detail),
      }));
    },
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;

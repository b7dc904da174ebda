// Ways into the staff role: one-time codes that link a Telegram account, and
// console sessions. Only SHA-256 hashes of codes and session tokens are stored,
// so reading the database does not let anyone in.
import { newSecret, randomToken, sha256Hex } from "../ids.js";
import { refSchema } from "../types.js";
import type { RepoContext } from "./context.js";
import { STAFF_USER_COLUMNS, toStaffUser, type StaffUser, type StaffUserRow } from "./staff-users.js";

export interface StaffSession {
  user: StaffUser;
  csrfSecret: string;
  createdAt: number;
  expiresAt: number;
}

const LINK_CODE_TTL_MS = 15 * 60_000;
const SESSION_TTL_MS = 12 * 60 * 60_000;

/** Codes are read off a screen and typed: ignore case, spaces and dashes. */
function normaliseCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function staffAccessRepo({ db, clock }: RepoContext) {
  return {
    /** A single-use code (8 base32 characters, 40 bits) valid for ttlMs. */
    async createLinkCode(staffId: string, ttlMs = LINK_CODE_TTL_MS): Promise<{ code: string; expiresAt: number }> {
      const code = randomToken(5);
      const now = clock();
      const expiresAt = now + ttlMs;
      await db.run(
        "INSERT INTO staff_link_codes (code_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        [await sha256Hex(code), staffId, now, expiresAt],
      );
      return { code, expiresAt };
    },

    /**
     * Links the Telegram account to the code's staff user. Null when the code
     * is unknown, used, expired or its user disabled. Claiming the code is one
     * conditional UPDATE, so two racing uses cannot both succeed.
     */
    async consumeLinkCode(code: string, telegramRef: string): Promise<StaffUser | null> {
      const ref = refSchema.parse(telegramRef);
      const now = clock();
      const claimed = await db.first<{ staff_id: string }>(
        `UPDATE staff_link_codes SET used_at = ?
         WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING staff_id`,
        [now, await sha256Hex(normaliseCode(code)), now],
      );
      if (!claimed) return null;
      const user = await db.first<StaffUserRow>(
        `SELECT ${STAFF_USER_COLUMNS} FROM staff_users WHERE id = ? AND disabled = 0`, [claimed.staff_id],
      );
      if (!user) return null;
      // A Telegram account belongs to one staff user: move it if linked elsewhere.
      await db.batch([
        { sql: "UPDATE staff_users SET telegram_user_ref = NULL WHERE telegram_user_ref = ? AND id <> ?", params: [ref, user.id] },
        { sql: "UPDATE staff_users SET telegram_user_ref = ? WHERE id = ?", params: [ref, user.id] },
      ]);
      return toStaffUser({ ...user, telegram_user_ref: ref });
    },

    /** Returns the cookie token (only its hash is stored) and the CSRF secret. */
    async createSession(staffId: string, ttlMs = SESSION_TTL_MS): Promise<{ token: string; csrfSecret: string; expiresAt: number }> {
      const token = newSecret();
      const csrfSecret = newSecret();
      const now = clock();
      const expiresAt = now + ttlMs;
      await db.run(
        "INSERT INTO staff_sessions (id_hash, staff_id, created_at, expires_at, csrf_secret) VALUES (?, ?, ?, ?, ?)",
        [await sha256Hex(token), staffId, now, expiresAt, csrfSecret],
      );
      return { token, csrfSecret, expiresAt };
    },

    /** The live session for a cookie token; null if unknown, expired or the user is disabled. */
    async getSession(token: string): Promise<StaffSession | null> {
      if (!token) return null;
      const r = await db.first<StaffUserRow & { csrf_secret: string; session_created_at: number; expires_at: number }>(
        `SELECT ${STAFF_USER_COLUMNS}, s.csrf_secret, s.created_at AS session_created_at, s.expires_at
         FROM staff_sessions s JOIN staff_users ON staff_users.id = s.staff_id
         WHERE s.id_hash = ? AND s.expires_at > ? AND staff_users.disabled = 0`,
        [await sha256Hex(token), clock()],
      );
      return r ? { user: toStaffUser(r), csrfSecret: r.csrf_secret, createdAt: r.session_created_at, expiresAt: r.expires_at } : null;
    },

    async deleteSession(token: string): Promise<boolean> {
      return (await db.run("DELETE FROM staff_sessions WHERE id_hash = ?", [await sha256Hex(token)])).changes > 0;
    },

    /** Logs a user out everywhere (password change, account disabled). */
    async deleteSessionsFor(staffId: string): Promise<number> {
      return (await db.run("DELETE FROM staff_sessions WHERE staff_id = ?", [staffId])).changes;
    },

    /** Removes expired sessions and link codes. */
    async pruneExpired(nowMs: number = clock()): Promise<number> {
      const a = await db.run("DELETE FROM staff_sessions WHERE expires_at <= ?", [nowMs]);
      const b = await db.run("DELETE FROM staff_link_codes WHERE expires_at <= ?", [nowMs]);
      return a.changes + b.changes;
    },
  };
}

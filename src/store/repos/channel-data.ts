// Per-channel data of WhatsApp and Discord (migration 0004): delivery
// statuses of WhatsApp messages and Discord accounts linked to staff users.
// Neither holds a phone number or a platform user id.
import { sha256Hex } from "../ids.js";
import { refSchema } from "../types.js";
import type { RepoContext } from "./context.js";
import { STAFF_USER_COLUMNS, toStaffUser, type StaffUser, type StaffUserRow } from "./staff-users.js";

export const WHATSAPP_STATUSES = ["sent", "delivered", "read", "failed"] as const;
export type WhatsAppDeliveryStatus = (typeof WHATSAPP_STATUSES)[number];

export type WhatsAppStatusCounts = Record<WhatsAppDeliveryStatus, number>;

// Meta may report statuses out of order (read before delivered); a status
// only ever moves forward, and "failed" wins.
const RANK = (col: string) =>
  `CASE ${col} WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'failed' THEN 4 ELSE 0 END`;

export function whatsappStatusesRepo({ db, clock }: RepoContext) {
  return {
    /** Records a status of a message we sent; an older status never overwrites a newer one. */
    async record(messageId: string, status: WhatsAppDeliveryStatus, errorCode: number | null = null): Promise<void> {
      if (!WHATSAPP_STATUSES.includes(status)) throw new Error(`unknown WhatsApp status ${status}`);
      const now = clock();
      await db.run(
        `INSERT INTO whatsapp_statuses (message_id, status, error_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (message_id) DO UPDATE SET status = excluded.status, error_code = excluded.error_code, updated_at = excluded.updated_at
         WHERE ${RANK("excluded.status")} > ${RANK("whatsapp_statuses.status")}`,
        [refSchema.parse(messageId), status, errorCode, now, now],
      );
    },

    async get(messageId: string): Promise<{ status: WhatsAppDeliveryStatus; errorCode: number | null } | null> {
      const r = await db.first<{ status: WhatsAppDeliveryStatus; error_code: number | null }>(
        "SELECT status, error_code FROM whatsapp_statuses WHERE message_id = ?", [messageId],
      );
      return r ? { status: r.status, errorCode: r.error_code } : null;
    },

    /** How many messages sent in [from, to) are at each status now. */
    async counts(fromMs = 0, toMs = Number.MAX_SAFE_INTEGER): Promise<WhatsAppStatusCounts> {
      const rows = await db.all<{ status: WhatsAppDeliveryStatus; n: number }>(
        "SELECT status, COUNT(*) AS n FROM whatsapp_statuses WHERE created_at >= ? AND created_at < ? GROUP BY status",
        [fromMs, toMs],
      );
      const out: WhatsAppStatusCounts = { sent: 0, delivered: 0, read: 0, failed: 0 };
      for (const r of rows) out[r.status] = r.n;
      return out;
    },

    async pruneBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM whatsapp_statuses WHERE created_at < ?", [cutoffMs])).changes;
    },
  };
}

export function discordStaffRepo({ db, clock }: RepoContext) {
  return {
    /**
     * Links a Discord account (by its pseudonymous ref) to the staff user of a
     * one-time link code from the console (store.staff.createLinkCode). Null
     * when the code is unknown, used, expired or its user disabled. The code
     * is claimed by one conditional UPDATE, so two racing uses cannot both win.
     */
    async consumeLinkCode(code: string, discordRef: string): Promise<StaffUser | null> {
      const ref = refSchema.parse(discordRef);
      const now = clock();
      const claimed = await db.first<{ staff_id: string }>(
        `UPDATE staff_link_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING staff_id`,
        [now, await sha256Hex(code.toLowerCase().replace(/[^a-z0-9]/g, "")), now],
      );
      if (!claimed) return null;
      const user = await db.first<StaffUserRow>(`SELECT ${STAFF_USER_COLUMNS} FROM staff_users WHERE id = ? AND disabled = 0`, [claimed.staff_id]);
      if (!user) return null;
      // One Discord account per staff user and one staff user per account.
      await db.batch([
        { sql: "DELETE FROM discord_staff_links WHERE user_ref = ? OR staff_id = ?", params: [ref, user.id] },
        { sql: "INSERT INTO discord_staff_links (user_ref, staff_id, linked_at) VALUES (?, ?, ?)", params: [ref, user.id, now] },
      ]);
      return toStaffUser(user);
    },

    /** The active staff user linked to this Discord account, or null. */
    async staffFor(discordRef: string): Promise<StaffUser | null> {
      const r = await db.first<StaffUserRow>(
        `SELECT ${STAFF_USER_COLUMNS} FROM discord_staff_links l JOIN staff_users ON staff_users.id = l.staff_id
         WHERE l.user_ref = ? AND staff_users.disabled = 0`,
        [discordRef],
      );
      return r ? toStaffUser(r) : null;
    },

    async unlink(staffId: string): Promise<boolean> {
      return (await db.run("DELETE FROM discord_staff_links WHERE staff_id = ?", [staffId])).changes > 0;
    },
  };
}

export type WhatsAppStatusesRepo = ReturnType<typeof whatsappStatusesRepo>;
export type DiscordStaffRepo = ReturnType<typeof discordStaffRepo>;

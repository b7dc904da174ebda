// Staff accounts for the console and the staff chat. Password hashes are
// produced and checked by the staff layer; the store only keeps them.
import { z } from "zod";
import { newId } from "../ids.js";
import { STAFF_ROLES, refSchema, type StaffRole } from "../types.js";
import type { RepoContext } from "./context.js";

export interface StaffUser {
  id: string;
  email: string;
  role: StaffRole;
  /** Pseudonymous reference of the linked Telegram account, if any. */
  telegramUserRef: string | null;
  hasPassword: boolean;
  createdAt: number;
  disabled: boolean;
}

const addInput = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  role: z.enum(STAFF_ROLES),
  passwordHash: z.string().min(1).nullish(),
});
export type NewStaffUser = z.input<typeof addInput>;

export interface StaffUserRow {
  id: string; email: string; role: StaffRole; telegram_user_ref: string | null; has_password: number;
  created_at: number; disabled: number;
}

export const STAFF_USER_COLUMNS = `staff_users.id, staff_users.email, staff_users.role, staff_users.telegram_user_ref,
  staff_users.password_hash IS NOT NULL AS has_password, staff_users.created_at, staff_users.disabled`;

export function toStaffUser(r: StaffUserRow): StaffUser {
  return {
    id: r.id, email: r.email, role: r.role, telegramUserRef: r.telegram_user_ref, hasPassword: r.has_password === 1,
    createdAt: r.created_at, disabled: r.disabled === 1,
  };
}

export function staffUsersRepo({ db, clock }: RepoContext) {
  const one = async (where: string, value: string): Promise<StaffUser | null> => {
    const r = await db.first<StaffUserRow>(`SELECT ${STAFF_USER_COLUMNS} FROM staff_users WHERE ${where} = ?`, [value]);
    return r ? toStaffUser(r) : null;
  };
  const update = async (id: string, set: string, value: string | number | null): Promise<boolean> =>
    (await db.run(`UPDATE staff_users SET ${set} = ? WHERE id = ?`, [value, id])).changes > 0;

  return {
    /** Fails (UNIQUE constraint) when the e-mail is taken. */
    async addUser(input: NewStaffUser): Promise<StaffUser> {
      const u = addInput.parse(input);
      const row = await db.first<StaffUserRow>(
        `INSERT INTO staff_users (id, email, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, 0)
         RETURNING ${STAFF_USER_COLUMNS}`,
        [newId(), u.email, u.role, u.passwordHash ?? null, clock()],
      );
      if (!row) throw new Error("staff_users insert returned no row");
      return toStaffUser(row);
    },

    getUser: (id: string) => one("id", id),
    /** Case-insensitive. Disabled users are returned too: check `disabled`. */
    findByEmail: (email: string) => one("email", email.trim().toLowerCase()),
    /** Disabled users are returned too: check `disabled`. */
    findByTelegramRef: (ref: string) => one("telegram_user_ref", refSchema.parse(ref)),

    async listUsers(): Promise<StaffUser[]> {
      const rows = await db.all<StaffUserRow>(`SELECT ${STAFF_USER_COLUMNS} FROM staff_users ORDER BY email`);
      return rows.map(toStaffUser);
    },

    /** The stored hash, for the login check only. */
    async passwordHashFor(id: string): Promise<string | null> {
      const r = await db.first<{ password_hash: string | null }>("SELECT password_hash FROM staff_users WHERE id = ?", [id]);
      return r?.password_hash ?? null;
    },

    setPasswordHash: (id: string, hash: string | null) => update(id, "password_hash", hash),
    setRole: (id: string, role: StaffRole) => update(id, "role", z.enum(STAFF_ROLES).parse(role)),
    setDisabled: (id: string, disabled: boolean) => update(id, "disabled", disabled ? 1 : 0),
    unlinkTelegram: (id: string) => update(id, "telegram_user_ref", null),
  };
}

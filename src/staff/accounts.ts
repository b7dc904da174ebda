// Creating and switching off staff accounts: shared by the CLI
// (`hlasatel user add`) and the admin page, so both audit the same way.
import type { AppDeps } from "../deps.js";
import type { StaffRole, StaffUser } from "../store/index.js";
import { generatePassword, hashPassword } from "./password.js";

export interface CreatedAccount {
  user: StaffUser;
  /** Set when the password was generated: shown once, never stored. */
  generatedPassword: string | null;
  /** One-time code for `/link <code>` in the Telegram bot. */
  linkCode: string;
  linkCodeExpiresAt: number;
}

export const MIN_PASSWORD_LENGTH = 12;

export async function createAccount(
  deps: Pick<AppDeps, "store">, input: { email: string; role: StaffRole; password?: string | null; by?: string | null },
): Promise<CreatedAccount> {
  if (input.password && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new RangeError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  const user = await deps.store.staff.addUser({ email: input.email, role: input.role, passwordHash });
  const link = await deps.store.staff.createLinkCode(user.id);
  await deps.store.audit.add({ staffId: input.by ?? null, action: "user.add", target: user.id, detail: { role: user.role } });
  return { user, generatedPassword, linkCode: link.code, linkCodeExpiresAt: link.expiresAt };
}

/** Disables the account and ends its sessions at once. */
export async function disableAccount(deps: Pick<AppDeps, "store">, userId: string, by: string | null): Promise<boolean> {
  const ok = await deps.store.staff.setDisabled(userId, true);
  if (!ok) return false;
  await deps.store.staff.deleteSessionsFor(userId);
  await deps.store.audit.add({ staffId: by, action: "user.disable", target: userId });
  return true;
}

export async function enableAccount(deps: Pick<AppDeps, "store">, userId: string, by: string | null): Promise<boolean> {
  const ok = await deps.store.staff.setDisabled(userId, false);
  if (ok) await deps.store.audit.add({ staffId: by, action: "user.enable", target: userId });
  return ok;
}

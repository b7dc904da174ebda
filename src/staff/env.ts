// The Hono environment of the staff console: the web's language variables
// plus the signed-in session (set by requireStaff).
import type { TFunction } from "i18next";
import type { UiLanguage } from "../i18n.js";
import type { StaffRole, StaffSession } from "../store/index.js";

export type StaffEnv = {
  Variables: { lang: UiLanguage; t: TFunction; nonce?: string; session: StaffSession };
};

/** Who may do what. Editor = press officer, garant = answers and approves, admin = everything and people. */
export const ROLES = {
  all: ["editor", "garant", "admin"],
  answer: ["garant", "admin"],
  admin: ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

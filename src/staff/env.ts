// The Hono environment of the staff console: the web's language variables
// plus the signed-in session (set by requireStaff).
import type { TFunction } from "i18next";
import type { UiLanguage } from "../i18n.js";
import type { StaffSession } from "../store/index.js";

export type StaffEnv = {
  Variables: { lang: UiLanguage; t: TFunction; nonce?: string; session: StaffSession };
};


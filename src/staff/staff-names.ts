// Staff ids → e-mail addresses for display (staff see each other; askers are never shown).
import type { AppDeps } from "../deps.js";

export async function staffNames(deps: AppDeps): Promise<Map<string, string>> {
  return new Map((await deps.store.staff.listUsers()).map((u) => [u.id, u.email]));
}

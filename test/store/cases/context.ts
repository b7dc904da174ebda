// State shared by the case files of the store suite. The holder is filled in
// by beforeEach, so cases read `t.store` inside their tests, never at
// definition time.
import type { Store } from "../../../src/store/index.js";
import type { SqlDriver } from "../../../src/store/sql.js";

export interface StoreTestContext {
  driver: SqlDriver;
  store: Store;
  /** The store's clock; tests move it forward by assigning or `advance`. */
  now: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function newHolder(): StoreTestContext {
  return {} as StoreTestContext;
}

export function advance(t: StoreTestContext, ms: number): void {
  t.now += ms;
}

/** A staff user for tests that need one (answered_by and friends are foreign keys). */
export async function addGarant(t: StoreTestContext, email = "garant@example.cz") {
  return t.store.staff.addUser({ email, role: "garant" });
}

// What every repository is built from: the driver and the clock. The clock is
// injected so tests (and the retention job) control "now".
import type { SqlDriver } from "../sql.js";

export interface RepoContext {
  db: SqlDriver;
  clock: () => number;
}

// Node-only: reads the migration files from disk. Called at runtime (by the
// CLI's `migrate` and the Node entry), never at import, so importing the store
// stays free of file-system access and bundles cleanly for Workers.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Migration } from "./migrate.js";

const MIGRATION_FILE = /^\d{4}_[A-Za-z0-9_-]+\.sql$/;

/** The migrations shipped with the code (src/store/migrations). */
export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL("./migrations/", import.meta.url));
}

/** Every `NNNN_name.sql` file in the directory, sorted by name. */
export async function readMigrations(dir: string = defaultMigrationsDir()): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name), "utf8") })));
}

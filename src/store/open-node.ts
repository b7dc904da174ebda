// Node convenience for the server entry and the CLI: open the SQLite file,
// bring its schema up to date, and wrap it in a Store. Nothing happens until
// it is called.
import { openSqlite, type SqliteDriver } from "./drivers/sqlite.js";
import { createStore, type Store, type StoreOptions } from "./index.js";
import { migrate, type MigrateResult } from "./migrate.js";
import { readMigrations } from "./migrations-node.js";

export interface NodeStore {
  store: Store;
  driver: SqliteDriver;
  migrations: MigrateResult;
}

export async function openNodeStore(path: string, options: StoreOptions & { migrationsDir?: string } = {}): Promise<NodeStore> {
  const driver = openSqlite(path);
  try {
    const migrations = await migrate(driver, await readMigrations(options.migrationsDir), options.clock);
    return { store: createStore(driver, options), driver, migrations };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

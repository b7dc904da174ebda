// Verbs that need the database or the server: serve, migrate, backup.
import { resolve } from "node:path";
import { ConfigError, parseConfig, type Config } from "../config.js";
import { backupSqlite } from "../store/drivers/sqlite-backup.js";
import { openNodeStore } from "../store/open-node.js";
import { type CliIo, err, out, UsageError } from "./io.js";

export function configFrom(io: CliIo): Config {
  try {
    return parseConfig(io.env);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

export async function serveVerb(io: CliIo): Promise<number> {
  const { startNodeServer } = await import("../entry/node.js");
  const running = await startNodeServer(configFrom(io), io.cwd);
  out(io, `Hlasatel is running on http://localhost:${running.port}`);
  await new Promise<void>((done) => {
    const stop = () => void running.stop().then(done);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

export async function migrateVerb(io: CliIo): Promise<number> {
  const config = configFrom(io);
  const { store, migrations } = await openNodeStore(resolve(io.cwd, config.DATABASE_PATH));
  await store.close();
  out(io, migrations.applied.length ? `applied: ${migrations.applied.join(", ")}` : "the database is up to date");
  return 0;
}

export async function backupVerb(io: CliIo, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError("backup needs a file: hlasatel backup backups/hlasatel-2026-11-22.db");
  const config = configFrom(io);
  const { store, driver } = await openNodeStore(resolve(io.cwd, config.DATABASE_PATH));
  try {
    const result = await backupSqlite(driver, resolve(io.cwd, file));
    out(io, `backup written: ${result.file} (${result.totalPages} pages)`);
    return 0;
  } catch (e) {
    err(io, `backup failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
}

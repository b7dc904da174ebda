// `hlasatel backup FILE`: an online copy of the live database. better-sqlite3's
// backup() uses SQLite's backup API, so the server can keep writing meanwhile
// and the copy is a consistent snapshot (copying the file could catch the WAL
// half-applied).
import type Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { SqliteDriver } from "./sqlite.js";

export interface BackupResult {
  file: string;
  totalPages: number;
}

export async function backupSqlite(source: SqliteDriver | Database.Database, file: string): Promise<BackupResult> {
  const db = "db" in source ? source.db : source;
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const progress = await db.backup(target);
  return { file: target, totalPages: progress.totalPages };
}

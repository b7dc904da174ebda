// SqlDriver over better-sqlite3 for the Node server and the CLI. better-sqlite3
// is synchronous; the async interface costs a microtask and keeps the
// repositories identical for D1.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { RunResult, SqlDriver, SqlStatement, SqlValue } from "../sql.js";

export interface SqliteDriver extends SqlDriver {
  /** The underlying handle, for Node-only tasks such as backups. */
  readonly db: Database.Database;
}

const STATEMENT_CACHE_SIZE = 200;

function isInMemory(path: string): boolean {
  return path === ":memory:" || path === "" || path.startsWith("file:");
}

/** Opens (creating if needed) a database file, or `:memory:` for tests. */
export function openSqlite(path: string): SqliteDriver {
  if (!isInMemory(path)) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  // WAL lets the web server read while the dispatcher writes; NORMAL sync is
  // safe with WAL (a crash loses at most the last commits, never corrupts).
  if (!isInMemory(path)) db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  return new BetterSqliteDriver(db);
}

class BetterSqliteDriver implements SqliteDriver {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.cache.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(sql, statement);
    }
    return statement;
  }

  // better-sqlite3 refuses all() on statements without results and run() on
  // statements with results (e.g. RETURNING); D1 accepts both, so we do too.
  private allSync<T>(sql: string, params: readonly SqlValue[]): T[] {
    const statement = this.prepare(sql);
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as T[];
  }

  private runSync(sql: string, params: readonly SqlValue[]): RunResult {
    const statement = this.prepare(sql);
    if (statement.reader) {
      statement.all(...params);
      const info = this.db.prepare("SELECT changes() AS c, last_insert_rowid() AS r").get() as { c: number; r: number };
      return { changes: info.c, lastRowId: Number(info.r) };
    }
    const info = statement.run(...params);
    return { changes: info.changes, lastRowId: Number(info.lastInsertRowid) };
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }

  async first<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | null> {
    const statement = this.prepare(sql);
    if (!statement.reader) {
      statement.run(...params);
      return null;
    }
    return (statement.get(...params) as T | undefined) ?? null;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return this.runSync(sql, params);
  }

  async batch(statements: readonly SqlStatement[]): Promise<void> {
    // Statements are prepared inside the transaction so a batch can create a
    // table and then use it (migrations do exactly that).
    const transaction = this.db.transaction(() => {
      for (const s of statements) this.runSync(s.sql, s.params ?? []);
    });
    transaction();
  }

  async exec(script: string): Promise<void> {
    this.db.exec(script);
  }

  async close(): Promise<void> {
    this.cache.clear();
    if (this.db.open) this.db.close();
  }
}

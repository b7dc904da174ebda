// SqlDriver over better-sqlite3 for the Node server and the CLI. better-sqlite3
// is synchronous; the async interface costs a microtask and keeps the
// repositories identical for D1.
//
// Group commit: a write that finds no transaction open begins one, and the
// writes of everything else running in this turn of the event loop join it;
// one COMMIT follows in setImmediate, and only then do their promises
// resolve. A commit is the dearest part of a small write (WAL frames written
// for every page it touched), and a webhook under load makes several writes a
// turn, so they share one. Nobody is told "done" before the data is
// committed, so a crash loses nothing that anyone acted on.
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

interface Waiter { resolve: () => void; reject: (e: unknown) => void }

class BetterSqliteDriver implements SqliteDriver {
  private readonly cache = new Map<string, Database.Statement>();
  /** Writers waiting for the open group transaction to commit; null when none is open. */
  private group: Waiter[] | null = null;

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

  /** Runs a write inside the group transaction; resolves once that has committed. */
  private write<T>(work: () => T): Promise<T> {
    if (!this.group) {
      if (this.db.inTransaction) return Promise.resolve(work()); // someone else's explicit transaction
      // IMMEDIATE takes the write lock now, so the COMMIT cannot fail for a busy database.
      this.db.exec("BEGIN IMMEDIATE");
      this.group = [];
      setImmediate(() => this.commitGroup());
    }
    const waiters = this.group;
    const result = work(); // a failing statement throws here; SQLite undoes that statement only
    return new Promise<T>((resolve, reject) => waiters.push({ resolve: () => resolve(result), reject }));
  }

  private commitGroup(): void {
    const waiters = this.group ?? [];
    this.group = null;
    try {
      // An I/O error or a full disk makes SQLite roll the whole transaction back by itself.
      if (!this.db.inTransaction) throw new Error("the group transaction was rolled back");
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      for (const w of waiters) w.reject(error);
      return;
    }
    for (const w of waiters) w.resolve();
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    if (this.prepare(sql).readonly) return this.allSync<T>(sql, params);
    return this.write(() => this.allSync<T>(sql, params));
  }

  async first<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | null> {
    const statement = this.prepare(sql);
    const get = (): T | null => {
      if (!statement.reader) {
        statement.run(...params);
        return null;
      }
      return (statement.get(...params) as T | undefined) ?? null;
    };
    return statement.readonly ? get() : this.write(get);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    if (this.prepare(sql).readonly) return this.runSync(sql, params);
    return this.write(() => this.runSync(sql, params));
  }

  async batch(statements: readonly SqlStatement[]): Promise<void> {
    // Statements are prepared inside the transaction so a batch can create a
    // table and then use it (migrations do exactly that). Inside the group
    // transaction better-sqlite3 makes this a savepoint: all or nothing still.
    const transaction = this.db.transaction(() => {
      for (const s of statements) this.runSync(s.sql, s.params ?? []);
    });
    await this.write(() => transaction());
  }

  async exec(script: string): Promise<void> {
    // Scripts (migrations, maintenance) may hold their own BEGIN/COMMIT: commit the group first.
    if (this.group) this.commitGroup();
    this.db.exec(script);
  }

  async close(): Promise<void> {
    if (this.group) this.commitGroup();
    this.cache.clear();
    if (this.db.open) this.db.close();
  }
}

// A stand-in for a Cloudflare D1 binding, built on better-sqlite3, with D1's
// documented call shapes: prepare().bind() → all() {results, meta}, first()
// (null when empty), run() {meta.changes, meta.last_row_id}, atomic batch().
// It checks the D1 driver's translation in Node; the real D1 runs the same
// suite under @cloudflare/vitest-pool-workers once that is set up.
import Database from "better-sqlite3";
import type { D1DatabaseLike, D1StatementLike } from "../../src/store/drivers/d1.js";

interface Meta { changes: number; last_row_id: number }

class FakeStatement implements D1StatementLike {
  constructor(
    private readonly db: Database.Database,
    readonly sql: string,
    private readonly values: unknown[] = [],
  ) {}

  bind(...values: unknown[]): FakeStatement {
    for (const v of values) {
      // What D1 refuses to bind.
      if (v === undefined || typeof v === "bigint" || typeof v === "object" && v !== null && !ArrayBuffer.isView(v)) {
        throw new TypeError(`D1_TYPE_ERROR: Type '${typeof v}' not supported for value '${String(v)}'`);
      }
    }
    return new FakeStatement(this.db, this.sql, values.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v)));
  }

  /** Runs the statement; like D1, any statement may be run with any method. */
  execute(): { results: Record<string, unknown>[]; meta: Meta } {
    const statement = this.db.prepare(this.sql); // prepared late, as D1 does on its side
    if (statement.reader) {
      const results = statement.all(...this.values) as Record<string, unknown>[];
      const info = this.db.prepare("SELECT changes() AS c, last_insert_rowid() AS r").get() as { c: number; r: number };
      const wrote = !/^\s*(select|with|pragma)\b/i.test(this.sql);
      return { results, meta: { changes: wrote ? info.c : 0, last_row_id: wrote ? info.r : 0 } };
    }
    const info = statement.run(...this.values);
    return { results: [], meta: { changes: info.changes, last_row_id: Number(info.lastInsertRowid) } };
  }

  async all<T>(): Promise<{ results: T[]; success: true; meta: Meta }> {
    const r = this.execute();
    return { results: r.results as T[], success: true, meta: r.meta };
  }

  async first<T>(): Promise<T | null> {
    return (this.execute().results[0] as T | undefined) ?? null;
  }

  async run(): Promise<{ results: unknown[]; success: true; meta: Meta }> {
    return { ...this.execute(), success: true };
  }
}

export function fakeD1(): D1DatabaseLike & { raw: Database.Database } {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON"); // D1 enforces foreign keys
  return {
    raw: db,
    prepare: (sql: string) => new FakeStatement(db, sql),
    async batch(statements: D1StatementLike[]) {
      return db.transaction(() => statements.map((s) => (s as FakeStatement).execute()))();
    },
  };
}

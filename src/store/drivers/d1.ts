// SqlDriver over a Cloudflare D1 binding (env.DB in the Worker). SqlDriver was
// shaped after D1, so this is mostly renaming. The D1 types are declared
// structurally here so the store needs no @cloudflare/workers-types; a real
// D1Database satisfies D1DatabaseLike.
import type { RunResult, SqlDriver, SqlStatement, SqlValue } from "../sql.js";
import { splitSqlStatements } from "../split-sql.js";

export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  run(): Promise<{ meta: { changes?: number; last_row_id?: number } }>;
}

export interface D1DatabaseLike {
  prepare(sql: string): D1StatementLike;
  /** Runs the statements in one transaction (D1 guarantees this). */
  batch(statements: D1StatementLike[]): Promise<unknown[]>;
}

// D1 binds strings, numbers, null and bytes; it rejects bigint, so integers
// that fit are passed as numbers.
function toD1(value: SqlValue): unknown {
  if (typeof value !== "bigint") return value;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError("D1 cannot bind an integer beyond 2^53; store it as text");
  }
  return Number(value);
}

export function openD1(db: D1DatabaseLike): SqlDriver {
  const prepare = (sql: string, params: readonly SqlValue[] = []): D1StatementLike => {
    const statement = db.prepare(sql);
    return params.length ? statement.bind(...params.map(toD1)) : statement;
  };

  return {
    async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
      return (await prepare(sql, params).all<T>()).results;
    },

    async first<T>(sql: string, params?: readonly SqlValue[]): Promise<T | null> {
      return (await prepare(sql, params).first<T>()) ?? null;
    },

    async run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
      const { meta } = await prepare(sql, params).run();
      return { changes: meta.changes ?? 0, lastRowId: meta.last_row_id ?? 0 };
    },

    async batch(statements: readonly SqlStatement[]): Promise<void> {
      if (statements.length === 0) return;
      await db.batch(statements.map((s) => prepare(s.sql, s.params)));
    },

    // D1's own exec() takes one statement per line, which multi-line SQL
    // breaks; run the statements one by one instead (not atomic, as documented).
    async exec(script: string): Promise<void> {
      for (const sql of splitSqlStatements(script)) await db.prepare(sql).run();
    },

    // A binding has nothing to close.
    async close(): Promise<void> {},
  };
}

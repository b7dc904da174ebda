// The one storage interface every repository talks to. It is deliberately the
// shape Cloudflare D1 offers (prepare/bind → all/first/run, atomic batch, exec),
// so the D1 driver is a thin wrapper and the better-sqlite3 driver adapts to it.
// Placeholders are positional `?` only: D1 does not bind named parameters.

/** What can be bound to a `?`. Booleans and undefined are not: store 0/1 and null. */
export type SqlValue = string | number | bigint | null | Uint8Array;

export interface SqlStatement {
  sql: string;
  params?: readonly SqlValue[];
}

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
  /** Rowid of the last inserted row (0 when the statement inserted nothing). */
  lastRowId: number;
}

export interface SqlDriver {
  /** Every row the statement returns (empty for statements without results). */
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or null. */
  first<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T | null>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Runs the statements in order in one transaction: all of them or none. */
  batch(statements: readonly SqlStatement[]): Promise<void>;
  /** Runs a script of several statements without parameters (not atomic). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Convenience for building batches: `stmt("DELETE FROM t WHERE id = ?", id)`. */
export function stmt(sql: string, ...params: SqlValue[]): SqlStatement {
  return { sql, params };
}

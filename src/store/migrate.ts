// Applies SQL migrations through any SqlDriver. The files in ./migrations are
// the same ones `wrangler d1 migrations apply` runs on D1 (it keeps its own
// d1_migrations table); this runner records what it applied in _migrations.
import type { SqlDriver, SqlStatement } from "./sql.js";
import { splitSqlStatements } from "./split-sql.js";

export interface Migration {
  /** File name such as `0001_init.sql`; migrations run in name order. */
  name: string;
  sql: string;
}

export interface MigrateResult {
  /** Names applied by this call, in order. */
  applied: string[];
  /** Names that were already applied before. */
  skipped: string[];
}

/** Raised when a migration fails; nothing of that migration stays applied. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS _migrations (
  name TEXT PRIMARY KEY,
  applied_at INTEGER NOT NULL
)`;

/** Refuses what would behave differently under wrangler on D1. */
function checkPortable(sql: string): string {
  const firstLine = sql.split("\n")[0];
  if (/^(begin|commit|end|rollback|savepoint|release)\b/i.test(sql)) {
    throw new Error(`Migrations must not manage transactions themselves: ${firstLine}`);
  }
  if (/^pragma\b/i.test(sql)) {
    throw new Error(`Migrations must not contain PRAGMAs (D1 ignores or rejects them): ${firstLine}`);
  }
  return sql;
}

export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[],
  clock: () => number = Date.now,
): Promise<MigrateResult> {
  const names = new Set<string>();
  for (const m of migrations) {
    if (names.has(m.name)) throw new Error(`Duplicate migration name: ${m.name}`);
    names.add(m.name);
  }
  await driver.run(CREATE_TABLE);
  const done = new Set((await driver.all<{ name: string }>("SELECT name FROM _migrations")).map((r) => r.name));
  const ordered = [...migrations].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const m of ordered) {
    if (done.has(m.name)) {
      result.skipped.push(m.name);
      continue;
    }
    try {
      // The statements and the record of having run them commit together.
      const statements: SqlStatement[] = splitSqlStatements(m.sql).map((sql) => ({ sql: checkPortable(sql) }));
      statements.push({ sql: "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", params: [m.name, clock()] });
      await driver.batch(statements);
    } catch (error) {
      throw new MigrationError(m.name, error);
    }
    result.applied.push(m.name);
  }
  return result;
}

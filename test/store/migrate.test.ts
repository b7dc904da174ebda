// The migration runner: ordered, idempotent, pending-only, one atomic batch per
// migration, and the shipped migrations themselves.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "../../src/store/drivers/sqlite.js";
import { migrate, MigrationError, type Migration } from "../../src/store/migrate.js";
import { readMigrations } from "../../src/store/migrations-node.js";
import { splitSqlStatements } from "../../src/store/split-sql.js";

const tmp = mkdtempSync(join(tmpdir(), "hlasatel-migrate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const m1: Migration = { name: "0001_a.sql", sql: "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);" };
const m2: Migration = { name: "0002_b.sql", sql: "ALTER TABLE a ADD COLUMN w TEXT; INSERT INTO a (v, w) VALUES ('x;y', 'it''s');" };
const m3: Migration = { name: "0003_c.sql", sql: "CREATE INDEX a_w ON a (w)" };

const tables = async (driver: ReturnType<typeof openSqlite>) =>
  (await driver.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((r) => r.name);

describe("migrate", () => {
  it("applies in name order whatever the input order, and records each", async () => {
    const driver = openSqlite(":memory:");
    const clock = () => 1234;
    expect(await migrate(driver, [m3, m1, m2], clock)).toEqual({ applied: [m1.name, m2.name, m3.name], skipped: [] });
    expect(await driver.all("SELECT name, applied_at FROM _migrations ORDER BY name")).toEqual(
      [m1, m2, m3].map((m) => ({ name: m.name, applied_at: 1234 })),
    );
    expect(await driver.all("SELECT v, w FROM a")).toEqual([{ v: "x;y", w: "it's" }]);
    await driver.close();
  });

  it("is idempotent and applies only pending migrations", async () => {
    const driver = openSqlite(":memory:");
    expect((await migrate(driver, [m1])).applied).toEqual([m1.name]);
    expect(await migrate(driver, [m1])).toEqual({ applied: [], skipped: [m1.name] });
    expect(await migrate(driver, [m1, m2, m3])).toEqual({ applied: [m2.name, m3.name], skipped: [m1.name] });
    expect(await migrate(driver, [m1, m2, m3])).toEqual({ applied: [], skipped: [m1.name, m2.name, m3.name] });
    expect(await driver.all("SELECT COUNT(*) AS n FROM a")).toEqual([{ n: 1 }]);
    await driver.close();
  });

  it("rolls a failing migration back completely and names it", async () => {
    const driver = openSqlite(":memory:");
    const bad: Migration = { name: "0002_bad.sql", sql: "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);" };
    const later: Migration = { name: "0003_later.sql", sql: "CREATE TABLE later (x INTEGER)" };
    const error = await migrate(driver, [m1, bad, later]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe("0002_bad.sql");
    expect((error as Error).message).toMatch(/0002_bad\.sql.*nowhere/);
    // The earlier migration stays, the failed one left nothing, the later one did not run.
    expect(await tables(driver)).toEqual(["_migrations", "a"]);
    expect((await driver.all<{ name: string }>("SELECT name FROM _migrations")).map((r) => r.name)).toEqual([m1.name]);
    // Fixed, it applies on the next run.
    const fixed = { name: bad.name, sql: "CREATE TABLE half (x INTEGER);" };
    expect((await migrate(driver, [m1, fixed, later])).applied).toEqual([fixed.name, later.name]);
    await driver.close();
  });

  it("refuses duplicate names, PRAGMAs, triggers and transaction control", async () => {
    const driver = openSqlite(":memory:");
    await expect(migrate(driver, [m1, { ...m1 }])).rejects.toThrow(/Duplicate/);
    await expect(migrate(driver, [{ name: "0001_p.sql", sql: "PRAGMA foreign_keys = OFF;" }])).rejects.toThrow(/PRAGMA/);
    await expect(migrate(driver, [{ name: "0001_t.sql", sql: "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;" }]))
      .rejects.toThrow(/Triggers/);
    await expect(migrate(driver, [{ name: "0001_b.sql", sql: "BEGIN; CREATE TABLE z (x); COMMIT;" }])).rejects.toThrow(/transactions/);
    await driver.close();
  });

  it("applies the shipped migrations and creates every table", async () => {
    const driver = openSqlite(":memory:");
    const shipped = await readMigrations();
    expect(shipped[0]!.name).toBe("0001_init.sql");
    await migrate(driver, shipped);
    expect(await tables(driver)).toEqual(expect.arrayContaining([
      "audit_log", "feedback", "people", "processed_events", "question_notes", "questions", "rate_limits",
      "reply_routes", "staff_link_codes", "staff_messages", "staff_sessions", "staff_users", "subscriptions", "updates",
    ]));
    expect(await driver.all("PRAGMA foreign_key_check")).toEqual([]);
    await driver.close();
  });
});

describe("readMigrations", () => {
  it("reads NNNN_name.sql files sorted by name and ignores the rest", async () => {
    const dir = mkdtempSync(join(tmp, "dir-"));
    writeFileSync(join(dir, "0002_second.sql"), "SELECT 2;");
    writeFileSync(join(dir, "0001_first.sql"), "SELECT 1;");
    writeFileSync(join(dir, "README.md"), "not a migration");
    writeFileSync(join(dir, "0003_draft.sql.bak"), "SELECT 3;");
    expect(await readMigrations(dir)).toEqual([
      { name: "0001_first.sql", sql: "SELECT 1;" },
      { name: "0002_second.sql", sql: "SELECT 2;" },
    ]);
  });
});

describe("splitSqlStatements", () => {
  it("splits on semicolons outside strings, identifiers and comments", () => {
    const script = `-- a comment; with a semicolon
      CREATE TABLE "we;ird" (x TEXT DEFAULT 'a;b', [y;z] INTEGER); /* block; comment */
      INSERT INTO "we;ird" (x) VALUES ('it''s; fine')
      ;;
      SELECT 1`;
    expect(splitSqlStatements(script)).toEqual([
      `CREATE TABLE "we;ird" (x TEXT DEFAULT 'a;b', [y;z] INTEGER)`,
      `INSERT INTO "we;ird" (x) VALUES ('it''s; fine')`,
      "SELECT 1",
    ]);
    expect(splitSqlStatements("  -- only a comment\n")).toEqual([]);
  });
});

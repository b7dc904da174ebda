// Group commit in the SQLite driver: concurrent writes share one transaction,
// nobody hears "done" before COMMIT, and one failing write spoils no other.
// A second connection to the same file tells what is committed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, type SqliteDriver } from "../../src/store/drivers/sqlite.js";

let dir: string;
let driver: SqliteDriver;
let observer: Database.Database;

const committed = () => (observer.prepare("SELECT v FROM t ORDER BY v").all() as { v: number }[]).map((r) => r.v);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "hl-group-"));
  driver = openSqlite(join(dir, "g.db"));
  await driver.exec("CREATE TABLE t (v INTEGER PRIMARY KEY)");
  observer = new Database(join(dir, "g.db"), { readonly: true });
});
afterEach(async () => {
  observer.close();
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("group commit", () => {
  it("commits concurrent writes together, and only then resolves them", async () => {
    const writes = [1, 2, 3].map((v) => driver.run("INSERT INTO t (v) VALUES (?)", [v]));
    // Executed on our connection, not yet committed for anyone else.
    expect(await driver.all("SELECT v FROM t")).toHaveLength(3);
    expect(committed()).toEqual([]);
    const results = await Promise.all(writes);
    expect(results.map((r) => r.changes)).toEqual([1, 1, 1]);
    expect(committed()).toEqual([1, 2, 3]);
  });

  it("rejects only the failing write; the others in the group commit", async () => {
    await driver.run("INSERT INTO t (v) VALUES (1)");
    const ok = driver.run("INSERT INTO t (v) VALUES (2)");
    const dup = driver.run("INSERT INTO t (v) VALUES (1)");
    const ok2 = driver.first<{ v: number }>("INSERT INTO t (v) VALUES (3) RETURNING v");
    await expect(dup).rejects.toThrow(/UNIQUE/);
    await expect(ok).resolves.toMatchObject({ changes: 1 });
    await expect(ok2).resolves.toEqual({ v: 3 });
    expect(committed()).toEqual([1, 2, 3]);
  });

  it("keeps a batch all-or-nothing inside the group", async () => {
    await driver.run("INSERT INTO t (v) VALUES (1)");
    const before = driver.run("INSERT INTO t (v) VALUES (5)");
    const bad = driver.batch([
      { sql: "INSERT INTO t (v) VALUES (?)", params: [6] },
      { sql: "INSERT INTO t (v) VALUES (?)", params: [1] },
    ]);
    await expect(bad).rejects.toThrow(/UNIQUE/);
    await before;
    expect(committed()).toEqual([1, 5]);
  });

  it("reads run outside any transaction when nothing is pending", async () => {
    expect(await driver.first("SELECT count(*) AS n FROM t")).toEqual({ n: 0 });
    expect(driver.db.inTransaction).toBe(false);
  });

  it("commits the group before a script, and before closing", async () => {
    const pending = driver.run("INSERT INTO t (v) VALUES (7)");
    await driver.exec("BEGIN; INSERT INTO t (v) VALUES (8); COMMIT;");
    expect(committed()).toEqual([7, 8]);
    await pending;
    const last = driver.run("INSERT INTO t (v) VALUES (9)");
    await driver.close();
    await last;
    expect(committed()).toEqual([7, 8, 9]);
  });
});

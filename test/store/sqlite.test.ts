// The shared store suite on better-sqlite3 (in memory and on a WAL file), and
// the driver's own behaviour.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "../../src/store/drivers/sqlite.js";
import { migrate } from "../../src/store/migrate.js";
import { readMigrations } from "../../src/store/migrations-node.js";
import { openNodeStore } from "../../src/store/open-node.js";
import { runStoreSuite } from "./repository.case.js";

const tmp = mkdtempSync(join(tmpdir(), "hlasatel-store-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fileCounter = 0;
async function migrated(path: string) {
  const driver = openSqlite(path);
  await migrate(driver, await readMigrations());
  return driver;
}

runStoreSuite("better-sqlite3 (:memory:)", () => migrated(":memory:"));
runStoreSuite("better-sqlite3 (file, WAL)", () => migrated(join(tmp, `suite-${++fileCounter}.db`)));

describe("better-sqlite3 driver", () => {
  it("creates the parent directory and sets the pragmas", async () => {
    const driver = openSqlite(join(tmp, "nested", "deeper", "x.db"));
    expect(driver.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(driver.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(driver.db.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(driver.db.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
    await driver.close();
    await driver.close(); // closing twice is harmless
  });

  it("accepts all/first/run on any statement, like D1", async () => {
    const driver = openSqlite(":memory:");
    await driver.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE TABLE u (x INTEGER);");
    expect(await driver.run("INSERT INTO t (v) VALUES (?)", ["a"])).toEqual({ changes: 1, lastRowId: 1 });
    expect(await driver.run("INSERT INTO t (v) VALUES (?) RETURNING id", ["b"])).toEqual({ changes: 1, lastRowId: 2 });
    expect(await driver.all("INSERT INTO t (v) VALUES ('c')")).toEqual([]);
    expect(await driver.first("UPDATE t SET v = 'z' WHERE id = 3")).toBeNull();
    expect(await driver.all("SELECT id, v FROM t ORDER BY id")).toEqual([{ id: 1, v: "a" }, { id: 2, v: "b" }, { id: 3, v: "z" }]);
    expect(await driver.first("SELECT v FROM t WHERE id = ?", [9])).toBeNull();
    await driver.close();
  });

  it("runs a batch atomically", async () => {
    const driver = openSqlite(":memory:");
    await driver.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    await expect(driver.batch([
      { sql: "INSERT INTO t (v) VALUES (?)", params: ["kept?"] },
      { sql: "INSERT INTO t (v) VALUES (?)", params: [null] },
    ])).rejects.toThrow(/NOT NULL/);
    expect(await driver.all("SELECT * FROM t")).toEqual([]);
    await driver.batch([{ sql: "INSERT INTO t (v) VALUES ('x')" }, { sql: "UPDATE t SET v = 'y'" }]);
    expect(await driver.all("SELECT v FROM t")).toEqual([{ v: "y" }]);
    await driver.close();
  });

  it("opens a migrated store, reports health, and fails health once closed", async () => {
    const { store, migrations } = await openNodeStore(join(tmp, "node-store.db"));
    expect(migrations.applied).toContain("0001_init.sql");
    expect(await store.health()).toBe(true);
    await store.close();
    expect(await store.health()).toBe(false);
    const again = await openNodeStore(join(tmp, "node-store.db"));
    expect(again.migrations.applied).toEqual([]);
    await again.store.close();
  });
});

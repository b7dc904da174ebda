// The shared store suite through the D1 driver, on a D1 look-alike (see
// fake-d1.ts): proves the driver maps results, changes, rowids and batches
// the way the repositories expect. Migrations go through the driver too.
import { describe, expect, it } from "vitest";
import { openD1 } from "../../src/store/drivers/d1.js";
import { migrate } from "../../src/store/migrate.js";
import { readMigrations } from "../../src/store/migrations-node.js";
import { fakeD1 } from "./fake-d1.js";
import { runStoreSuite } from "./repository.case.js";

runStoreSuite("the D1 driver (fake D1 binding)", async () => {
  const driver = openD1(fakeD1());
  await migrate(driver, await readMigrations());
  return driver;
});

describe("D1 driver", () => {
  it("maps run results, exec of multi-line scripts, and atomic batches", async () => {
    const driver = openD1(fakeD1());
    await driver.exec(`CREATE TABLE t (
      id INTEGER PRIMARY KEY,
      v TEXT NOT NULL
    );
    INSERT INTO t (v) VALUES ('a;b');`);
    expect(await driver.run("INSERT INTO t (v) VALUES (?)", ["c"])).toEqual({ changes: 1, lastRowId: 2 });
    expect(await driver.first("SELECT v FROM t WHERE id = ?", [1])).toEqual({ v: "a;b" });
    expect(await driver.first("SELECT v FROM t WHERE id = ?", [9])).toBeNull();
    await expect(driver.batch([
      { sql: "INSERT INTO t (v) VALUES ('d')" },
      { sql: "INSERT INTO t (v) VALUES (?)", params: [null] },
    ])).rejects.toThrow();
    expect(await driver.all("SELECT v FROM t ORDER BY id")).toEqual([{ v: "a;b" }, { v: "c" }]);
    expect(await driver.all("SELECT ? AS n", [5n])).toEqual([{ n: 5 }]);
    await expect(driver.all("SELECT ? AS n", [2n ** 60n])).rejects.toThrow(RangeError);
    await driver.batch([]);
  });
});

// `hlasatel backup FILE`: an online backup that opens as a normal database
// with the same rows, taken while the source is open in WAL mode.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupSqlite } from "../../src/store/drivers/sqlite-backup.js";
import { openSqlite } from "../../src/store/drivers/sqlite.js";
import { createStore } from "../../src/store/index.js";
import { openNodeStore } from "../../src/store/open-node.js";

const tmp = mkdtempSync(join(tmpdir(), "hlasatel-backup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("backupSqlite", () => {
  it("copies a live WAL database, rows included", async () => {
    const { store, driver } = await openNodeStore(join(tmp, "live.db"));
    const { ticketToken } = await store.questions.create({ channel: "web", lang: "cs", textRedacted: "Kdy?" });
    await store.subscriptions.subscribe({ channel: "telegram", userRef: "r", address: "1", audience: "public", lang: "cs" });

    const result = await backupSqlite(driver, join(tmp, "backups", "copy.db"));
    expect(result.totalPages).toBeGreaterThan(0);
    // The source keeps working after the backup.
    await store.dedup.seen("telegram", "after-backup");
    await store.close();

    const copy = openSqlite(result.file);
    const restored = createStore(copy);
    expect((await restored.questions.getByTicketToken(ticketToken!))?.textRedacted).toBe("Kdy?");
    expect((await restored.subscriptions.listActive()).items).toHaveLength(1);
    expect(await restored.dedup.seen("telegram", "after-backup")).toBe(false);
    expect(await copy.all("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    await copy.close();
  });

  it("accepts a raw better-sqlite3 handle and an in-memory source", async () => {
    const driver = openSqlite(":memory:");
    await driver.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('x');");
    const { file } = await backupSqlite(driver.db, join(tmp, "mem.db"));
    await driver.close();
    const copy = openSqlite(file);
    expect(await copy.all("SELECT v FROM t")).toEqual([{ v: "x" }]);
    await copy.close();
  });
});

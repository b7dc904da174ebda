// Content in the database: the import rules (new, changed on disk, conflict,
// deleted on disk, idempotent), the knowledge built from published texts, and
// export byte for byte — in process and through `hlasatel content export`.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importContent, knowledgeFromStore, storeKnowledge } from "../../src/content/store-source.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { writeContentDir } from "../../src/content/write-dir.js";
import type { ContentFile } from "../../src/content/types.js";
import type { Store } from "../../src/store/index.js";
import { openNodeStore } from "../../src/store/open-node.js";
import { projectContent, projectRoot } from "../helpers/deps.js";

const faq = (title: string, body = "Odpověď.") =>
  `---\ntitle: "${title}"\nverified: 2026-11-01\nverified_by: "Odbor"\n---\n${body}\n`;

let tmp: string;
let store: Store;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "hlasatel-content-"));
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));
beforeEach(async () => {
  store = (await openNodeStore(":memory:")).store;
  return () => store.close();
});

describe("import rules", () => {
  it("imports new files as published, and importing the same files twice changes nothing", async () => {
    const files: ContentFile[] = [{ path: "faq/a.cs.md", text: faq("A") }, { path: "site.yml", text: "city: X\n" }, { path: ".git/x.md", text: "no" }];
    const first = await importContent(store, files);
    expect(first).toMatchObject({ added: ["faq/a.cs.md", "site.yml"], skipped: [".git/x.md"], updated: [], conflicts: [] });
    const revs = await store.contentItems.revisions("faq/a.cs.md");
    const second = await importContent(store, files);
    expect(second).toMatchObject({ added: [], updated: [], conflicts: [], missing: [], unchanged: 2 });
    expect(await store.contentItems.revisions("faq/a.cs.md")).toEqual(revs);
  });

  it("publishes a file changed on disk when nobody edited it in the console", async () => {
    await importContent(store, [{ path: "faq/a.cs.md", text: faq("A") }]);
    // An unpublished console draft does not count as a console change.
    await store.contentItems.saveDraft({ path: "faq/a.cs.md", text: faq("Draft"), createdBy: null });
    const r = await importContent(store, [{ path: "faq/a.cs.md", text: faq("A2") }]);
    expect(r.updated).toEqual(["faq/a.cs.md"]);
    expect(await store.contentItems.get("faq/a.cs.md")).toMatchObject({ publishedText: faq("A2"), publishedRev: 3 });
    expect((await store.contentItems.revisions("faq/a.cs.md")).map((x) => [x.rev, x.status, x.source])).toEqual([
      [3, "published", "file"], [2, "draft", "console"], [1, "published", "file"],
    ]);
  });

  it("keeps the console's version when both changed: the file's version becomes a conflict draft, once", async () => {
    const warnings: unknown[] = [];
    const log = { warn: (...a: unknown[]) => warnings.push(a), info() {}, error() {}, debug() {} } as never;
    await importContent(store, [{ path: "faq/a.cs.md", text: faq("A") }]);
    const rev = await store.contentItems.saveDraft({ path: "faq/a.cs.md", text: faq("Console"), createdBy: null });
    await store.contentItems.publish("faq/a.cs.md", rev, null);
    const disk = [{ path: "faq/a.cs.md", text: faq("Disk") }];
    const r = await importContent(store, disk, log);
    expect(r.conflicts).toEqual(["faq/a.cs.md"]);
    expect(await store.contentItems.get("faq/a.cs.md")).toMatchObject({ publishedText: faq("Console") });
    const conflict = (await store.contentItems.revisions("faq/a.cs.md"))[0]!;
    expect(conflict).toMatchObject({ status: "draft", source: "conflict", text: faq("Disk") });
    expect(JSON.stringify(warnings)).toContain("content.import_conflict");
    expect(JSON.stringify(warnings)).not.toContain("Disk"); // no text in the log
    expect((await store.contentItems.list())[0]).toMatchObject({ conflicts: 1 });
    // Idempotent: the same file again adds no second conflict draft.
    expect(await importContent(store, disk, log)).toMatchObject({ conflicts: [], unchanged: 1 });
    expect((await store.contentItems.list())[0]).toMatchObject({ conflicts: 1 });
  });

  it("keeps a file deleted from disk, marked as only in the console", async () => {
    await importContent(store, [{ path: "faq/a.cs.md", text: faq("A") }, { path: "faq/b.cs.md", text: faq("B") }]);
    const r = await importContent(store, [{ path: "faq/a.cs.md", text: faq("A") }]);
    expect(r.missing).toEqual(["faq/b.cs.md"]);
    expect(await store.contentItems.get("faq/b.cs.md")).toMatchObject({ publishedText: faq("B"), inFile: false });
    expect((await knowledgeFromStore(store)).kb.byId.has("faq/b")).toBe(true);
    // Back on disk unchanged: present again, nothing else changes.
    await importContent(store, [{ path: "faq/a.cs.md", text: faq("A") }, { path: "faq/b.cs.md", text: faq("B") }]);
    expect(await store.contentItems.get("faq/b.cs.md")).toMatchObject({ inFile: true, publishedRev: 1 });
  });

  it("builds the same knowledge from the database as from disk, and reloads after a publication", async () => {
    const files = await readContentDir(projectContent);
    await importContent(store, files);
    const source = await storeKnowledge(store);
    const fromDisk = (await import("../../src/knowledge.js")).buildKnowledge(files);
    expect(source.current().kb.entries.length).toBe(fromDisk.kb.entries.length);
    expect(source.current().problems).toEqual(fromDisk.problems);
    const path = "faq/closure-date.cs.md";
    const text = (await store.contentItems.get(path))!.publishedText!.replace(/\n---\n/, "\n---\nNOVÝ ÚVOD.\n\n");
    const rev = await store.contentItems.saveDraft({ path, text, createdBy: null });
    await store.contentItems.publish(path, rev, null);
    expect(source.current().kb.byId.get("faq/closure-date")!.get("cs")!.body).not.toContain("NOVÝ ÚVOD");
    await source.reload!();
    expect(source.current().kb.byId.get("faq/closure-date")!.get("cs")!.body).toContain("NOVÝ ÚVOD");
  });
});

async function compareDirs(a: string, b: string): Promise<number> {
  const list = async (d: string) => (await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(d.length)).sort();
  const [la, lb] = [await list(a), await list(b)];
  expect(lb).toEqual(la);
  for (const f of la) expect(Buffer.compare(await readFile(join(a, f)), await readFile(join(b, f))), f).toBe(0);
  return la.length;
}

describe("export", () => {
  it("round trip of the project's content/ is byte-identical", async () => {
    await importContent(store, await readContentDir(projectContent));
    const out = join(tmp, "roundtrip");
    await writeContentDir(out, await store.contentItems.publishedFiles());
    expect(await compareDirs(projectContent.replace(/\/$/, ""), out)).toBeGreaterThan(50);
  });

  it("keeps BOM, CRLF and missing final newlines", async () => {
    const odd = [{ path: "faq/a.cs.md", text: `\uFEFF---\r\ntitle: A\r\n---\r\nx` }, { path: "site.yml", text: "city: X" }];
    await importContent(store, odd);
    expect(await store.contentItems.publishedFiles()).toEqual([...odd].sort((x, y) => x.path.localeCompare(y.path)));
  });

  it("hlasatel content export DIR: end to end with a database file; refuses a non-empty DIR without --force", async () => {
    const db = join(tmp, "h.db");
    const s = await openNodeStore(db);
    await importContent(s.store, await readContentDir(projectContent));
    await s.store.close();
    const run = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(projectRoot, "bin/hlasatel.js"), ...args], {
        cwd: tmp, env: { PATH: process.env.PATH, DATABASE_PATH: db, SESSION_SECRET: "x".repeat(32) },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
    const exported = await run(["content", "export", "exported"]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/exported \d+ file/);
    await compareDirs(projectContent.replace(/\/$/, ""), join(tmp, "exported"));
    const check = await run(["content", "check", "--content", "exported"]);
    expect(check.code, check.stderr).toBe(0);
    await writeFile(join(tmp, "exported", "site.yml"), "changed");
    const refused = await run(["content", "export", "exported"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    const forced = await run(["content", "export", "exported", "--force"]);
    expect(forced.code).toBe(0);
    await compareDirs(projectContent.replace(/\/$/, ""), join(tmp, "exported"));
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { addGarant, advance, type StoreTestContext } from "./context.js";

export function contentItemCases(t: StoreTestContext): void {
  describe("content items and revisions", () => {
    it("imports, drafts, publishes, supersedes and rejects", async () => {
      const g = await addGarant(t);
      const path = "faq/x.cs.md";
      await t.store.contentItems.importNew(path, "v1", "h1");
      expect(await t.store.contentItems.get(path)).toMatchObject({ publishedText: "v1", publishedRev: 1, fileHash: "h1", inFile: true });
      advance(t, 1000);
      const r2 = await t.store.contentItems.saveDraft({ path, text: "v2", createdBy: g.id });
      const r3 = await t.store.contentItems.saveDraft({ path, text: "v3", createdBy: g.id });
      expect([r2, r3]).toEqual([2, 3]);
      expect((await t.store.contentItems.list())[0]).toMatchObject({ path, drafts: 2, conflicts: 0 });
      expect(await t.store.contentItems.publish(path, r3, g.id)).toBe(true);
      expect(await t.store.contentItems.publish(path, r3, g.id)).toBe(false);
      expect(await t.store.contentItems.get(path)).toMatchObject({ publishedText: "v3", publishedRev: 3, fileHash: "h1" });
      expect((await t.store.contentItems.revisions(path)).map((r) => [r.rev, r.status, r.source])).toEqual([
        [3, "published", "console"], [2, "superseded", "console"], [1, "published", "file"],
      ]);
      expect(await t.store.contentItems.revision(path, 3)).toMatchObject({ approvedBy: g.id, approvedAt: t.now, createdBy: g.id });

      const r4 = await t.store.contentItems.saveDraft({ path, text: "v4", createdBy: null, source: "conflict" });
      expect((await t.store.contentItems.list({ q: "x.cs" }))[0]).toMatchObject({ drafts: 1, conflicts: 1 });
      expect(await t.store.contentItems.reject(path, r4, g.id)).toBe(true);
      expect(await t.store.contentItems.reject(path, r4, g.id)).toBe(false);
      expect(await t.store.contentItems.publishedFiles()).toEqual([{ path, text: "v3" }]);
    });

    it("publishes a changed file as a new revision and tracks presence on disk", async () => {
      await t.store.contentItems.importNew("site.yml", "a: 1\n", "h1");
      expect(await t.store.contentItems.importChanged("site.yml", "a: 2\n", "h2")).toBe(2);
      expect(await t.store.contentItems.get("site.yml")).toMatchObject({ publishedText: "a: 2\n", publishedRev: 2, fileHash: "h2" });
      await t.store.contentItems.markFile("site.yml", null, false);
      expect(await t.store.contentItems.get("site.yml")).toMatchObject({ fileHash: "h2", inFile: false });
      expect(await t.store.contentItems.count()).toBe(1);
    });

    it("creates an item for a console draft and searches published text (LIKE wildcards escaped)", async () => {
      await t.store.contentItems.saveDraft({ path: "faq/new.cs.md", text: "draft", createdBy: null });
      expect(await t.store.contentItems.get("faq/new.cs.md")).toMatchObject({ publishedText: null, publishedRev: null, inFile: false });
      expect(await t.store.contentItems.publishedFiles()).toEqual([]);
      await t.store.contentItems.importNew("faq/other.cs.md", "100% jisté", "h");
      expect((await t.store.contentItems.list({ q: "100%" })).map((i) => i.path)).toEqual(["faq/other.cs.md"]);
      expect(await t.store.contentItems.list({ q: "_" })).toEqual([]);
      await expect(t.store.contentItems.saveDraft({ path: "../etc/passwd.md", text: "x", createdBy: null })).rejects.toThrow();
      await expect(t.store.contentItems.saveDraft({ path: "faq/.hidden.md", text: "x", createdBy: null })).rejects.toThrow();
    });
  });
}

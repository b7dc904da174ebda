import { describe, expect, it } from "vitest";
import { addGarant, advance, MINUTE, type StoreTestContext } from "./context.js";

export function updateCases(t: StoreTestContext): void {
  describe("updates", () => {
    it("creates drafts that only appear once published", async () => {
      const author = await addGarant(t, "press@example.cz");
      const draft = await t.store.updates.create({
        title: "Schůzka v budově", body: "Ve čtvrtek v 17:00.", audiences: ["residents"], langs: ["cs", "sk"], createdBy: author.id,
      });
      expect(draft).toMatchObject({ status: "draft", publishedAt: null, createdBy: author.id, audiences: ["residents"], langs: ["cs", "sk"] });
      expect(await t.store.updates.listPublished()).toEqual([]);
      expect((await t.store.updates.listDrafts()).map((u) => u.id)).toEqual([draft.id]);

      advance(t, MINUTE);
      const approver = await addGarant(t, "garant@example.cz");
      expect(await t.store.updates.publish(draft.id, approver.id)).toBe(true);
      expect(await t.store.updates.publish(draft.id, approver.id)).toBe(false);
      expect(await t.store.updates.publish("missing")).toBe(false);
      expect(await t.store.updates.get(draft.id)).toMatchObject({ status: "published", publishedAt: t.now, approvedBy: approver.id });
      expect(await t.store.updates.listDrafts()).toEqual([]);
    });

    it("lists published updates newest first by audience and language", async () => {
      const publish = async (title: string, audiences: ("residents" | "neighbours" | "public")[], langs: string[]) => {
        advance(t, MINUTE);
        const u = await t.store.updates.create({ title, body: "…", audiences, langs });
        await t.store.updates.publish(u.id);
        return u;
      };
      await publish("A", ["residents"], ["cs"]);
      const b = await publish("B", ["neighbours", "public"], ["cs", "en"]);
      await publish("C", ["public"], ["uk"]);
      const titles = async (f: Parameters<typeof t.store.updates.listPublished>[0]) =>
        (await t.store.updates.listPublished(f)).map((u) => u.title);
      expect(await titles({})).toEqual(["C", "B", "A"]);
      expect(await titles({ audience: "public" })).toEqual(["C", "B"]);
      expect(await titles({ lang: "cs" })).toEqual(["B", "A"]);
      expect(await titles({ audience: "public", lang: "en" })).toEqual(["B"]);
      expect(await titles({ limit: 1 })).toEqual(["C"]);
      expect(await titles({ before: (await t.store.updates.get(b.id))!.publishedAt! })).toEqual(["A"]);
    });

    it("validates and defaults audiences to everyone", async () => {
      const u = await t.store.updates.create({ title: "T", body: "B", langs: ["cs"] });
      expect(u.audiences).toEqual(["residents", "neighbours", "public"]);
      await expect(t.store.updates.create({ title: "", body: "B", langs: ["cs"] })).rejects.toThrow();
      await expect(t.store.updates.create({ title: "T", body: "B", langs: [] })).rejects.toThrow();
      await expect(t.store.updates.create({ title: "T", body: "B", langs: ["cs"], audiences: ["press" as never] })).rejects.toThrow();
    });
  });
}

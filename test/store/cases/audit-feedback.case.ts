import { describe, expect, it } from "vitest";
import { advance, DAY, type StoreTestContext } from "./context.js";

export function auditAndFeedbackCases(t: StoreTestContext): void {
  describe("feedback", () => {
    it("summarises votes per entry and language, least helpful first", async () => {
      const vote = (entryId: string, lang: string, helpful: boolean) =>
        t.store.feedback.add({ entryId, lang, helpful, channel: "web" });
      await vote("faq/closure", "cs", true);
      await vote("faq/closure", "cs", true);
      await vote("faq/closure", "cs", false);
      await vote("faq/rent", "cs", false);
      await vote("faq/rent", "cs", false);
      const since = t.now + DAY;
      advance(t, 2 * DAY);
      await vote("faq/closure", "uk", true);
      expect(await t.store.feedback.summary()).toEqual([
        { entryId: "faq/rent", lang: "cs", helpful: 0, notHelpful: 2 },
        { entryId: "faq/closure", lang: "cs", helpful: 2, notHelpful: 1 },
        { entryId: "faq/closure", lang: "uk", helpful: 1, notHelpful: 0 },
      ]);
      expect(await t.store.feedback.summary({ since })).toEqual([{ entryId: "faq/closure", lang: "uk", helpful: 1, notHelpful: 0 }]);
      expect(await t.store.feedback.summary({ until: since })).toHaveLength(2);
      await expect(t.store.feedback.add({ entryId: "x", lang: "cs", helpful: "yes" as never, channel: "web" })).rejects.toThrow();
    });
  });

  describe("audit log", () => {
    it("appends entries and lists them newest first with filters and a cursor", async () => {
      const first = await t.store.audit.add({ staffId: "s1", action: "question.answer", target: "q1", detail: { faq: "faq/x" } });
      advance(t, 1000);
      await t.store.audit.add({ staffId: "s2", action: "update.publish", target: "u1" });
      await t.store.audit.add({ action: "system.retention", detail: { deleted: 3 } });
      const all = await t.store.audit.list();
      expect(all.map((e) => e.action)).toEqual(["system.retention", "update.publish", "question.answer"]);
      expect(all[2]).toEqual({ id: first, at: t.now - 1000, staffId: "s1", action: "question.answer", target: "q1", detail: { faq: "faq/x" } });
      expect(all[0]).toMatchObject({ staffId: null, target: null, detail: { deleted: 3 } });
      expect((await t.store.audit.list({ staffId: "s2" })).map((e) => e.target)).toEqual(["u1"]);
      expect((await t.store.audit.list({ action: "question.answer" })).map((e) => e.id)).toEqual([first]);
      expect((await t.store.audit.list({ before: all[1]!.id })).map((e) => e.id)).toEqual([first]);
      expect(await t.store.audit.list({ limit: 1 })).toHaveLength(1);
      await expect(t.store.audit.add({ action: "Not An Action" })).rejects.toThrow();
    });
  });
}

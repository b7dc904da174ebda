import { describe, expect, it } from "vitest";
import { addGarant, advance, HOUR, type StoreTestContext } from "./context.js";

export function staffConsoleCases(t: StoreTestContext): void {
  describe("update drafts (channels, schedule, texts)", () => {
    it("saves texts per language, channels and schedule on a draft only", async () => {
      const g = await addGarant(t);
      const u = await t.store.updates.create({ title: "x", body: "y", langs: ["cs"], createdBy: g.id });
      expect(await t.store.updateDrafts.extras(u.id)).toEqual({
        channels: ["telegram", "whatsapp", "discord", "web"], scheduledAt: null, approvedAt: null, texts: [],
      });
      const ok = await t.store.updateDrafts.saveDraft(u.id, {
        channels: ["telegram", "web", "web"], scheduledAt: t.now + HOUR, audiences: ["residents"],
        texts: [{ lang: "uk", title: "Новина", body: "Текст" }, { lang: "cs", title: "Novinka", body: "Text" }],
      });
      expect(ok).toBe(true);
      const x = await t.store.updateDrafts.extras(u.id);
      expect(x?.channels).toEqual(["telegram", "web"]);
      expect(x?.scheduledAt).toBe(t.now + HOUR);
      expect(x?.texts.map((tx) => tx.lang)).toEqual(["cs", "uk"]);
      expect(await t.store.updates.get(u.id)).toMatchObject({ title: "Новина", langs: ["uk", "cs"], audiences: ["residents"] });
      await expect(t.store.updateDrafts.saveDraft(u.id, { channels: ["sms" as never], scheduledAt: null, texts: [] })).rejects.toThrow();

      expect(await t.store.updateDrafts.dueScheduled()).toEqual([]);
      expect(await t.store.updateDrafts.approveScheduled(u.id, g.id)).toBe(true);
      expect(await t.store.updateDrafts.approveScheduled(u.id, g.id)).toBe(false);
      expect(await t.store.updateDrafts.dueScheduled()).toEqual([]);
      advance(t, HOUR);
      expect(await t.store.updateDrafts.dueScheduled()).toEqual([{ id: u.id, approvedBy: g.id }]);
      expect(await t.store.updateDrafts.deleteDraft(u.id)).toBe(false); // approved: kept

      await t.store.updates.publish(u.id, g.id);
      expect(await t.store.updateDrafts.saveDraft(u.id, { channels: ["web"], scheduledAt: null, texts: [{ lang: "cs", title: "a", body: "b" }] })).toBe(false);
    });

    it("deletes an unapproved draft with its texts", async () => {
      const u = await t.store.updates.create({ title: "x", body: "y", langs: ["cs"] });
      await t.store.updateDrafts.saveDraft(u.id, { channels: ["web"], scheduledAt: null, texts: [{ lang: "cs", title: "a", body: "b" }] });
      expect(await t.store.updateDrafts.deleteDraft(u.id)).toBe(true);
      expect(await t.store.updateDrafts.extras(u.id)).toBeNull();
    });
  });

  describe("faq drafts", () => {
    it("stores drafts from questions and lists them by status", async () => {
      const g = await addGarant(t);
      const { id: qid } = await t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Kdy?" });
      const d = await t.store.faqDrafts.create({ questionId: qid, lang: "cs", title: "Kdy?", body: "Brzy.", createdBy: g.id });
      expect(d).toMatchObject({ questionId: qid, status: "open", createdBy: g.id, createdAt: t.now });
      advance(t, 1000);
      const d2 = await t.store.faqDrafts.create({ lang: "cs", title: "B", body: "C" });
      expect((await t.store.faqDrafts.list()).map((x) => x.id)).toEqual([d2.id, d.id]);
      expect((await t.store.faqDrafts.list({ questionId: qid })).map((x) => x.id)).toEqual([d.id]);
      await t.store.faqDrafts.setStatus(d.id, "taken");
      expect((await t.store.faqDrafts.list({ status: "open" })).map((x) => x.id)).toEqual([d2.id]);
      expect(await t.store.faqDrafts.get(d.id)).toMatchObject({ status: "taken" });
      await expect(t.store.faqDrafts.create({ lang: "cs", title: "", body: "x" })).rejects.toThrow();
    });
  });
}

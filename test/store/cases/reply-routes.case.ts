import { describe, expect, it } from "vitest";
import { advance, DAY, type StoreTestContext } from "./context.js";

export function replyRouteCases(t: StoreTestContext): void {
  const ask = async (address: string) =>
    (await t.store.questions.create({ channel: "telegram", lang: "cs", textRedacted: "?", replyTo: { channel: "telegram", address } })).id;

  describe("reply routes", () => {
    it("adds, replaces and reads a route", async () => {
      const { id } = await t.store.questions.create({ channel: "discord", lang: "en", textRedacted: "?" });
      expect(await t.store.replyRoutes.forQuestion(id)).toBeNull();
      await t.store.replyRoutes.add(id, "discord", "chan-1");
      await t.store.replyRoutes.add(id, "discord", "chan-2");
      expect(await t.store.replyRoutes.forQuestion(id)).toMatchObject({ channel: "discord", address: "chan-2" });
      await expect(t.store.replyRoutes.add("missing", "discord", "x")).rejects.toThrow();
    });

    it("deletes the routes of one address only", async () => {
      const mine1 = await ask("111");
      const mine2 = await ask("111");
      const other = await ask("222");
      expect(await t.store.replyRoutes.deleteForAddress("whatsapp", "111")).toBe(0);
      expect(await t.store.replyRoutes.deleteForAddress("telegram", "111")).toBe(2);
      expect(await t.store.replyRoutes.forQuestion(mine1)).toBeNull();
      expect(await t.store.replyRoutes.forQuestion(mine2)).toBeNull();
      expect(await t.store.replyRoutes.forQuestion(other)).not.toBeNull();
      expect(await t.store.questions.get(mine1)).not.toBeNull();
    });

    it("retention deletes routes delivered before the cutoff, and stale ones", async () => {
      const old = await ask("1");
      const undelivered = await ask("3");
      await t.store.questions.markDelivered(old);
      advance(t, 10 * DAY);
      const recent = await ask("2");
      await t.store.questions.markDelivered(recent);
      expect(await t.store.replyRoutes.deleteDeliveredBefore(t.now - 5 * DAY)).toBe(1);
      expect(await t.store.replyRoutes.forQuestion(old)).toBeNull();
      expect(await t.store.replyRoutes.forQuestion(recent)).not.toBeNull();
      expect(await t.store.replyRoutes.forQuestion(undelivered)).not.toBeNull();
      expect(await t.store.replyRoutes.deleteCreatedBefore(t.now - 5 * DAY)).toBe(1);
      expect(await t.store.replyRoutes.forQuestion(undelivered)).toBeNull();
    });

    it("goes away with its question", async () => {
      const id = await ask("9");
      await t.driver.run("DELETE FROM questions WHERE id = ?", [id]);
      expect(await t.store.replyRoutes.forQuestion(id)).toBeNull();
    });
  });
}

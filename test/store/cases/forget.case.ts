import { describe, expect, it } from "vitest";
import type { StoreTestContext } from "./context.js";

export function forgetCases(t: StoreTestContext): void {
  describe("forgetPerson", () => {
    it("deletes subscription, state and reply routes of that person only", async () => {
      const me = { channel: "telegram" as const, userRef: "ref-me", address: "555" };
      await t.store.people.patch("telegram", me.userRef, { lang: "cs", state: { step: "ask" } });
      await t.store.subscriptions.subscribe({ ...me, audience: "residents", lang: "cs" });
      const ask = async (address: string) =>
        (await t.store.questions.create({ channel: "telegram", lang: "cs", textRedacted: "?", replyTo: { channel: "telegram", address } })).id;
      const q1 = await ask(me.address);
      const q2 = await ask(me.address);
      const other = await ask("666");
      await t.store.people.patch("telegram", "ref-other", { lang: "cs" });
      await t.store.subscriptions.subscribe({ channel: "telegram", userRef: "ref-other", address: "666", audience: "public", lang: "cs" });

      await t.store.forgetPerson("telegram", me.userRef, me.address);

      expect(await t.store.people.get("telegram", me.userRef)).toBeNull();
      expect(await t.store.subscriptions.get("telegram", me.userRef)).toBeNull();
      expect(await t.store.replyRoutes.forQuestion(q1)).toBeNull();
      expect(await t.store.replyRoutes.forQuestion(q2)).toBeNull();
      // The anonymous questions stay in the inbox.
      expect(await t.store.questions.get(q1)).not.toBeNull();
      expect(await t.store.replyRoutes.forQuestion(other)).not.toBeNull();
      expect(await t.store.people.get("telegram", "ref-other")).not.toBeNull();
      expect(await t.store.subscriptions.get("telegram", "ref-other")).not.toBeNull();
    });

    it("works without an address and for someone the store never saw", async () => {
      await t.store.people.patch("whatsapp", "ref-x", {});
      await t.store.forgetPerson("whatsapp", "ref-x", null);
      expect(await t.store.people.get("whatsapp", "ref-x")).toBeNull();
      await expect(t.store.forgetPerson("discord", "nobody", "1")).resolves.toBeUndefined();
    });
  });
}

import { describe, expect, it } from "vitest";
import { advance, DAY, MINUTE, type StoreTestContext } from "./context.js";

export function peopleCases(t: StoreTestContext): void {
  describe("people", () => {
    it("creates on first patch and changes only the given fields", async () => {
      expect(await t.store.people.get("telegram", "ref-a")).toBeNull();
      const created = await t.store.people.patch("telegram", "ref-a", { lang: "cs", state: { step: "menu", page: 2 } });
      expect(created).toEqual({
        channel: "telegram", userRef: "ref-a", lang: "cs", audience: null, state: { step: "menu", page: 2 },
        consentAt: null, lastInboundAt: null, createdAt: t.now, updatedAt: t.now,
      });
      const createdAt = t.now;
      advance(t, MINUTE);
      await t.store.people.patch("telegram", "ref-a", { audience: "residents", consentAt: t.now });
      expect(await t.store.people.get("telegram", "ref-a")).toMatchObject({
        lang: "cs", audience: "residents", state: { step: "menu", page: 2 }, consentAt: t.now, createdAt, updatedAt: t.now,
      });
      // null clears, omitted keeps
      const cleared = await t.store.people.patch("telegram", "ref-a", { state: null, audience: null });
      expect(cleared).toMatchObject({ lang: "cs", audience: null, state: null });
      // the same reference on another channel is another person
      expect(await t.store.people.get("whatsapp", "ref-a")).toBeNull();
    });

    it("records inbound messages for the WhatsApp window", async () => {
      const person = await t.store.people.recordInbound("whatsapp", "ref-w");
      expect(person.lastInboundAt).toBe(t.now);
      advance(t, 25 * 60 * MINUTE);
      expect((await t.store.people.get("whatsapp", "ref-w"))!.lastInboundAt).toBe(t.now - 25 * 60 * MINUTE);
    });

    it("validates, deletes and expires inactive people", async () => {
      await expect(t.store.people.patch("telegram", "r", { lang: "CZ" })).rejects.toThrow();
      await expect(t.store.people.patch("web" as never, "r", {})).rejects.toThrow();
      await expect(t.store.people.patch("telegram", "", {})).rejects.toThrow();
      await t.store.people.patch("telegram", "old", {});
      advance(t, 100 * DAY);
      await t.store.people.patch("telegram", "new", {});
      expect(await t.store.people.deleteInactiveBefore(t.now - 90 * DAY)).toBe(1);
      expect(await t.store.people.get("telegram", "old")).toBeNull();
      expect(await t.store.people.delete("telegram", "new")).toBe(true);
      expect(await t.store.people.delete("telegram", "new")).toBe(false);
    });
  });
}

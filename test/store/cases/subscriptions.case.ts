import { describe, expect, it } from "vitest";
import type { Audience, BotChannel } from "../../../src/store/index.js";
import { advance, DAY, MINUTE, type StoreTestContext } from "./context.js";

export function subscriptionCases(t: StoreTestContext): void {
  const sub = (userRef: string, over: { channel?: BotChannel; audience?: Audience; lang?: string; address?: string } = {}) =>
    t.store.subscriptions.subscribe({
      channel: over.channel ?? "telegram", userRef, address: over.address ?? `chat-${userRef}`,
      audience: over.audience ?? "residents", lang: over.lang ?? "cs",
    });

  describe("subscriptions", () => {
    it("subscribes, updates in place and reactivates", async () => {
      const first = await sub("u1");
      expect(first).toMatchObject({ userRef: "u1", address: "chat-u1", active: true, createdAt: t.now, deactivatedAt: null });
      advance(t, MINUTE);
      expect(await t.store.subscriptions.unsubscribe("telegram", "u1")).toBe(true);
      expect(await t.store.subscriptions.unsubscribe("telegram", "u1")).toBe(false);
      expect(await t.store.subscriptions.get("telegram", "u1")).toMatchObject({ active: false, deactivatedAt: t.now });
      const again = await sub("u1", { audience: "neighbours", lang: "en", address: "chat-new" });
      expect(again).toMatchObject({ id: first.id, active: true, audience: "neighbours", lang: "en", address: "chat-new", deactivatedAt: null });
      await expect(sub("u2", { lang: "česky" })).rejects.toThrow();
    });

    it("deactivates every subscription of an address the platform rejects", async () => {
      await sub("a", { address: "42" });
      await sub("b", { address: "42", channel: "whatsapp" });
      await sub("c", { address: "43" });
      expect(await t.store.subscriptions.deactivateByAddress("telegram", "42")).toBe(1);
      expect(await t.store.subscriptions.deactivateByAddress("telegram", "42")).toBe(0);
      const active = (await t.store.subscriptions.listActive()).items.map((s) => s.userRef);
      expect(active).toEqual(["b", "c"]);
    });

    it("filters active subscriptions and counts them", async () => {
      await sub("1", { audience: "residents", lang: "cs" });
      await sub("2", { audience: "neighbours", lang: "cs" });
      await sub("3", { audience: "residents", lang: "uk", channel: "whatsapp" });
      await sub("4", { audience: "residents", lang: "cs" });
      await t.store.subscriptions.unsubscribe("telegram", "4");
      const refs = async (f: Parameters<typeof t.store.subscriptions.listActive>[0]) =>
        (await t.store.subscriptions.listActive(f)).items.map((s) => s.userRef);
      expect(await refs({ audience: "residents" })).toEqual(["1", "3"]);
      expect(await refs({ lang: "cs" })).toEqual(["1", "2"]);
      expect(await refs({ channel: "whatsapp", audience: "residents", lang: "uk" })).toEqual(["3"]);
      expect(await t.store.subscriptions.countActive()).toEqual([
        { channel: "telegram", audience: "neighbours", lang: "cs", count: 1 },
        { channel: "telegram", audience: "residents", lang: "cs", count: 1 },
        { channel: "whatsapp", audience: "residents", lang: "uk", count: 1 },
      ]);
    });

    it("pages through 250 subscribers with a keyset cursor", async () => {
      const statements = Array.from({ length: 250 }, (_, i) => ({
        sql: `INSERT INTO subscriptions (channel, user_ref, address, audience, lang, active, created_at)
              VALUES ('telegram', ?, ?, 'residents', 'cs', 1, ?)`,
        params: [`u${i}`, `${1000 + i}`, t.now],
      }));
      await t.driver.batch(statements);
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let after: number | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await t.store.subscriptions.listActive({ audience: "residents", limit: 100, after });
        pageSizes.push(page.items.length);
        seen.push(...page.items.map((s) => s.userRef));
        // Someone leaves mid-delivery: later pages must neither skip nor repeat others.
        if (guard === 0) await t.store.subscriptions.unsubscribe("telegram", "u0");
        if (page.next === null) break;
        after = page.next;
      }
      expect(pageSizes).toEqual([100, 100, 50]);
      expect(new Set(seen).size).toBe(250);
      expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `u${i}`));
    });

    it("deletes for a person and expires stopped subscriptions", async () => {
      await sub("x");
      await sub("y");
      await t.store.subscriptions.unsubscribe("telegram", "y");
      expect(await t.store.subscriptions.deleteFor("telegram", "x")).toBe(true);
      expect(await t.store.subscriptions.get("telegram", "x")).toBeNull();
      expect(await t.store.subscriptions.deleteInactiveBefore(t.now)).toBe(0);
      advance(t, 31 * DAY);
      expect(await t.store.subscriptions.deleteInactiveBefore(t.now - 30 * DAY)).toBe(1);
      expect(await t.store.subscriptions.get("telegram", "y")).toBeNull();
    });
  });
}

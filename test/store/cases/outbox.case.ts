// The delivery outbox on every driver: enqueue once, lease, recover, finish in batches.
import { describe, expect, it } from "vitest";
import { advance, type StoreTestContext } from "./context.js";

export function outboxCases(t: StoreTestContext): void {
  describe("outbox", () => {
    async function subscribers() {
      const s = t.store.subscriptions;
      await s.subscribe({ channel: "telegram", userRef: "r1", address: "111", audience: "residents", lang: "cs" });
      await s.subscribe({ channel: "telegram", userRef: "r2", address: "222", audience: "residents", lang: "uk" });
      await s.subscribe({ channel: "whatsapp", userRef: "r3", address: "420333", audience: "neighbours", lang: "en" });
      await s.subscribe({ channel: "telegram", userRef: "r4", address: "444", audience: "public", lang: "cs" });
    }
    const target = (key: string, over: object = {}) => ({
      key, kind: "update" as const, audiences: ["residents", "neighbours"], langs: ["cs", "uk"],
      channels: ["telegram", "whatsapp"] as const, now: t.now, ...over,
    }) as Parameters<StoreTestContext["store"]["outbox"]["enqueue"]>[0];

    it("enqueues matching subscribers with their language (Czech as fallback) exactly once", async () => {
      await subscribers();
      expect(await t.store.outbox.enqueue(target("u1", { announceLang: "cs" }))).toEqual({ created: true, total: 4 });
      expect(await t.store.outbox.enqueue(target("u1"))).toEqual({ created: false, total: 4 });
      const rows = await t.driver.all("SELECT channel, subscription_id, lang, status FROM outbox ORDER BY id");
      expect(rows).toEqual([
        { channel: "telegram", subscription_id: 1, lang: "cs", status: "pending" },
        { channel: "telegram", subscription_id: 2, lang: "uk", status: "pending" },
        { channel: "whatsapp", subscription_id: 3, lang: "cs", status: "pending" },
        { channel: "discord", subscription_id: 0, lang: "cs", status: "pending" },
      ]);
      expect(await t.store.outbox.broadcastExists("u1")).toBe(true);
      // An update only in Ukrainian reaches only Ukrainian subscribers.
      expect(await t.store.outbox.enqueue(target("u2", { langs: ["uk"] }))).toEqual({ created: true, total: 1 });
      expect(await t.store.outbox.counts("u1")).toEqual({ total: 4, sent: 0, failed: 0, blocked: 0, skipped: 0, left: 4 });
    });

    it("leases due rows once, with addresses, and recovers expired or all leases", async () => {
      await subscribers();
      await t.store.outbox.enqueue(target("u1"));
      const claim = (limit: number) => t.store.outbox.claim({ channel: "telegram", now: t.now, leaseMs: 1000, owner: "a", limit });
      const first = await claim(1);
      expect(first).toEqual([{ id: 1, broadcastKey: "u1", channel: "telegram", subscriptionId: 1, lang: "cs", attempts: 0, address: "111", userRef: "r1", active: true }]);
      await t.store.subscriptions.unsubscribe("telegram", "r2");
      const second = await claim(10);
      expect(second.map((e) => [e.id, e.active])).toEqual([[2, false]]);
      expect(await claim(10)).toEqual([]);
      expect(await t.store.outbox.nextDueAt("telegram")).toBeNull();
      expect(await t.store.outbox.recoverLeases(t.now)).toBe(0);
      advance(t, 1001);
      expect(await t.store.outbox.recoverLeases(t.now)).toBe(2);
      expect((await claim(10)).map((e) => e.id)).toEqual([1, 2]);
      expect(await t.store.outbox.recoverLeases(t.now, true)).toBe(2);
      expect(await t.store.outbox.nextDueAt("telegram")).toBe(0);
    });

    it("finishes outcomes in one batch: sent, blocked, retry with attempts, failed", async () => {
      await subscribers();
      await t.store.outbox.enqueue(target("u1", { announceLang: "cs" }));
      await t.store.outbox.finish([
        { id: 1, status: "sent" },
        { id: 2, status: "blocked" },
        { id: 3, status: "pending", nextAt: t.now + 5000, countAttempt: true, error: "status:502" },
        { id: 4, status: "failed", error: "status:400" },
      ], t.now);
      expect(await t.store.outbox.counts("u1")).toEqual({ total: 4, sent: 1, failed: 1, blocked: 1, skipped: 0, left: 1 });
      expect(await t.driver.first("SELECT attempts, next_at, last_error FROM outbox WHERE id = 3")).toEqual({ attempts: 1, next_at: t.now + 5000, last_error: "status:502" });
      expect(await t.driver.first("SELECT sent_at FROM outbox WHERE id = 1")).toEqual({ sent_at: t.now });
      expect(await t.store.outbox.nextDueAt("whatsapp")).toBe(t.now + 5000);
      // A final state is not overwritten by a late outcome.
      await t.store.outbox.finish([{ id: 1, status: "failed", error: "late" }], t.now);
      expect((await t.store.outbox.counts("u1")).sent).toBe(1);
      expect(await t.store.outbox.statusByChannel()).toContainEqual({ channel: "telegram", status: "sent", count: 1 });
    });
  });
}

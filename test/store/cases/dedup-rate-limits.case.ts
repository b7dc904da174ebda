import { describe, expect, it } from "vitest";
import { advance, DAY, type StoreTestContext } from "./context.js";

export function dedupAndRateLimitCases(t: StoreTestContext): void {
  describe("dedup of webhook events", () => {
    it("reports an event as seen only the second time", async () => {
      expect(await t.store.dedup.seen("telegram", "1001")).toBe(false);
      expect(await t.store.dedup.seen("telegram", "1001")).toBe(true);
      expect(await t.store.dedup.seen("whatsapp", "1001")).toBe(false);
    });

    it("lets exactly one of concurrent deliveries through", async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => t.store.dedup.seen("discord", "evt")));
      expect(results.filter((seen) => !seen)).toHaveLength(1);
    });

    it("prunes old events", async () => {
      await t.store.dedup.seen("telegram", "old");
      advance(t, 3 * DAY);
      await t.store.dedup.seen("telegram", "new");
      expect(await t.store.dedup.pruneBefore(t.now - 2 * DAY)).toBe(1);
      expect(await t.store.dedup.seen("telegram", "old")).toBe(false);
      expect(await t.store.dedup.seen("telegram", "new")).toBe(true);
    });
  });

  describe("rate limits", () => {
    const WINDOW = 60_000;

    it("allows `limit` hits per fixed window, then says when to retry", async () => {
      const start = 10 * WINDOW + 15_000;
      const hit = (now: number) => t.store.rateLimits.hit("ask:ip1", WINDOW, 3, now);
      expect(await hit(start)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
      expect(await hit(start + 1)).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
      expect(await hit(start + 2)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
      expect(await hit(start + 5_000)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 40_000 });
      // The next window starts afresh.
      expect(await hit(11 * WINDOW)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
      // A window later than the next one too.
      expect(await hit(20 * WINDOW + 1)).toMatchObject({ allowed: true, remaining: 2 });
    });

    it("keeps keys apart and uses the store clock by default", async () => {
      expect((await t.store.rateLimits.hit("a", WINDOW, 1)).allowed).toBe(true);
      expect((await t.store.rateLimits.hit("a", WINDOW, 1)).allowed).toBe(false);
      expect((await t.store.rateLimits.hit("b", WINDOW, 1)).allowed).toBe(true);
      expect((await t.store.rateLimits.hit("zero", WINDOW, 0)).allowed).toBe(false);
      await expect(t.store.rateLimits.hit("c", 0, 1)).rejects.toThrow(RangeError);
    });

    it("counts concurrent hits exactly", async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => t.store.rateLimits.hit("burst", WINDOW, 4, 5)));
      expect(results.filter((r) => r.allowed)).toHaveLength(4);
      expect(results.map((r) => r.remaining).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    });

    it("prunes finished windows", async () => {
      await t.store.rateLimits.hit("p", WINDOW, 5, 0);
      await t.store.rateLimits.hit("q", WINDOW, 5, 2 * WINDOW);
      expect(await t.store.rateLimits.pruneExpired(WINDOW)).toBe(1);
      expect(await t.store.rateLimits.hit("q", WINDOW, 5, 2 * WINDOW)).toMatchObject({ remaining: 3 });
    });
  });
}

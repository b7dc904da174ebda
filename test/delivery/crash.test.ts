// kill -9 in the middle of a broadcast, restart, count copies per person.
import { describe, expect, it } from "vitest";
import { crashScenario } from "./crash.js";

describe("dispatcher crash (kill -9) and restart", () => {
  it("with idempotency keys: every subscriber gets exactly one copy", async () => {
    const r = await crashScenario({ subscribers: 2000, killAfter: 700, rate: 1000, sendKeys: true });
    expect(r.deliveredBeforeKill).toBe(700);
    expect(r.losses).toBe(0);
    expect(r.duplicates).toBe(0);
    expect(r.sentRows).toBe(2000);
    // The restart found rows in doubt and the fake dropped the repeats by key.
    expect(r.recoveredInDoubt).toBeGreaterThan(0);
    expect(r.deduplicatedByKey).toBeLessThanOrEqual(r.recoveredInDoubt);
  }, 60_000);

  it("without keys (Telegram has none): no losses, duplicates only within the in-doubt window", async () => {
    const r = await crashScenario({ subscribers: 2000, killAfter: 700, rate: 1000, sendKeys: false });
    expect(r.losses).toBe(0);
    expect(r.sentRows).toBe(2000);
    expect(r.duplicates).toBeLessThanOrEqual(r.recoveredInDoubt);
    // claim batch (50) + sends in flight (16) + at most one unwritten flush (200)
    expect(r.recoveredInDoubt).toBeLessThanOrEqual(266);
    console.log("crash without keys:", JSON.stringify(r));
  }, 60_000);
});

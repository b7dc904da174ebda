// The dispatcher against a rate-limited fake platform over real HTTP, on an
// in-memory SQLite store: exactly one copy each, limits respected or 429s
// honoured, blocked people deactivated, 5xx retried, WhatsApp window skips.
import { afterEach, describe, expect, it } from "vitest";
import { simulatedClock } from "../../src/delivery/clock.js";
import { createDispatcher } from "../../src/delivery/dispatcher.js";
import { deliveryProgress } from "../../src/delivery/publish.js";
import { limitedApiSender, startLimitedApi, type LimitedApi } from "../fakes/limited-api.js";
import { makeTestDeps } from "../helpers/deps.js";
import { publishTo, seedSubscribers } from "./seed.js";

const fakes: LimitedApi[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function fake(o: Parameters<typeof startLimitedApi>[0]) {
  const f = await startLimitedApi(o);
  fakes.push(f);
  return f;
}

const fast = { backoffBaseMs: 5, backoffCapMs: 50, idlePollMs: 20 };

describe("dispatcher", () => {
  it("delivers exactly one copy to everyone within the limit, deactivates blocked chats and retries 5xx", async () => {
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 300);
    const api = await fake({ ratePerSec: 200, burst: 120, blocked: ["chat-7", "chat-8", "chat-9"], flaky: { "chat-20": 2, "chat-21": 1 } });
    deps.senders.telegram = limitedApiSender("telegram", api.url);
    const id = await publishTo(deps);
    const d = createDispatcher(deps, { ...fast, limits: { telegram: { ratePerSec: 200, burst: 20, maxInFlight: 8, windowPerSec: 0 } } });
    const stats = await d.runUntilIdle();

    expect(api.stats.tooMany).toBe(0);
    expect(api.deliveries.size).toBe(297);
    expect([...api.deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(api.deliveries.get("chat-20")).toBe(1);
    expect(api.stats.serverErrors).toBe(3);
    expect(stats).toMatchObject({ sent: 297, blocked: 3, retried: 3, failed: 0 });
    expect(await deliveryProgress(deps, id)).toEqual({ total: 300, sent: 297, failed: 0, blocked: 3, skipped: 0, left: 0 });
    expect((await deps.store.subscriptions.get("telegram", "telegram-chat-ref-7"))?.active).toBe(false);
    expect((await deps.store.subscriptions.get("telegram", "telegram-chat-ref-10"))?.active).toBe(true);
    // Nothing is sent again by a second run.
    await createDispatcher(deps, fast).runUntilIdle();
    expect(api.stats.delivered).toBe(297);
  });

  it("honours 429 retry_after from a platform stricter than the configured rate, still exactly once", async () => {
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 150);
    const api = await fake({ ratePerSec: 100, burst: 5 });
    deps.senders.telegram = limitedApiSender("telegram", api.url);
    const id = await publishTo(deps);
    const stats = await createDispatcher(deps, { ...fast, limits: { telegram: { ratePerSec: 1000, burst: 50, maxInFlight: 16, windowPerSec: 0 } } }).runUntilIdle();
    expect(api.stats.tooMany).toBeGreaterThan(0);
    expect(stats.rateLimited).toBe(api.stats.tooMany);
    expect(api.deliveries.size).toBe(150);
    expect([...api.deliveries.values()].every((n) => n === 1)).toBe(true);
    expect((await deliveryProgress(deps, id)).sent).toBe(150);
  });

  it("at Telegram's defaults never sends more than 30 in any sliding second, and keeps close to 30/s (simulated clock)", async () => {
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 300);
    const clock = simulatedClock(0);
    const times: number[] = [];
    deps.senders.telegram = { channel: "telegram", async send() { times.push(clock.now()); return { ok: true }; } };
    await publishTo(deps);
    await createDispatcher(deps, { clock }).runUntilIdle();
    expect(times).toHaveLength(300);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    expect(times.at(-1)! - times[0]!).toBeLessThan(10_500);
  });

  it("keeps the per-chat gap between two updates to the same chat", async () => {
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 5);
    const api = await fake({ ratePerSec: 1000, burst: 100, perChatIntervalMs: 100 });
    deps.senders.telegram = limitedApiSender("telegram", api.url);
    await publishTo(deps, "První");
    await publishTo(deps, "Druhá");
    await createDispatcher(deps, { ...fast, limits: { telegram: { ratePerSec: 1000, burst: 100, perAddressIntervalMs: 300, windowPerSec: 0 } } }).runUntilIdle();
    expect(api.stats.tooMany).toBe(0);
    expect([...api.deliveries.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it("skips WhatsApp people outside the window, gives up after the attempt limit, and skips the unsubscribed", async () => {
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 10, "whatsapp", "420777");
    const api = await fake({ ratePerSec: 1000, burst: 100, outsideWindow: ["4207772", "4207773"], flaky: { "4207774": 99 } });
    deps.senders.whatsapp = limitedApiSender("whatsapp", api.url);
    const id = await publishTo(deps);
    await deps.store.subscriptions.unsubscribe("whatsapp", "whatsapp-420777ref-5");
    const stats = await createDispatcher(deps, { ...fast, maxAttempts: 3 }).runUntilIdle();
    expect(stats).toMatchObject({ sent: 6, skipped: 3, failed: 1, retried: 2 });
    expect(await deliveryProgress(deps, id)).toEqual({ total: 10, sent: 6, failed: 1, blocked: 0, skipped: 3, left: 0 });
    expect(api.deliveries.has("4207775")).toBe(false);
    const failed = await deps.store.driver.first<{ attempts: number; last_error: string }>("SELECT attempts, last_error FROM outbox WHERE status = 'failed'");
    expect(failed).toEqual({ attempts: 3, last_error: "status:502" });
  });

  it("posts to the Discord announce channel once", async () => {
    const deps = await makeTestDeps({ env: { DISCORD_ANNOUNCE_CHANNEL_ID: "998877" } });
    await seedSubscribers(deps.store, 2, "discord", "dm-");
    const api = await fake({ ratePerSec: 50, burst: 50 });
    deps.senders.discord = limitedApiSender("discord", api.url);
    await publishTo(deps);
    await createDispatcher(deps, fast).runUntilIdle();
    expect(Object.fromEntries(api.deliveries)).toEqual({ "dm-1": 1, "dm-2": 1, "998877": 1 });
  });
});

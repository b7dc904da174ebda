// The dispatcher through the real Telegram sender (src/channels/telegram) to
// the fake Bot API with Telegram's rates enforced (sliding one-second windows:
// 30 overall, 1 per chat; 429 + retry_after when exceeded).
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramSender } from "../../src/channels/telegram/sender.js";
import { createDispatcher } from "../../src/delivery/dispatcher.js";
import { deliveryProgress } from "../../src/delivery/publish.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-api.js";
import { makeTestDeps } from "../helpers/deps.js";
import { publishTo, seedSubscribers } from "./seed.js";

const TOKEN = "123456:delivery-test";
let tg: FakeTelegram | null = null;
afterEach(async () => {
  await tg?.close();
  tg = null;
});

function perChat(fake: FakeTelegram): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of fake.sent()) counts.set(String(m.chat_id), (counts.get(String(m.chat_id)) ?? 0) + 1);
  return counts;
}

describe("dispatcher → Telegram sender → fake Bot API with Telegram's limits", () => {
  it("sends each of 45 subscribers exactly one copy at the default limits, blocked chats deactivated", async () => {
    tg = await startFakeTelegram({ token: TOKEN, rate: { overall: 30, perChat: 1 } });
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 45, "telegram", "");
    tg.blockChat("3");
    deps.senders.telegram = createTelegramSender({ token: TOKEN, apiRoot: tg.apiRoot }, deps);
    const id = await publishTo(deps);
    const stats = await createDispatcher(deps, { idlePollMs: 20 }).runUntilIdle();
    const counts = perChat(tg);
    expect(counts.size).toBe(44);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await deliveryProgress(deps, id)).toMatchObject({ total: 45, sent: 44, blocked: 1, left: 0 });
    expect((await deps.store.subscriptions.get("telegram", "telegram-ref-3"))?.active).toBe(false);
    // Every 429 (if the network bunched requests) was honoured and retried.
    expect(stats.rateLimited).toBe(tg.calls.filter((c) => c.status === 429).length);
  }, 30_000);

  it("delivers a second update to the same chats (1 per chat per second) and retries a 5xx", async () => {
    tg = await startFakeTelegram({ token: TOKEN, rate: { overall: 30, perChat: 1 } });
    const deps = await makeTestDeps();
    await seedSubscribers(deps.store, 4, "telegram", "");
    deps.senders.telegram = createTelegramSender({ token: TOKEN, apiRoot: tg.apiRoot }, deps);
    tg.failNext("sendMessage", { status: 502 }, 1);
    await publishTo(deps, "První");
    await publishTo(deps, "Druhá");
    const stats = await createDispatcher(deps, { idlePollMs: 20, backoffBaseMs: 10 }).runUntilIdle();
    expect([...perChat(tg).values()]).toEqual([2, 2, 2, 2]);
    expect(stats.retried).toBe(1);
    // Nothing was left waiting: the 1 s gap was waited out, not given up on.
    expect(stats.failed).toBe(0);
  }, 30_000);
});

import { afterEach, describe, expect, it } from "vitest";
import { startTelegramPolling, type Polling } from "../../src/channels/telegram/index.js";
import type { AppDeps } from "../../src/deps.js";
import { makeTestDeps } from "../helpers/deps.js";
import { startFakeTelegram, tgUpdate, type FakeTelegram } from "../fakes/telegram-api.js";

const TOKEN = "99:polling";

describe("Telegram long polling (no PUBLIC_URL)", () => {
  let tg: FakeTelegram | undefined;
  let deps: AppDeps | undefined;
  let polling: Polling | undefined;
  afterEach(async () => {
    await polling?.stop();
    await deps?.store.close();
    await tg?.close();
  });

  it("removes the webhook, fetches updates and answers through the same bot", async () => {
    tg = await startFakeTelegram({ token: TOKEN, maxPollMs: 200 });
    deps = await makeTestDeps({ env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot } });
    polling = startTelegramPolling(deps);
    await polling.started;
    expect(tg.callsTo("deleteWebhook")).toHaveLength(1);
    tg.pushUpdate(tgUpdate.text(6060, "kdy se zavre ubytovna?"));
    const call = await tg.waitFor((c) => c.method === "sendMessage" && String(c.params.chat_id) === "6060", 5000);
    expect(String(call.params.text)).toMatch(/^<b>/);
    expect(String(call.params.text)).toMatch(/Ověřeno/);
  });
});

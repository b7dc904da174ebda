import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramSender, createTelegramStaffNotifier } from "../../src/channels/telegram/index.js";
import { renderMessage } from "../../src/channels/telegram/render.js";
import type { AppDeps } from "../../src/deps.js";
import { submitQuestion } from "../../src/relay/questions.js";
import { makeTestDeps } from "../helpers/deps.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-api.js";

const TOKEN = "42:sender-test";

describe("Telegram sender and staff notifier", () => {
  let tg: FakeTelegram;
  let deps: AppDeps;
  beforeEach(async () => {
    tg = await startFakeTelegram({ token: TOKEN });
    deps = await makeTestDeps();
  });
  afterEach(async () => {
    await deps.store.close();
    await tg.close();
  });
  const api = () => ({ token: TOKEN, apiRoot: tg.apiRoot });

  it("sends HTML with escaping and an inline keyboard", async () => {
    const sender = createTelegramSender(api(), deps);
    const r = await sender.send("4242", { title: "A & B", text: "x < y, see [web](https://example.org/?a=1&b=2)", note: "pozn.", buttons: [{ kind: "action", label: "Menu", action: "menu" }] }, { purpose: "update" });
    expect(r).toEqual({ ok: true, messageId: "1" });
    const [m] = tg.sent(4242);
    expect(m!.text).toBe('<b>A &amp; B</b>\n\nx &lt; y, see <a href="https://example.org/?a=1&amp;b=2">web</a>\n\n<i>pozn.</i>');
    expect(m!.parse_mode).toBe("HTML");
    expect(m!.reply_markup).toEqual({ inline_keyboard: [[{ text: "Menu", callback_data: "menu" }]] });
  });

  it("maps 429 to rate_limited with retry_after, 5xx to a retryable failure", async () => {
    const sender = createTelegramSender(api(), deps);
    tg.failNext("sendMessage", { status: 429, retryAfter: 7 });
    expect(await sender.send("1", { text: "hi" }, { purpose: "update" })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 7000 });
    tg.failNext("sendMessage", { status: 502 });
    expect(await sender.send("1", { text: "hi" }, { purpose: "update" })).toMatchObject({ ok: false, reason: "failed", retryable: true, status: 502 });
    expect(await sender.send("1", { text: "hi" }, { purpose: "update" })).toMatchObject({ ok: true });
  });

  it("a 403 (blocked) marks the subscriber inactive", async () => {
    const ref = "tg_00000000000000000000000000000001";
    await deps.store.subscriptions.subscribe({ channel: "telegram", userRef: ref, address: "777", audience: "residents", lang: "cs" });
    tg.blockChat(777);
    const r = await createTelegramSender(api(), deps).send("777", { text: "news" }, { purpose: "update" });
    expect(r).toEqual({ ok: false, reason: "blocked" });
    expect((await deps.store.subscriptions.get("telegram", ref))?.active).toBe(false);
  });

  it("splits long texts below the limit, in order, buttons on the last part", async () => {
    const para = "Slovo ".repeat(150).trim();
    const text = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${para}`).join("\n\n");
    const r = await createTelegramSender(api(), deps).send("5", { title: "T", text, buttons: [{ kind: "action", label: "Menu", action: "menu" }] }, { purpose: "reply" });
    expect(r.ok).toBe(true);
    const sent = tg.sent(5);
    expect(sent.length).toBeGreaterThan(1);
    for (const m of sent) expect(String(m.text).length).toBeLessThanOrEqual(4096);
    expect(sent.map((m) => String(m.text)).join("")).toContain("12. Slovo");
    expect(sent.at(-1)!.reply_markup).toBeDefined();
    expect(sent[0]!.reply_markup).toBeUndefined();
    expect(renderMessage({ text: "" })[0]!.text).toBe("…");
  });

  it("posts a new question to the staff chat without identity and remembers the message", async () => {
    deps.staffNotifiers.push(createTelegramStaffNotifier(api(), "-100200", deps));
    tg.failNext("sendMessage", { status: 429, retryAfter: 1 }); // the group's rate: waited out once
    const { question } = await submitQuestion(deps, {
      channel: "telegram", lang: "uk", audience: "neighbours", theme: "bydlení",
      text: "Mé číslo je 603 111 222, jmenuji se Petr Novák. Kdy začne stěhování?", replyTo: { channel: "telegram", address: "31337" },
    });
    const [m] = tg.sent(-100200);
    expect(m!.text).toMatch(/soused/);
    expect(m!.text).toMatch(/uk/);
    expect(m!.text).not.toMatch(/603|31337/);
    expect(JSON.stringify(m!.reply_markup)).toContain(`sq:faq:${question.id}`);
    expect(await deps.store.staffMessages.questionFor({ channel: "telegram", chatId: "-100200", messageId: 1 })).toBe(question.id);
  });
});

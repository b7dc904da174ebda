// WhatsApp end to end through real HTTP to a fake Graph API: the handshake,
// signatures, the conversation core, rendering, statuses, the 24-hour window.
import { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { backgroundFor } from "../../src/channels/whatsapp/background.js";
import { mergeBodies, renderMessage } from "../../src/channels/whatsapp/render.js";
import { createWhatsAppSender } from "../../src/channels/whatsapp/sender.js";
import { signHubBody } from "../../src/channels/whatsapp/signature.js";
import { whatsappWebhook } from "../../src/channels/whatsapp/webhook.js";
import { createConversation } from "../../src/conversation/index.js";
import type { AppDeps } from "../../src/deps.js";
import { makeTestDeps, type TestClock } from "../helpers/deps.js";
import { startFakeGraphApi, waPayload, type FakeGraphApi } from "../fakes/whatsapp-api.js";

const APP_SECRET = "wa-app-secret";
const PHONE = "420777123456";
const HOUR = 3_600_000;

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi();
});
afterAll(() => graph.close());

function waEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    WHATSAPP_TOKEN: "test-wa-token", WHATSAPP_PHONE_NUMBER_ID: "PHONE_ID", WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: "verify-me", WHATSAPP_API_ROOT: graph.root, WHATSAPP_UPDATE_TEMPLATE: "hlasatel_update", ...extra,
  };
}

describe("WhatsApp webhook", () => {
  let deps: AppDeps & { clock: TestClock };
  let app: Hono;

  beforeEach(async () => {
    graph.reset();
    deps = await makeTestDeps({ env: waEnv() });
    app = new Hono().route("/webhooks/whatsapp", whatsappWebhook(deps, { conversation: createConversation(deps) }));
  });
  afterEach(() => deps.store.close());

  async function post(payload: unknown, sign: { secret?: string; header?: string | null; tamper?: boolean } = {}) {
    const body = JSON.stringify(payload);
    const header = sign.header !== undefined ? sign.header : await signHubBody(sign.secret ?? APP_SECRET, body);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (header !== null) headers["x-hub-signature-256"] = header;
    const res = await app.request("/webhooks/whatsapp", { method: "POST", headers, body: sign.tamper ? body.replace("Kdy", "Kde") : body });
    await backgroundFor(deps).idle();
    return res;
  }

  it("answers Meta's verification handshake only with the right token", async () => {
    const ok = await app.request("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect((await app.request("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")).status).toBe(403);
    expect((await app.request("/webhooks/whatsapp?hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1")).status).toBe(403);
    expect((await app.request("/webhooks/whatsapp")).status).toBe(403);
  });

  it("refuses forged signatures before reading the body, and acts on none of them", async () => {
    const payload = waPayload.text(PHONE, "wamid.IN1", "Kdy se budeme stěhovat?");
    expect((await post(payload, { header: null })).status).toBe(401);
    expect((await post(payload, { secret: "someone-else" })).status).toBe(401);
    expect((await post(payload, { tamper: true })).status).toBe(401);
    expect((await post(payload, { header: "sha256=zz" })).status).toBe(401);
    expect((await post(payload, { header: "sha1=0000" })).status).toBe(401);
    const bad = await app.request("/webhooks/whatsapp", { method: "POST", headers: { "x-hub-signature-256": "sha256=00" }, body: "{not json" });
    expect(bad.status).toBe(401);
    expect(graph.messages()).toHaveLength(0);
    expect(await deps.store.dedup.seen("whatsapp", "wamid.IN1")).toBe(false);
  });

  it("answers a question through the core and handles each message id once", async () => {
    const payload = waPayload.text(PHONE, "wamid.IN2", "Kdy se budeme stěhovat?");
    const res = await post(payload);
    expect(res.status).toBe(200);
    const first = graph.messages();
    expect(first.length).toBeGreaterThan(0);
    for (const call of first) {
      expect(call.path).toBe("/v21.0/PHONE_ID/messages");
      expect(call.authorization).toBe("Bearer test-wa-token");
      expect(call.body).toMatchObject({ messaging_product: "whatsapp", to: PHONE });
    }
    // Meta retries: the same message id again changes nothing.
    expect((await post(payload)).status).toBe(200);
    expect(graph.messages()).toHaveLength(first.length);
    // Every message we sent is counted for delivery statistics.
    expect((await deps.store.whatsappStatuses.counts()).sent).toBe(first.length);
  });

  it("takes reply buttons and list rows as actions and renders lists within Meta's limits", async () => {
    await post(waPayload.listReply(PHONE, "wamid.IN3", "faq"));
    const list = graph.messages().map((c) => c.body).find((b) => b.type === "interactive");
    expect(list.interactive.type).toBe("list");
    const rows = list.interactive.action.sections.flatMap((s: { rows: unknown[] }) => s.rows);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThanOrEqual(10);
    for (const r of rows) {
      expect(Array.from(r.title as string).length).toBeLessThanOrEqual(24);
      expect(Array.from((r.description ?? "") as string).length).toBeLessThanOrEqual(72);
    }
    const entry = rows.find((r: { id: string }) => r.id.startsWith("e:"));
    graph.reset();
    await post(waPayload.buttonReply(PHONE, "wamid.IN4", entry.id));
    const shown = graph.messages().map((c) => c.body);
    expect(JSON.stringify(shown)).toContain("fb:1:");
  });

  it("answers pictures, voice and stickers politely, asking for text", async () => {
    await post(waPayload.image(PHONE, "wamid.IN5"));
    const texts = graph.messages().map((c) => JSON.stringify(c.body));
    expect(texts.join(" ")).toContain("Rozumím jen textu");
    graph.reset();
    await post(waPayload.envelope({ messages: [{ from: PHONE, id: "wamid.IN5r", timestamp: "1763802000", type: "reaction", reaction: { message_id: "wamid.OUT1", emoji: "👍" } }] }));
    expect(graph.messages()).toHaveLength(0);
  });

  it("records delivery statuses for statistics", async () => {
    await post(waPayload.status("wamid.OUT1", "sent"));
    await post(waPayload.status("wamid.OUT1", "delivered"));
    await post(waPayload.status("wamid.OUT2", "read"));
    await post(waPayload.status("wamid.OUT3", "failed", PHONE, 131047));
    expect(await deps.store.whatsappStatuses.counts()).toEqual({ sent: 0, delivered: 1, read: 1, failed: 1 });
    expect(await deps.store.whatsappStatuses.get("wamid.OUT3")).toEqual({ status: "failed", errorCode: 131047 });
    expect(graph.messages()).toHaveLength(0);
  });

  describe("the 24-hour customer-service window", () => {
    it("sends free text inside it, only the update template outside it, nothing else", async () => {
      const sender = createWhatsAppSender(deps)!;
      await post(waPayload.text(PHONE, "wamid.IN6", "/start"));
      await post(waPayload.text(PHONE, "wamid.IN6b", "/menu")); // nothing is stored before the consent note was seen
      graph.reset();

      expect(await sender.send(PHONE, { text: "Odpověď garanta." }, { purpose: "reply", lang: "cs" })).toMatchObject({ ok: true, messageId: expect.stringMatching(/^wamid\./) });
      expect(graph.messages()[0]!.body).toMatchObject({ type: "text", text: { body: "Odpověď garanta." } });

      deps.clock.advance(25 * HOUR);
      graph.reset();
      expect(await sender.send(PHONE, { text: "Odpověď garanta." }, { purpose: "reply", lang: "cs" })).toEqual({ ok: false, reason: "outside_window" });
      expect(graph.messages()).toHaveLength(0);

      const update = await sender.send(PHONE, { title: "Schůzka v Drahomíře 3. 12.", text: "Podrobnosti…" }, { purpose: "update", lang: "uk" });
      expect(update.ok).toBe(true);
      expect(graph.messages()[0]!.body).toEqual({
        messaging_product: "whatsapp", recipient_type: "individual", to: PHONE, type: "template",
        template: { name: "hlasatel_update", language: { code: "uk" }, components: [{ type: "body", parameters: [{ type: "text", text: "Schůzka v Drahomíře 3. 12." }] }] },
      });

      // Not approved in Ukrainian (132001): the Czech template goes instead.
      graph.reset();
      graph.failNext({ status: 404, code: 132001 });
      expect((await sender.send(PHONE, { title: "Schůzka", text: "…" }, { purpose: "update", lang: "uk" })).ok).toBe(true);
      expect(graph.messages().map((c) => c.body.template.language.code)).toEqual(["uk", "cs"]);

      // A new message from the person opens the window again.
      await post(waPayload.text(PHONE, "wamid.IN7", "díky"));
      graph.reset();
      expect((await sender.send(PHONE, { text: "Další odpověď." }, { purpose: "reply" })).ok).toBe(true);
      expect(graph.messages()[0]!.body.type).toBe("text");
    });

    it("without an approved template, updates outside the window are not sent", async () => {
      const noTemplate = await makeTestDeps({ env: waEnv({ WHATSAPP_UPDATE_TEMPLATE: "" }) });
      const sender = createWhatsAppSender(noTemplate)!;
      expect(await sender.send(PHONE, { title: "Novinka", text: "…" }, { purpose: "update" })).toEqual({ ok: false, reason: "outside_window" });
      expect(graph.messages()).toHaveLength(0);
      await noTemplate.store.close();
    });

    it("maps Meta's errors: rate limits, re-engagement, blocked, server errors", async () => {
      const sender = createWhatsAppSender(deps)!;
      await post(waPayload.text(PHONE, "wamid.IN8", "/start"));
      await post(waPayload.text(PHONE, "wamid.IN8b", "/menu")); // nothing is stored before the consent note was seen
      const msg = { text: "x" };
      graph.failNext({ status: 429, code: 130429, retryAfterSeconds: 3 });
      expect(await sender.send(PHONE, msg, { purpose: "reply" })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 3000 });
      graph.failNext({ status: 400, code: 131056 });
      expect(await sender.send(PHONE, msg, { purpose: "reply" })).toMatchObject({ ok: false, reason: "rate_limited" });
      graph.failNext({ status: 400, code: 131047 });
      expect(await sender.send(PHONE, msg, { purpose: "reply" })).toEqual({ ok: false, reason: "outside_window" });
      graph.failNext({ status: 400, code: 131026 });
      expect(await sender.send(PHONE, msg, { purpose: "reply" })).toEqual({ ok: false, reason: "blocked" });
      graph.failNext({ status: 500, code: 1 });
      expect(await sender.send(PHONE, msg, { purpose: "reply" })).toEqual({ ok: false, reason: "failed", retryable: true, status: 500 });
    });
  });
});

describe("WhatsApp rendering", () => {
  const opts = { listButton: "Vybrat", moreOptions: "Další možnosti:" };
  const act = (n: number, label = "Možnost") => Array.from({ length: n }, (_, i) => ({ kind: "action" as const, label: `${label} ${i + 1}`, action: `a:${i}` }));

  it("chooses text, reply buttons or a list by the number of buttons", () => {
    expect(renderMessage({ title: "Nadpis", text: "Text [web](https://example.cz).", note: "Ověřeno" }, opts)).toEqual([
      { type: "text", text: { body: "*Nadpis*\n\nText web: https://example.cz.\n\n_Ověřeno_", preview_url: false } },
    ]);
    const three = renderMessage({ text: "Vyberte", buttons: act(3, "Velmi dlouhý popisek tlačítka") }, opts);
    expect(three[0]).toMatchObject({ type: "interactive", interactive: { type: "button" } });
    const buttons = (three[0] as any).interactive.action.buttons;
    expect(buttons).toHaveLength(3);
    for (const b of buttons) expect(Array.from(b.reply.title as string).length).toBeLessThanOrEqual(20);
    const list = renderMessage({ text: "Vyberte", buttons: act(10) }, opts);
    expect(list).toHaveLength(1);
    expect((list[0] as any).interactive.type).toBe("list");
    expect((list[0] as any).interactive.action.button).toBe("Vybrat");
    expect((list[0] as any).interactive.action.sections[0].rows).toHaveLength(10);
    // A page of 8 entries + previous/next/menu: nothing is lost, the way on becomes reply buttons.
    const page = renderMessage({ text: "Vyberte", buttons: act(11) }, opts);
    expect((page[0] as any).interactive.action.sections[0].rows.map((r: any) => r.id)).toEqual(["a:0", "a:1", "a:2", "a:3", "a:4", "a:5", "a:6", "a:7"]);
    expect(page[1]).toMatchObject({ type: "interactive", interactive: { type: "button", body: { text: "Další možnosti:" } } });
    expect((page[1] as any).interactive.action.buttons.map((b: any) => b.reply.id)).toEqual(["a:8", "a:9", "a:10"]);
  });

  it("joins consecutive short messages into one (one notification, one API call)", () => {
    const bodies = [
      ...renderMessage({ text: "Vítejte." }, opts),
      ...renderMessage({ title: "Odpověď", text: "Text." }, opts),
      ...renderMessage({ text: "Pošlu to?", buttons: act(2) }, opts),
    ];
    expect(mergeBodies(bodies)).toEqual([{
      type: "interactive",
      interactive: expect.objectContaining({ type: "button", body: { text: "Vítejte.\n\n*Odpověď*\n\nText.\n\nPošlu to?" } }),
    }]);
    const long = "x".repeat(1020);
    expect(mergeBodies([...renderMessage({ text: long }, opts), ...renderMessage({ text: "Ano?", buttons: act(2) }, opts)])).toHaveLength(2);
  });

  it("splits long text at 4,096 characters and keeps link buttons as lines", () => {
    const para = "Slovo ".repeat(150).trim();
    const long = Array.from({ length: 12 }, () => para).join("\n\n");
    const bodies = renderMessage({ text: long, buttons: [{ kind: "url", label: "Web", url: "https://example.cz" }] }, opts);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect((b as any).text.body.length).toBeLessThanOrEqual(4096);
    expect((bodies.at(-1) as any).text.body).toContain("Web: https://example.cz");
    const withButtons = renderMessage({ text: long, buttons: act(2) }, opts);
    expect((withButtons.at(-1) as any).interactive.body.text.length).toBeLessThanOrEqual(1024);
  });
});

describe("mounting in createApp", () => {
  it("serves /webhooks/whatsapp and /webhooks/discord only when configured", async () => {
    const { createApp } = await import("../../src/app.js");
    const off = await makeTestDeps();
    const offApp = createApp(off);
    expect((await offApp.request("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=7")).status).toBe(404);
    expect((await offApp.request("/webhooks/discord", { method: "POST", body: "{}" })).status).toBe(404);
    await off.store.close();

    const on = await makeTestDeps({ env: { ...waEnv(), DISCORD_PUBLIC_KEY: "ab".repeat(32) } });
    const onApp = createApp(on);
    const hs = await onApp.request("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=7");
    expect(await hs.text()).toBe("7");
    expect((await onApp.request("/webhooks/whatsapp", { method: "POST", body: "{}" })).status).toBe(401);
    expect((await onApp.request("/webhooks/discord", { method: "POST", body: "{}" })).status).toBe(401);
    await on.store.close();
  });
});

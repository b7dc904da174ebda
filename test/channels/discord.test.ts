// Discord HTTP interactions end to end: signed requests into the webhook,
// the conversation core, real HTTP to a fake Discord REST API.
import { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autocompleteChoices } from "../../src/channels/discord/autocomplete.js";
import { slashCommandsJson } from "../../src/channels/discord/commands.js";
import { createDiscordSender, createDiscordStaffNotifier, postAnnouncement } from "../../src/channels/discord/sender.js";
import { discordWebhook } from "../../src/channels/discord/webhook.js";
import { backgroundFor } from "../../src/channels/whatsapp/background.js";
import type { ConversationCore } from "../../src/channels/whatsapp/webhook.js";
import { createConversation } from "../../src/conversation/index.js";
import type { AppDeps } from "../../src/deps.js";
import { makeTestDeps, type TestClock } from "../helpers/deps.js";
import { discordButtons, discordText, FAKE_BOT_TOKEN, startFakeDiscordApi, type FakeDiscordApi } from "../fakes/discord-api.js";
import { discordSigner, interaction, type DiscordSigner } from "./discord-sign.js";

const STAFF_CHANNEL = "1000000000000000777";
const ANNOUNCE_CHANNEL = "1000000000000000888";
const ASKER = "1234567890123456789";
const GARANT = "2234567890123456789";

let api: FakeDiscordApi;
let signer: DiscordSigner;
beforeAll(async () => {
  api = await startFakeDiscordApi();
  signer = await discordSigner();
});
afterAll(() => api.close());

describe("Discord interactions", () => {
  let deps: AppDeps & { clock: TestClock };
  let app: Hono;

  async function setup(deferAfterMs?: number, conversation?: ConversationCore) {
    deps = await makeTestDeps({
      env: {
        DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_BOT_TOKEN: FAKE_BOT_TOKEN, DISCORD_API_ROOT: api.root,
        DISCORD_APPLICATION_ID: "1100000000000000001", DISCORD_STAFF_CHANNEL_ID: STAFF_CHANNEL, DISCORD_ANNOUNCE_CHANNEL_ID: ANNOUNCE_CHANNEL,
      },
    });
    deps.clock.now = Date.now();
    deps.senders.discord = createDiscordSender(deps)!;
    deps.staffNotifiers.push(createDiscordStaffNotifier(deps)!);
    app = new Hono().route("/webhooks/discord", discordWebhook(deps, { conversation: conversation ?? createConversation(deps), deferAfterMs }));
  }
  beforeEach(async () => {
    api.reset();
    await setup();
  });
  afterEach(() => deps.store.close());

  async function post(payload: unknown, opts: { timestamp?: string; body?: string; sig?: string | null } = {}) {
    const body = JSON.stringify(payload);
    const timestamp = opts.timestamp ?? String(Math.floor(deps.clock() / 1000));
    const headers: Record<string, string> = { "content-type": "application/json", "x-signature-timestamp": timestamp };
    const sig = opts.sig === undefined ? await signer.sign(body, timestamp) : opts.sig;
    if (sig !== null) headers["x-signature-ed25519"] = sig;
    const res = await app.request("/webhooks/discord", { method: "POST", headers, body: opts.body ?? body });
    return { status: res.status, json: res.headers.get("content-type")?.includes("json") ? ((await res.json()) as any) : null };
  }
  const command = (name: string, options?: unknown[], user = ASKER) => interaction(2, { id: "1", name, type: 1, ...(options ? { options } : {}) }, user);
  const press = (customId: string, user = ASKER) => interaction(3, { custom_id: customId, component_type: 2 }, user);
  const modal = (customId: string, inputId: string, value: string, user = ASKER) =>
    interaction(5, { custom_id: customId, components: [{ type: 1, components: [{ type: 4, custom_id: inputId, value }] }] }, user);

  it("works in a DM with the bot (user instead of member)", async () => {
    const dm = { ...command("myty"), member: undefined, guild_id: undefined, user: { id: ASKER, username: "someone" } };
    const { json } = await post(dm);
    expect(json.type).toBe(4);
    expect(discordButtons(json.data).some((b) => b.customId?.startsWith("e:rumours/"))).toBe(true);
  });

  it("answers PING with PONG", async () => {
    expect(await post({ id: "1", application_id: "1100000000000000001", type: 1, token: "t", version: 1 })).toEqual({ status: 200, json: { type: 1 } });
  });

  it("refuses forged and stale requests with 401", async () => {
    const ping = { id: "1", application_id: "1100000000000000001", type: 1, token: "t", version: 1 };
    const other = await discordSigner();
    const now = String(Math.floor(deps.clock() / 1000));
    expect((await post(ping, { sig: null })).status).toBe(401);
    expect((await post(ping, { sig: await other.sign(JSON.stringify(ping), now) })).status).toBe(401);
    expect((await post(ping, { body: JSON.stringify({ ...ping, type: 2 }) })).status).toBe(401);
    expect((await post(ping, { timestamp: String(Math.floor(deps.clock() / 1000) - 6 * 60) })).status).toBe(401);
    expect((await post(ping, { sig: "ab".repeat(10) })).status).toBe(401);
    const res = await app.request("/webhooks/discord", { method: "POST", body: JSON.stringify(ping) });
    expect(res.status).toBe(401);
  });

  it("/faq lists questions, ephemerally, with buttons", async () => {
    const { json } = await post(command("faq"));
    expect(json.type).toBe(4);
    expect(json.data.flags).toBe(64);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(discordButtons(json.data).some((b) => b.customId?.startsWith("e:"))).toBe(true);
  });

  it("autocompletes /faq from the answer engine and opens the chosen entry", async () => {
    const ac = await post(interaction(4, { id: "1", name: "faq", type: 1, options: [{ type: 3, name: "otazka", value: "kdy se budeme stehovat", focused: true }] }));
    expect(ac.json.type).toBe(8);
    const choices = ac.json.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    for (const ch of choices) {
      expect(ch.name.length).toBeLessThanOrEqual(100);
      expect(ch.value).toMatch(/^e:(faq|rumours)\//);
    }
    const opened = await post(command("faq", [{ type: 3, name: "otazka", value: choices[0]!.value }]));
    expect(discordText(opened.json.data)).toContain(choices[0]!.name);
    const fb = discordButtons(opened.json.data).find((b) => b.customId?.startsWith("fb:1:"))!;
    const thanks = await post(press(fb.customId!));
    expect(thanks.json.type).toBe(4);
    expect(await deps.store.feedback.summary()).toEqual([expect.objectContaining({ entryId: choices[0]!.value.slice(2) })]);
  });

  it("/zeptat opens a modal; the redacted preview; confirming is deferred and reaches the staff channel", async () => {
    const open = await post(command("zeptat"));
    expect(open.json).toMatchObject({ type: 9, data: { custom_id: "ask:modal" } });
    // The menu's "Zeptat se" button, with nothing asked before, opens the same modal.
    expect((await post(press("ask"))).json).toMatchObject({ type: 9, data: { custom_id: "ask:modal" } });
    const preview = await post(modal("ask:modal", "question", "Můžete mi zavolat na 777 123 456 kvůli bytu po babičce?"));
    expect(preview.json.type).toBe(4);
    const text = discordText(preview.json.data);
    expect(text).not.toContain("777 123 456");
    expect(text).toContain("[telefon]");
    const yes = discordButtons(preview.json.data).find((b) => b.customId === "ask:yes")!;
    expect(yes).toBeDefined();

    const confirm = await post(press("ask:yes"));
    expect(confirm.json).toEqual({ type: 5, data: { flags: 64 } });
    await backgroundFor(deps).idle();
    const staffPost = api.find("POST", new RegExp(`^/channels/${STAFF_CHANNEL}/messages$`))[0]!;
    expect(discordText(staffPost.body)).toContain("[telefon]");
    expect(JSON.stringify(staffPost.body)).not.toContain("777 123 456");
    expect(JSON.stringify(staffPost.body)).not.toContain(ASKER);
    expect(discordButtons(staffPost.body)[0]!.label).toBe("Odpovědět");
    const followUp = api.find("PATCH", /^\/webhooks\/1100000000000000001\/tok-\d+\/messages\/@original$/);
    expect(followUp).toHaveLength(1);
    expect(followUp[0]!.authorization).toBeUndefined();
  });

  it("only a linked garant can answer; the modal's answer reaches the asker by DM", async () => {
    await post(command("zeptat", [{ type: 3, name: "otazka", value: "Kdo zaplatí stěhování klavíru?" }]));
    await post(press("ask:yes"));
    await backgroundFor(deps).idle();
    const staffPost = api.find("POST", new RegExp(`^/channels/${STAFF_CHANNEL}/messages$`))[0]!;
    const answerId = discordButtons(staffPost.body)[0]!.customId!;
    expect(answerId).toMatch(/^staff:answer:/);
    const qid = answerId.slice("staff:answer:".length);

    // Not linked yet: no modal.
    const refused = await post(press(answerId, GARANT));
    expect(refused.json.type).toBe(4);
    expect(refused.json.data.content).toContain("/propojit");

    // An editor (press officer) may link but not answer.
    const editor = await deps.store.staff.addUser({ email: "editor@example.cz", role: "editor" });
    const editorCode = (await deps.store.staff.createLinkCode(editor.id)).code;
    await post(command("propojit", [{ type: 3, name: "kod", value: editorCode }], "4234567890123456789"));
    expect((await post(press(answerId, "4234567890123456789"))).json.data.content).toContain("garant");

    const garant = await deps.store.staff.addUser({ email: "garant@example.cz", role: "garant" });
    const { code } = await deps.store.staff.createLinkCode(garant.id);
    expect((await post(command("propojit", [{ type: 3, name: "kod", value: "wrong" }], GARANT))).json.data.content).toContain("Kód neplatí");
    expect((await post(command("propojit", [{ type: 3, name: "kod", value: code }], GARANT))).json.data.content).toContain("garant@example.cz");

    const open = await post(press(answerId, GARANT));
    expect(open.json).toMatchObject({ type: 9, data: { custom_id: `staff:modal:${qid}` } });
    const submitted = await post(modal(`staff:modal:${qid}`, "answer", "Stěhování hradí město, včetně klavíru.", GARANT));
    expect(submitted.json.type).toBe(5);
    await backgroundFor(deps).idle();

    const dm = api.find("POST", /^\/users\/@me\/channels$/);
    expect(dm[0]!.body).toEqual({ recipient_id: ASKER });
    const delivered = api.find("POST", /^\/channels\/9\d+\/messages$/);
    expect(discordText(delivered[0]!.body)).toContain("Stěhování hradí město");
    expect(delivered[0]!.body.flags).toBeUndefined();
    expect((await deps.store.questions.get(qid))?.status).toBe("answered");
    expect(api.find("PATCH", new RegExp(`^/channels/${STAFF_CHANNEL}/messages/\\d+$`))).toHaveLength(1);
    const original = api.find("PATCH", /@original$/).at(-1)!;
    expect(original.body.content).toContain("Odpověď odešla");
  });

  it("defers whatever is not ready within the budget, then edits the original response", async () => {
    await deps.store.close();
    const slow = { handle: async () => { await new Promise((r) => setTimeout(r, 80)); return [{ text: "Pomalá odpověď" }]; } };
    await setup(10, slow);
    const res = await post(command("timeline"));
    expect(res.json.type).toBe(5);
    await backgroundFor(deps).idle();
    expect(discordText(api.find("PATCH", /@original$/)[0]!.body)).toContain("Pomalá odpověď");
  });

  it("DM sender and announcements: rate limits and blocked users", async () => {
    const sender = deps.senders.discord!;
    expect(await sender.send(ASKER, { text: "Ahoj" }, { purpose: "reply" })).toMatchObject({ ok: true });
    api.failNext({ status: 429, retryAfter: 1.5 });
    expect(await sender.send(ASKER, { text: "Ahoj" }, { purpose: "reply" })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 1500 });
    // The bucket is empty for 1.5 s: no request is spent meanwhile.
    const before = api.calls.length;
    expect(await sender.send(ASKER, { text: "Ahoj" }, { purpose: "reply" })).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(api.calls.length).toBe(before);
    deps.clock.advance(2000);
    api.failNext({ status: 403, code: 50007 });
    expect(await sender.send(ASKER, { text: "Ahoj" }, { purpose: "reply" })).toEqual({ ok: false, reason: "blocked" });
    expect(await postAnnouncement(deps, { title: "Novinka", text: "Setkání 3. 12." })).toMatchObject({ ok: true });
    const posted = api.find("POST", new RegExp(`^/channels/${ANNOUNCE_CHANNEL}/messages$`))[0]!;
    expect(discordText(posted.body)).toContain("Setkání 3. 12.");
    // The dispatcher reaches the announcement channel through the sender, with a nonce against duplicates.
    api.reset();
    expect(await sender.send(ANNOUNCE_CHANNEL, { title: "Novinka", text: "Druhá" }, { purpose: "update", idempotencyKey: "outbox-42" })).toMatchObject({ ok: true });
    expect(api.find("POST", /^\/users\/@me\/channels$/)).toHaveLength(0);
    expect(api.find("POST", new RegExp(`^/channels/${ANNOUNCE_CHANNEL}/messages$`))[0]!.body).toMatchObject({ nonce: "outbox-42", enforce_nonce: true });
  });

  it("registers Czech commands with English and Ukrainian names", () => {
    const cmds = slashCommandsJson(deps.i18n) as any[];
    expect(cmds.map((c) => c.name)).toEqual(expect.arrayContaining(["faq", "zeptat", "myty", "timeline", "kontakty", "setkani"]));
    for (const c of cmds) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.name_localizations.uk).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description_localizations["en-US"].length).toBeGreaterThan(0);
    }
    expect(cmds.find((c) => c.name === "faq").options[0]).toMatchObject({ name: "otazka", autocomplete: true });
    expect(autocompleteChoices(deps, "", "cs").length).toBeGreaterThan(0);
  });
});

describe("hlasatel discord register", () => {
  it("puts the commands with @discordjs/rest against DISCORD_API_ROOT", async () => {
    api.reset();
    const { PassThrough } = await import("node:stream");
    const { main } = await import("../../src/cli/main.js");
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let text = "";
    stdout.on("data", (d) => (text += String(d)));
    const env = { DISCORD_BOT_TOKEN: FAKE_BOT_TOKEN, DISCORD_APPLICATION_ID: "1100000000000000001", DISCORD_API_ROOT: api.root };
    const code = await main(["discord", "register"], { stdin: new PassThrough(), stdout, stderr, env, cwd: process.cwd(), packageRoot: process.cwd() });
    expect(code).toBe(0);
    const put = api.find("PUT", /^\/applications\/1100000000000000001\/commands$/);
    expect(put).toHaveLength(1);
    expect(put[0]!.authorization).toBe(`Bot ${FAKE_BOT_TOKEN}`);
    expect(put[0]!.body.map((c: { name: string }) => c.name)).toContain("zeptat");
    expect(text).toContain("/faq");
    const missing = await main(["discord", "register"], { stdin: new PassThrough(), stdout, stderr, env: {}, cwd: process.cwd(), packageRoot: process.cwd() });
    expect(missing).toBe(2);
  });
});

// The scripted dialogue (dialogue.case.ts) on Telegram, WhatsApp and Discord,
// each through its webhook in createApp and real HTTP to its fake platform API.
// All three call their fakes through the Node entry's node:http client here;
// their own test files go through fetch (the Workers path).
import type { Hono } from "hono";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/app.js";
import { createNodeHttpClient, type NodeHttpClient } from "../../src/entry/node-http-client.js";
import { attachDiscord } from "../../src/channels/discord/index.js";
import { attachWhatsApp, backgroundFor, signHubBody } from "../../src/channels/whatsapp/index.js";
import { userRef } from "../../src/privacy/user-ref.js";
import { makeTestDeps } from "../helpers/deps.js";
import { discordButtons, discordText, FAKE_BOT_TOKEN, startFakeDiscordApi, type FakeDiscordApi } from "../fakes/discord-api.js";
import { tgUpdate } from "../fakes/telegram-api.js";
import { startFakeGraphApi, waPayload, type FakeGraphApi } from "../fakes/whatsapp-api.js";
import { runDialogueSuite, type ChannelDriver, type Seen } from "./dialogue.case.js";
import { discordSigner, interaction, type DiscordSigner } from "./discord-sign.js";
import { tgHarness } from "./telegram-helpers.js";

let graph: FakeGraphApi;
let discord: FakeDiscordApi;
let signer: DiscordSigner;
let http: NodeHttpClient;
beforeAll(async () => {
  [graph, discord, signer] = await Promise.all([startFakeGraphApi(), startFakeDiscordApi(), discordSigner()]);
  http = createNodeHttpClient();
});
afterAll(async () => {
  http.close();
  await Promise.all([graph.close(), discord.close()]);
});

/** Telegram HTML → plain text. */
const plain = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

runDialogueSuite("Telegram", async (): Promise<ChannelDriver> => {
  const h = await tgHarness({}, { http: http.request });
  const chat = 424242;
  const seen = (r: Awaited<ReturnType<typeof h.post>>): Seen => ({
    text: r.seen.map((s) => plain(s.text)).join("\n\n"),
    buttons: r.seen.flatMap((s) => s.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ({ label: b.text, action: b.callback_data ?? "" })),
  });
  const aliases: Record<string, string> = { forget: "forget", zeptat: "zeptat" };
  return {
    channel: "telegram",
    deps: h.deps,
    userRef: await userRef(h.deps.secret, "telegram", chat),
    sendText: async (text) => seen(await h.post(tgUpdate.text(chat, text))),
    command: async (name, args) => seen(await h.post(tgUpdate.text(chat, `/${aliases[name] ?? name}${args ? ` ${args}` : ""}`))),
    press: async (action) => seen(await h.post(tgUpdate.callback(chat, action))),
    async received(during) {
      const before = h.tg.calls.length;
      await during();
      return h.tg.calls.slice(before).filter((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(chat))
        .map((c) => plain(String(c.params.text))).join("\n\n");
    },
    close: () => h.close(),
  };
});

runDialogueSuite("WhatsApp", async (): Promise<ChannelDriver> => {
  graph.reset();
  const phone = "420777000111";
  const deps = await makeTestDeps({
    env: {
      WHATSAPP_TOKEN: "test-wa-token", WHATSAPP_PHONE_NUMBER_ID: "PHONE_ID", WHATSAPP_APP_SECRET: "wa-secret",
      WHATSAPP_VERIFY_TOKEN: "v", WHATSAPP_API_ROOT: graph.root,
    },
  });
  deps.http = http.request;
  attachWhatsApp(deps);
  const app = createApp(deps) as unknown as Hono;
  let n = 0;
  const deliver = async (payload: unknown): Promise<Seen> => {
    const before = graph.messages().length;
    const body = JSON.stringify(payload);
    const res = await app.request("/webhooks/whatsapp", { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": await signHubBody("wa-secret", body) }, body });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    await backgroundFor(deps).idle();
    return waSeen(graph.messages().slice(before).map((c) => c.body));
  };
  return {
    channel: "whatsapp",
    deps,
    userRef: await userRef(deps.secret, "whatsapp", phone),
    sendText: (text) => deliver(waPayload.text(phone, `wamid.D${++n}`, text)),
    command: (name, args) => deliver(waPayload.text(phone, `wamid.D${++n}`, `/${name}${args ? ` ${args}` : ""}`)),
    press: (action) => deliver(waPayload.buttonReply(phone, `wamid.D${++n}`, action)),
    async received(during) {
      const before = graph.messages().length;
      await during();
      return waSeen(graph.messages().slice(before).filter((c) => c.body.to === phone).map((c) => c.body)).text;
    },
    close: () => deps.store.close(),
  };
});

function waSeen(bodies: any[]): Seen {
  const texts: string[] = [];
  const buttons: Seen["buttons"] = [];
  for (const b of bodies) {
    if (b.type === "text") texts.push(b.text.body);
    if (b.type === "interactive") {
      texts.push(b.interactive.body.text);
      for (const x of b.interactive.action.buttons ?? []) buttons.push({ label: x.reply.title, action: x.reply.id });
      for (const s of b.interactive.action.sections ?? []) for (const r of s.rows) buttons.push({ label: r.title, action: r.id });
    }
  }
  // WhatsApp bold/italic markers are not part of what people read.
  return { text: texts.join("\n\n").replace(/(^|\n)[*_]|[*_](\n|$)/g, "$1$2"), buttons };
}

runDialogueSuite("Discord", async (): Promise<ChannelDriver> => {
  discord.reset();
  const user = "3334567890123456789";
  const deps = await makeTestDeps({
    env: { DISCORD_PUBLIC_KEY: signer.publicKeyHex, DISCORD_BOT_TOKEN: FAKE_BOT_TOKEN, DISCORD_API_ROOT: discord.root, DISCORD_APPLICATION_ID: "1100000000000000001" },
  });
  deps.clock.now = Date.now();
  deps.http = http.request;
  attachDiscord(deps);
  const app = createApp(deps) as unknown as Hono;
  const slash: Record<string, string> = { forget: "zapomenout", zeptat: "zeptat" };
  const deliver = async (payload: ReturnType<typeof interaction>): Promise<Seen> => {
    const body = JSON.stringify(payload);
    const ts = String(Math.floor(deps.clock() / 1000));
    const res = await app.request("/webhooks/discord", {
      method: "POST", body,
      headers: { "content-type": "application/json", "x-signature-timestamp": ts, "x-signature-ed25519": await signer.sign(body, ts) },
    });
    const json = (await res.json()) as any;
    let data = json.data;
    if (json.type === 5) {
      await backgroundFor(deps).idle();
      data = discord.find("PATCH", new RegExp(`/${payload.token}/messages/@original$`)).at(-1)?.body;
    }
    return { text: discordText(data), buttons: discordButtons(data).map((b) => ({ label: b.label, action: b.customId ?? "" })) };
  };
  const option = (value: string) => [{ type: 3, name: "otazka", value }];
  return {
    channel: "discord",
    deps,
    userRef: await userRef(deps.secret, "discord", user),
    sendText: (text) => deliver(interaction(2, { id: "1", name: "faq", type: 1, options: option(text) }, user)),
    command: (name, args) => deliver(interaction(2, { id: "1", name: slash[name] ?? name, type: 1, ...(args ? { options: option(args) } : {}) }, user)),
    press: (action) => deliver(interaction(3, { custom_id: action, component_type: 2 }, user)),
    async received(during) {
      const before = discord.calls.length;
      await during();
      return discord.calls.slice(before).filter((c) => c.method === "POST" && /^\/channels\/9\d+\/messages$/.test(c.path)).map((c) => discordText(c.body)).join("\n\n");
    },
    close: () => deps.store.close(),
  };
});

// WhatsApp and Discord webhook benchmark. A real Node server (createApp over
// SQLite in a WAL file) takes signed requests from autocannon (16
// connections, in a child process that signs every body: HMAC-SHA256 for
// WhatsApp, Ed25519 for Discord) on loopback. WhatsApp answers 200 at once
// and handles the batch in the background; its replies go to a minimal Graph
// API stand-in in another child process, so the server's CPU time per request
// is the server's alone. The end-to-end rate (accepted → replies sent) is
// measured too.
// Target (issue 5): the same as Telegram, ≥ 1,500 req/s and p99 < 30 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "../../src/app.js";
import { createNodeHttpClient } from "../../src/entry/node-http-client.js";
import { attachDiscord } from "../../src/channels/discord/index.js";
import { attachWhatsApp, backgroundFor, signHubBody, whatsappWebhook } from "../../src/channels/whatsapp/index.js";
import { makeTestDeps } from "../helpers/deps.js";
import { startFakeDiscordApi } from "../fakes/discord-api.js";
import { waPayload } from "../fakes/whatsapp-api.js";

const WA_SECRET = "bench-wa-secret";
/** Requests per measured run (the machine is shared: kept modest). */
const AMOUNT = 4000;
const TEXTS = [
  "kdy se zavre ubytovna", "Kdy se budeme stěhovat?", "dostanu byt kdyz mam dluhy", "kolik lidi se bude stehovat",
  "budou tu bydlet nepřizpůsobiví?", "kde je kontaktni misto pro bydleni", "Коли закриють гуртожиток?", "when does the hostel close",
  "co kdyz byt odmitnu", "pujdou deti do jine skoly", "/menu", "/faq", "/kontakty", "stehovani", "dobry den",
];

const WA_SETUP = `
const { createHmac } = require("node:crypto");
let n = 0;
const texts = ${JSON.stringify(TEXTS)};
module.exports = function (req) {
  n++;
  const from = String(420700000000 + (n % 500));
  const id = "wamid.B" + process.pid + "_" + n + "_" + Math.floor(Math.random() * 1e9);
  const body = JSON.stringify({ object: "whatsapp_business_account", entry: [{ id: "W", changes: [{ field: "messages", value: {
    messaging_product: "whatsapp", metadata: { phone_number_id: "PHONE_ID" }, contacts: [{ wa_id: from, profile: { name: "A" } }],
    messages: [{ from, id, timestamp: "1790000000", type: "text", text: { body: texts[n % texts.length] } }] } }] }] });
  req.body = body;
  req.headers = Object.assign({}, req.headers, { "x-hub-signature-256": "sha256=" + createHmac("sha256", ${JSON.stringify(WA_SECRET)}).update(body).digest("hex") });
  return req;
};
`;

function discordSetup(privatePem: string, entryIds: string[]): string {
  return `
const { createPrivateKey, sign } = require("node:crypto");
const key = createPrivateKey(${JSON.stringify(privatePem)});
let n = 0;
const texts = ${JSON.stringify(TEXTS.filter((t) => !t.startsWith("/")))};
const entries = ${JSON.stringify(entryIds)};
module.exports = function (req) {
  n++;
  const user = String(3000000000000000000n + BigInt(n % 500));
  const base = { id: String(1400000000000000000n + BigInt(n) * 1000n + BigInt(Math.floor(Math.random() * 1000))), application_id: "1100000000000000001",
    token: "tok" + n, version: 1, locale: "cs", guild_id: "1000000000000000001", channel_id: "1000000000000000002", member: { user: { id: user } } };
  let i;
  if (n % 3 === 0) i = { ...base, type: 2, data: { id: "1", name: "faq", type: 1, options: [{ type: 3, name: "otazka", value: texts[n % texts.length] }] } };
  else if (n % 3 === 1) i = { ...base, type: 4, data: { id: "1", name: "faq", type: 1, options: [{ type: 3, name: "otazka", value: texts[n % texts.length].slice(0, 8 + (n % 10)), focused: true }] } };
  else i = { ...base, type: 3, data: { custom_id: "e:" + entries[n % entries.length], component_type: 2 } };
  const body = JSON.stringify(i);
  const ts = String(Math.floor(Date.now() / 1000));
  req.body = body;
  req.headers = Object.assign({}, req.headers, { "x-signature-timestamp": ts, "x-signature-ed25519": sign(null, Buffer.from(ts + body), key).toString("hex") });
  return req;
};
`;
}

interface Load { requests: { average: number; total: number }; latency: { p50: number; p99: number; max: number }; non2xx: number; errors: number; timeouts: number }

// The load generator, its own process: node load.cjs <autocannon> <url> <setup.cjs> <amount>.
const LOAD_SCRIPT = `
const autocannon = require(process.argv[2]);
const [url, setup, amount] = process.argv.slice(3);
autocannon({ url, connections: 16, amount: Number(amount),
  requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: require(setup) }],
}, (err, r) => { if (err) { console.error(err); process.exit(1); }
  process.stdout.write(JSON.stringify({ requests: r.requests, latency: r.latency, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts })); });
`;

// A Graph API stand-in, its own process: answers every message like Meta, counts them (GET /count).
const GRAPH_SCRIPT = `
const http = require("node:http");
let n = 0;
const server = http.createServer((req, res) => {
  if (req.method === "GET") { res.end(String(n)); return; }
  req.resume();
  req.on("end", () => { n++; res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ messaging_product: "whatsapp", contacts: [{ input: "x", wa_id: "x" }], messages: [{ id: "wamid.BENCH" + n }] })); });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
`;

function startGraph(script: string): Promise<{ child: ChildProcess; root: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout!.once("data", (d) => resolve({ child, root: `http://127.0.0.1:${String(d).trim()}/v21.0` }));
    child.on("error", reject);
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = await mkdtemp(join(tmpdir(), "hl-ch-bench-"));
  const graphScript = join(dir, "graph.cjs");
  await writeFile(graphScript, GRAPH_SCRIPT);
  const [graph, discord] = await Promise.all([startGraph(graphScript), startFakeDiscordApi()]);
  const graphCount = async () => Number(await (await fetch(graph.root.replace(/\/v21\.0$/, "/count"))).text());
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const publicHex = (publicKey.export({ format: "der", type: "spki" }) as Buffer).subarray(-32).toString("hex");
  const deps = await makeTestDeps({
    databasePath: join(dir, "bench.db"),
    env: {
      WHATSAPP_TOKEN: "test-wa-token", WHATSAPP_PHONE_NUMBER_ID: "PHONE_ID", WHATSAPP_APP_SECRET: WA_SECRET, WHATSAPP_VERIFY_TOKEN: "v",
      WHATSAPP_API_ROOT: graph.root, DISCORD_PUBLIC_KEY: publicHex, DISCORD_BOT_TOKEN: "test-discord-token", DISCORD_API_ROOT: discord.root,
    },
  });
  deps.clock = Object.assign(() => Date.now(), { now: 0, advance() {} }) as typeof deps.clock;
  // Outbound calls as the Node entry makes them (src/entry/node-deps.ts).
  const http = createNodeHttpClient();
  deps.http = http.request;
  attachWhatsApp(deps);
  attachDiscord(deps);
  const app = createApp(deps);
  // The adapter alone: the same webhook with a core that answers nothing (no Graph API calls).
  const bare = new Hono().route("/webhooks/whatsapp", whatsappWebhook(deps, { conversation: { handle: async () => [] } }));
  const listen = (fetch: (r: Request) => Response | Promise<Response>) => new Promise<ServerType>((r) => {
    const s = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => r(s));
  });
  const server = await listen(app.fetch);
  const bareServer = await listen(bare.fetch);
  const portOf = (srv: ServerType) => { const a = srv.address(); return typeof a === "object" && a ? a.port : 0; };
  const port = portOf(server);
  const waSetup = join(dir, "wa.cjs");
  const dcSetup = join(dir, "dc.cjs");
  const entryIds = [...deps.knowledge.current().kb.byId.keys()].slice(0, 30);
  await writeFile(waSetup, WA_SETUP);
  await writeFile(dcSetup, discordSetup(privateKey.export({ format: "pem", type: "pkcs8" }) as string, entryIds));

  const loadScript = join(dir, "load.cjs");
  await writeFile(loadScript, LOAD_SCRIPT);
  const autocannonPath = createRequire(import.meta.url).resolve("autocannon");
  const load = (path: string, setup: string, amount: number, on = port) => new Promise<Load>((resolve, reject) => {
    const child = spawn(process.execPath, [loadScript, autocannonPath, `http://127.0.0.1:${on}${path}`, setup, String(amount)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`load generator exited ${code}`))));
  });
  // CPU time of the server process per request (load generator and Graph stand-in are other processes):
  // far less sensitive to a busy machine than req/s.
  const measured = async (run: () => Promise<Load>): Promise<Load & { cpuMs: number }> => {
    const c0 = process.cpuUsage();
    const r = await run();
    await backgroundFor(deps).idle();
    const used = process.cpuUsage(c0);
    return { ...r, cpuMs: (used.user + used.system) / 1000 / Math.max(1, r.requests.total) };
  };
  const figures = (name: string, r: Load & { cpuMs: number }) => ({
    [`${name} CPU ms per request`]: +r.cpuMs.toFixed(2),
    [`${name} req/s (16 connections)`]: Math.round(r.requests.average),
    [`${name} requests`]: r.requests.total,
    [`${name} non-2xx + errors`]: r.non2xx + r.errors + r.timeouts,
    [`${name} latency p50 ms`]: r.latency.p50,
    [`${name} latency p99 ms`]: r.latency.p99,
    [`${name} latency max ms`]: r.latency.max,
  });
  try {
    await load("/webhooks/whatsapp", waSetup, 500); // warm-up
    await backgroundFor(deps).idle();
    const repliesBefore = await graphCount();
    const t0 = performance.now();
    const wa = await measured(() => load("/webhooks/whatsapp", waSetup, AMOUNT));
    const handled = performance.now() - t0;
    const replies = (await graphCount()) - repliesBefore;

    await load("/webhooks/whatsapp", waSetup, 500, portOf(bareServer));
    const waBare = await measured(() => load("/webhooks/whatsapp", waSetup, AMOUNT, portOf(bareServer)));
    await backgroundFor(deps).idle();

    await load("/webhooks/discord", dcSetup, 500); // warm-up
    const dc = await measured(() => load("/webhooks/discord", dcSetup, AMOUNT));

    // Server time of one message without the load generator: WhatsApp from the request to the last reply sent.
    const one: number[] = [];
    for (let i = 0; i < 300; i++) {
      const body = JSON.stringify(waPayload.text(String(420710000000 + (i % 50)), `wamid.S${i}`, TEXTS[i % 10]!));
      const t = performance.now();
      const res = await app.request("/webhooks/whatsapp", { method: "POST", headers: { "x-hub-signature-256": await signHubBody(WA_SECRET, body) }, body });
      await res.text();
      await backgroundFor(deps).idle();
      one.push(performance.now() - t);
    }
    one.splice(0, 50);
    one.sort((a, b) => a - b);
    return {
      ...figures("WhatsApp webhook (core + replies)", wa),
      "WhatsApp messages handled end to end /s": Math.round(wa.requests.total / (handled / 1000)),
      "WhatsApp replies sent to the Graph API": replies,
      "WhatsApp one message, request to last reply p50 ms": +one[Math.floor(one.length / 2)]!.toFixed(2),
      "WhatsApp one message, request to last reply p99 ms": +one[Math.floor(one.length * 0.99)]!.toFixed(2),
      ...figures("WhatsApp adapter only (verify, parse, 200)", waBare),
      ...figures("Discord interactions", dc),
      "Discord deferred follow-ups (PATCH @original)": discord.find("PATCH", /@original$/).length,
    };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => bareServer.close(() => r()));
    await deps.store.close();
    graph.child.kill();
    http.close();
    await discord.close();
    await rm(dir, { recursive: true, force: true });
  }
}

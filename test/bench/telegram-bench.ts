// Telegram webhook benchmark. A real Node server (createApp over SQLite in a
// WAL file) takes Telegram updates at POST /webhooks/telegram from autocannon
// (16 connections, in a child process) on loopback: updates/s and latency,
// and the server's own CPU time per update (what the throughput would be on
// an idle core, since shared machines make wall-clock figures noisy).
// updates/s is the updates over the time from the server's first to its last
// answer (autocannon's own figures end on whole seconds).
// The last message of a reply travels in the webhook response; the fake Bot API
// sees getMe and the earlier messages of longer replies (a first contact's
// welcome, the two-part preview before forwarding).
// Then the server time of one free-text question (app.request, no network).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { Hono } from "hono";
import { createApp } from "../../src/app.js";
import { createConversation } from "../../src/conversation/index.js";
import { createNodeHttpClient } from "../../src/entry/node-http-client.js";
import { makeTestDeps } from "../helpers/deps.js";
import { startFakeTelegram, tgUpdate } from "../fakes/telegram-api.js";

const TOKEN = "1000:bench";
const SECRET = "bench-secret-bench-secret";

/** What people send: questions the engine answers, suggests or forwards, and a few commands. */
const TEXTS = [
  "kdy se zavre ubytovna", "Kdy se budeme stěhovat?", "dostanu byt kdyz mam dluhy", "kolik lidi se bude stehovat",
  "budou tu bydlet nepřizpůsobiví?", "kde je kontaktni misto pro bydleni", "Коли закриють гуртожиток?", "when does the hostel close",
  "co kdyz byt odmitnu", "pujdou deti do jine skoly", "/menu", "/faq", "/kontakty", "stehovani", "dobry den",
];

// The load generator, run as its own process: 500 different people. Update ids
// increase one by one, as Telegram's do, from a start no earlier run has used.
const LOAD_SCRIPT = `
const autocannon = require(process.argv[2]);
const [url, secret, amount] = process.argv.slice(3);
const base = Date.now() * 1000;
let n = 0;
const texts = ${JSON.stringify(TEXTS)};
function setupRequest(req) {
  n++;
  const chat = 100000 + (n % 500);
  const text = texts[n % texts.length];
  const message = { message_id: n, date: 1790000000, chat: { id: chat, type: "private", first_name: "A" },
    from: { id: chat, is_bot: false, first_name: "A", language_code: "cs" }, text };
  if (text.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: text.length }];
  req.body = JSON.stringify({ update_id: base + n, message });
  return req;
}
autocannon({ url, connections: 16, amount: Number(amount),
  requests: [{ method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, setupRequest }],
}, (err, r) => { if (err) { console.error(err); process.exit(1); }
  process.stdout.write(JSON.stringify({ rps: r.requests.total / r.duration, total: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts,
    p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, seconds: r.duration })); });
`;

interface LoadResult { rps: number; total: number; non2xx: number; errors: number; p50: number; p99: number; max: number; seconds: number }

function runLoad(script: string, url: string, amount: number): Promise<LoadResult> {
  const autocannonPath = createRequire(import.meta.url).resolve("autocannon");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, autocannonPath, url, SECRET, String(amount)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load generator exited ${code}`))));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = await mkdtemp(join(tmpdir(), "hl-tg-bench-"));
  const tg = await startFakeTelegram({ token: TOKEN });
  const deps = await makeTestDeps({
    databasePath: join(dir, "bench.db"),
    env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: tg.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET },
  });
  deps.clock = Object.assign(() => Date.now(), { now: 0, advance() {} }) as typeof deps.clock;
  // As the Node entry does: outbound Bot API calls over node:http keep-alive sockets.
  const http = createNodeHttpClient();
  deps.http = http.request;
  const app = createApp(deps);
  // When the server took the first update and finished the last: autocannon's own
  // duration ends on its one-second tick, too coarse for a 13-second run.
  const span = { first: 0, last: 0 };
  const timedFetch: typeof app.fetch = async (...args) => {
    span.first ||= performance.now();
    const res = await app.fetch(...args);
    span.last = performance.now();
    return res;
  };
  const server = await new Promise<ServerType>((r) => {
    const s = serve({ fetch: timedFetch, port: 0, hostname: "127.0.0.1" }, () => r(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const script = join(dir, "load.cjs");
  await writeFile(script, LOAD_SCRIPT);
  const url = `http://127.0.0.1:${port}/webhooks/telegram`;
  try {
    await runLoad(script, url, 1000); // warm-up: JIT, SQLite page cache, grammY init (getMe)
    // Baseline on the same machine at the same moment: the same server stack with a route that only reads the JSON.
    const bare = new Hono().post("/", async (c) => c.json({ ok: (await c.req.json<{ update_id: number }>()).update_id > 0 }));
    const bareServer = await new Promise<ServerType>((r) => {
      const s = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, () => r(s));
    });
    const bareAddress = bareServer.address();
    const bareCpu0 = process.cpuUsage();
    const baseline = await runLoad(script, `http://127.0.0.1:${typeof bareAddress === "object" && bareAddress ? bareAddress.port : 0}/`, 4000);
    const bareCpu = process.cpuUsage(bareCpu0);
    await new Promise<void>((r) => bareServer.close(() => r()));

    span.first = 0;
    const cpu0 = process.cpuUsage();
    const result = await runLoad(script, url, Number(process.env.TG_BENCH_N ?? 20000));
    const served = result.total / ((span.last - span.first) / 1000);
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerUpdate = (cpu.user + cpu.system) / 1000 / result.total;
    const sent = tg.calls.filter((c) => c.method !== "getMe").length;

    // Server time of one free-text question, without the network: the whole webhook path, then the core alone.
    const times: number[] = [];
    const core: number[] = [];
    const convo = createConversation(deps);
    for (let i = 0; i < 600; i++) {
      const update = { update_id: 9_000_000 + i, ...tgUpdate.text(200000 + (i % 50), TEXTS[i % 10]!) };
      const t0 = performance.now();
      const res = await app.request("/webhooks/telegram", {
        method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update),
      });
      await res.text();
      times.push(performance.now() - t0);
      const t1 = performance.now();
      await convo.handle({ channel: "telegram", userRef: `tg_bench${i % 50}`, address: "1", eventId: `c${i}`, kind: "text", text: TEXTS[i % 10]! });
      core.push(performance.now() - t1);
    }
    times.splice(0, 100);
    core.splice(0, 100);
    times.sort((a, b) => a - b);
    core.sort((a, b) => a - b);
    return {
      "webhook updates/s (16 connections)": Math.round(served),
      "webhook updates/s as autocannon counts (whole seconds)": Math.round(result.rps),
      "webhook updates total": result.total,
      "webhook non-2xx": result.non2xx,
      "webhook errors": result.errors,
      "webhook latency p50 ms": result.p50,
      "webhook latency p99 ms": result.p99,
      "webhook latency max ms": result.max,
      "baseline: bare Hono JSON route req/s (same moment)": Math.round(baseline.rps),
      "baseline: bare Hono JSON route p99 ms": baseline.p99,
      "baseline: bare Hono JSON route server CPU ms per request": +((bareCpu.user + bareCpu.system) / 1000 / baseline.total).toFixed(3),
      "server CPU ms per update": +cpuMsPerUpdate.toFixed(3),
      "updates/s one idle core could take (1000 / CPU ms)": Math.round(1000 / cpuMsPerUpdate),
      "Bot API calls during load (webhook replies instead)": sent,
      "free-text question server time p50 ms": +percentile(times, 50).toFixed(2),
      "free-text question server time p99 ms": +percentile(times, 99).toFixed(2),
      "conversation core only p50 ms": +percentile(core, 50).toFixed(2),
    };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await deps.store.close();
    http.close();
    await tg.close();
    await rm(dir, { recursive: true, force: true });
  }
}

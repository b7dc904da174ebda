// Question-form benchmark: autocannon (in this process) against the real app
// on a real loopback server in a child process (so the load generator and
// the server each get a core), SQLite in a WAL file, 10 connections for 5 s
// per step. Target (issue 3): form submissions >= 500/s.
// The per-client rate limit would refuse a bench from one address after a few
// posts, so the bench server's store keeps counting in SQLite (the same UPSERT
// per request) but with a limit nobody reaches; the real limits (ASK_LIMITS in
// src/web/ask/routes.tsx) are untouched.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string; connections: number; duration: number; method?: string; headers?: Record<string, string>; body?: string;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const QUESTION = "Dobrý den, kdy se budeme stěhovat a kdo nám pomůže s nábytkem? Mám dvě děti. Volejte mi na 777 123 456 nebo pište na jana@example.cz.";

function startServerProcess(databasePath: string): Promise<{ url: string; child: ChildProcess }> {
  const helpers = new URL("../browser/helpers.ts", import.meta.url).href;
  const testDeps = new URL("../helpers/deps.ts", import.meta.url).href;
  const code = `import { startTestServer } from ${JSON.stringify(helpers)};
import { makeTestDeps } from ${JSON.stringify(testDeps)};
const deps = await makeTestDeps({ databasePath: ${JSON.stringify(databasePath)} });
const realHit = deps.store.rateLimits.hit;
deps.store = { ...deps.store, rateLimits: { ...deps.store.rateLimits, hit: (key, windowMs, _limit, now) => realHit(key, windowMs, 1e9, now) } };
const s = await startTestServer(deps);
console.log("PORT " + s.port);
process.on("message", async (m) => {
  if (m === "count") return process.send({ count: (await deps.store.questions.countByStatus()).new });
  const u = process.cpuUsage(); process.send({ cpuMicros: u.user + u.system });
});`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/PORT (\d+)/);
      if (m) resolve({ url: `http://127.0.0.1:${m[1]}`, child });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once("message", (m) => resolve(m as T));
    child.send(message);
  });
}
const serverCpu = async (child: ChildProcess) => (await ask<{ cpuMicros: number }>(child, "cpu")).cpuMicros;

function hiddenFields(html: string, action: string): URLSearchParams {
  const form = html.split(`action="${action}"`)[1]!.split("</form>")[0]!;
  const out = new URLSearchParams();
  for (const m of form.matchAll(/<input\b[^>]*name="([^"]*)"[^>]*value="([^"]*)"/g)) {
    out.set(m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
  }
  return out;
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), "ask-bench-"));
  const { url, child } = await startServerProcess(join(dir, "bench.db"));
  const figures: Record<string, number | string> = { "load average at start (2 cores)": loadavg()[0]!.toFixed(1) };
  try {
    // A browser's session: the CSRF cookie and token from the form.
    const formRes = await fetch(`${url}/ask`);
    const cookie = formRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const formHtml = await formRes.text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(formHtml)![1]!;
    const headers = { "content-type": "application/x-www-form-urlencoded", origin: url, cookie, "accept-language": "cs" };
    const fields = { csrf, text: QUESTION, audience: "resident", theme: "moving", lang: "cs", website: "" };
    const previewBody = new URLSearchParams({ ...fields, step: "preview" }).toString();
    const checkBody = new URLSearchParams(fields).toString();
    const post = async (path: string, body: string) => (await fetch(`${url}${path}`, { method: "POST", headers, body })).text();
    const previewHtml = await post("/ask", previewBody);
    const confirmBody = hiddenFields(previewHtml, "/ask/confirm").toString();
    const sentHtml = await post("/ask/confirm", confirmBody);
    const ticket = /\/t\/([a-z2-7]{52})/.exec(sentHtml)![1]!;
    const checkHtml = await post("/ask", checkBody);
    const ticketHtml = await (await fetch(`${url}/t/${ticket}`)).text();
    for (const [name, html] of [["form", formHtml], ["matches", checkHtml], ["preview", previewHtml], ["sent", sentHtml], ["ticket", ticketHtml]] as const) {
      figures[`size_kb ${name}`] = Math.round(Buffer.byteLength(html) / 102.4) / 10;
    }

    const steps: Array<[string, string, string | undefined]> = [
      ["POST /ask matches-first", "/ask", checkBody],
      ["POST /ask preview", "/ask", previewBody],
      ["POST /ask/confirm", "/ask/confirm", confirmBody],
      ["GET /t/:token", `/t/${ticket}`, undefined],
    ];
    // The server process compiles (tsx) and optimises as it goes: warm every step before measuring any.
    for (const [, path, body] of steps) {
      const opts = body === undefined ? { url: url + path } : { url: url + path, method: "POST", headers, body };
      await autocannon({ ...opts, connections: 10, duration: 1 });
    }
    for (const [name, path, body] of steps) {
      const opts = body === undefined ? { url: url + path } : { url: url + path, method: "POST", headers, body };
      await autocannon({ ...opts, connections: 10, duration: 1 }); // warm-up
      const cpu0 = await serverCpu(child);
      const r = await autocannon({ ...opts, connections: 10, duration: 5 });
      const cpuMs = ((await serverCpu(child)) - cpu0) / 1000;
      figures[`${name} req/s`] = Math.round(r.requests.average);
      figures[`${name} p50 ms`] = r.latency.p50;
      figures[`${name} p99 ms`] = r.latency.p99;
      figures[`${name} server cpu ms/req`] = Math.round((cpuMs / Math.max(1, r.requests.total)) * 1000) / 1000;
      figures[`${name} req/s per free core (from cpu)`] = Math.round(r.requests.total / Math.max(0.001, cpuMs / 1000));
      figures[`${name} non-2xx+errors`] = r.non2xx + r.errors + r.timeouts;
    }
    figures["questions stored"] = (await ask<{ count: number }>(child, "count")).count;
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

// Question-form benchmark: autocannon (in this process) against the real app
// on a real loopback server with SQLite in a WAL file, 10 connections for 5 s
// per step. Target (issue 3): form submissions >= 500/s.
// The per-client rate limit would refuse a bench from one address after a few
// posts, so this bench runs with a bench store whose rate-limit counter still
// counts in SQLite (same UPSERT per request) but with a limit nobody reaches;
// the real limits (ASK_LIMITS) are untouched.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer } from "../browser/helpers.js";
import { makeTestDeps } from "../helpers/deps.js";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  statusCodeStats?: Record<string, { count: number }>;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string; connections: number; duration: number; method?: string; headers?: Record<string, string>; body?: string;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const QUESTION = "Dobrý den, kdy se budeme stěhovat a kdo nám pomůže s nábytkem? Mám dvě děti. Volejte mi na 777 123 456 nebo pište na jana@example.cz.";

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
  const deps = await makeTestDeps({ databasePath: join(dir, "bench.db") });
  const realHit = deps.store.rateLimits.hit;
  deps.store = { ...deps.store, rateLimits: { ...deps.store.rateLimits, hit: (key, windowMs, _limit, now) => realHit(key, windowMs, 1e9, now) } };
  const server = await startTestServer(deps);
  const figures: Record<string, number | string> = {};
  try {
    // A browser's session: the CSRF cookie and token from the form.
    const formRes = await fetch(`${server.url}/ask`);
    const cookie = formRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const formHtml = await formRes.text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(formHtml)![1]!;
    const headers = { "content-type": "application/x-www-form-urlencoded", origin: server.url, cookie, "accept-language": "cs" };
    const previewBody = new URLSearchParams({ csrf, text: QUESTION, audience: "resident", theme: "moving", lang: "cs", step: "preview", website: "" }).toString();
    const checkBody = new URLSearchParams({ csrf, text: QUESTION, audience: "resident", theme: "moving", lang: "cs", website: "" }).toString();
    const previewHtml = await (await fetch(`${server.url}/ask`, { method: "POST", headers, body: previewBody })).text();
    const confirmBody = hiddenFields(previewHtml, "/ask/confirm").toString();
    const sentHtml = await (await fetch(`${server.url}/ask/confirm`, { method: "POST", headers, body: confirmBody })).text();
    const ticket = /\/t\/([a-z2-7]{52})/.exec(sentHtml)![1]!;
    const checkHtml = await (await fetch(`${server.url}/ask`, { method: "POST", headers, body: checkBody })).text();
    const ticketHtml = await (await fetch(`${server.url}/t/${ticket}`)).text();
    for (const [name, html] of [["form", formHtml], ["matches", checkHtml], ["preview", previewHtml], ["sent", sentHtml], ["ticket", ticketHtml]] as const) {
      figures[`size_kb ${name}`] = Math.round(Buffer.byteLength(html) / 102.4) / 10;
    }

    const steps: Array<[string, string, string]> = [
      ["POST /ask (preview)", "/ask", previewBody],
      ["POST /ask (matches first)", "/ask", checkBody],
      ["POST /ask/confirm", "/ask/confirm", confirmBody],
    ];
    for (const [name, path, body] of steps) {
      await autocannon({ url: server.url + path, method: "POST", headers, body, connections: 10, duration: 1 }); // warm-up
      const r = await autocannon({ url: server.url + path, method: "POST", headers, body, connections: 10, duration: 5 });
      figures[`${name} req/s`] = Math.round(r.requests.average);
      figures[`${name} p50 ms`] = r.latency.p50;
      figures[`${name} p99 ms`] = r.latency.p99;
      figures[`${name} non-2xx+errors`] = r.non2xx + r.errors + r.timeouts;
    }
    const r = await autocannon({ url: `${server.url}/t/${ticket}`, connections: 10, duration: 3 });
    figures["GET /t/:token req/s"] = Math.round(r.requests.average);
    figures["GET /t/:token p99 ms"] = r.latency.p99;
    figures["questions stored"] = (await deps.store.questions.countByStatus()).new;
  } finally {
    await server.close();
    await deps.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

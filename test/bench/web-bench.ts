// Website benchmark: autocannon (in this process) against the real app on a
// real loopback server in a child process (so the load generator and the
// server each get a core, as in production where clients are elsewhere),
// 10 connections for 5 s per page; and page sizes.
// Target (issue 3): /faq >= 2,000 requests/s with p99 < 50 ms on 2 cores.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

// autocannon ships no types; it is loaded through require so the rest stays typed.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const SIZED = ["/", "/faq", "/faq?q=kdy+se+zavre+ubytovna", "/faq/closure-date", "/myty", "/kontakty", "/casova-osa", "/setkani", "/novinky", "/letak"];
// /healthz (one SQLite query, tiny JSON) is the floor: on a busy machine, read the pages against it.
const LOADED: Array<[string, string]> = [
  ["healthz", "/healthz"],
  ["faq", "/faq"],
  ["home", "/"],
  ["faq_search", "/faq?q=kdy+se+zavre+ubytovna"],
  ["rumours", "/myty"],
];

/** Starts `createApp(makeTestDeps())` on 127.0.0.1:0 in a child Node process; resolves with its URL. */
function startServerProcess(): Promise<{ url: string; child: ChildProcess }> {
  const helpers = new URL("../browser/helpers.ts", import.meta.url).href;
  const testDeps = new URL("../helpers/deps.ts", import.meta.url).href;
  const code = `import { startTestServer } from ${JSON.stringify(helpers)};
import { makeTestDeps } from ${JSON.stringify(testDeps)};
const s = await startTestServer(await makeTestDeps());
console.log("PORT " + s.port);
process.on("message", () => { const u = process.cpuUsage(); process.send({ cpuMicros: u.user + u.system }); });`;
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

/** The server process's CPU time so far (user + system), in microseconds. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (m) => resolve((m as { cpuMicros: number }).cpuMicros));
    child.send("cpu");
  });
}

export async function run(): Promise<Record<string, number | string>> {
  const { url, child } = await startServerProcess();
  const server = { url };
  const figures: Record<string, number | string> = {};
  try {
    for (const path of SIZED) {
      let max = 0;
      for (const lang of ["cs", "en", "uk"]) {
        const res = await fetch(`${server.url}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        max = Math.max(max, (await res.arrayBuffer()).byteLength);
      }
      figures[`size_kb ${path} (largest of cs/en/uk)`] = Math.round(max / 102.4) / 10;
    }
    for (const [name, path] of LOADED) {
      await autocannon({ url: server.url + path, connections: 10, duration: 1 }); // warm-up
      const cpu0 = await serverCpu(child);
      const r = await autocannon({ url: server.url + path, connections: 10, duration: 5, headers: { "accept-language": "cs" } });
      const cpuMs = ((await serverCpu(child)) - cpu0) / 1000;
      // CPU per request does not depend on how busy the rest of the machine is: 1000 / it is what one free core serves.
      figures[`${name} server cpu ms/req`] = Math.round((cpuMs / Math.max(1, r.requests.total)) * 1000) / 1000;
      figures[`${name} req/s per free core (from cpu)`] = Math.round(r.requests.total / Math.max(0.001, cpuMs / 1000));
      figures[`${name} req/s`] = Math.round(r.requests.average);
      figures[`${name} p50 ms`] = r.latency.p50;
      figures[`${name} p99 ms`] = r.latency.p99;
      figures[`${name} non-2xx+errors`] = r.non2xx + r.errors + r.timeouts;
    }
  } finally {
    child.kill("SIGTERM");
  }
  return figures;
}

// The kill -9 scenario, shared by the crash test and the delivery bench:
// a broadcast of `subscribers` messages in a SQLite file, a dispatcher child
// process killed with SIGKILL after `killAfter` deliveries, started again,
// and the fake's per-chat counts compared with who should have got one.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../src/config.js";
import { silentLogger } from "../../src/log.js";
import { openNodeStore } from "../../src/store/open-node.js";
import { startLimitedApi } from "../fakes/limited-api.js";
import { projectRoot } from "../helpers/deps.js";
import { publishTo, seedSubscribers } from "./seed.js";

export interface CrashResult {
  subscribers: number;
  deliveredBeforeKill: number;
  /** Rows the restarted dispatcher found leased (in doubt) and sent again. */
  recoveredInDoubt: number;
  /** People who got nothing. */
  losses: number;
  /** Extra copies received (sum over people of count - 1). */
  duplicates: number;
  /** Second copies the fake dropped by idempotency key. */
  deduplicatedByKey: number;
  sentRows: number;
}

function run(child: ChildProcess): Promise<{ code: number | null; signal: string | null; out: string }> {
  let out = "";
  child.stdout?.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr?.on("data", (c: Buffer) => process.stderr.write(c));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, out })));
}

export async function crashScenario(o: { subscribers: number; killAfter: number; rate: number; sendKeys: boolean }): Promise<CrashResult> {
  const dir = mkdtempSync(join(tmpdir(), "hlasatel-crash-"));
  const dbPath = join(dir, "crash.db");
  try {
    const { store } = await openNodeStore(dbPath);
    await seedSubscribers(store, o.subscribers);
    await publishTo({ store, config: parseConfig({}), clock: Date.now, log: silentLogger });
    await store.close();

    let child: ChildProcess | null = null;
    let deliveredBeforeKill = 0;
    const api = await startLimitedApi({
      ratePerSec: o.rate * 2, burst: o.rate, dedupByKey: o.sendKeys,
      onDelivery: (n) => {
        if (n === o.killAfter && child && !deliveredBeforeKill) {
          child.kill("SIGKILL");
          deliveredBeforeKill = n;
        }
      },
    });
    const spawnWorker = () => spawn(process.execPath, ["--import", "tsx", "test/delivery/crash-worker.ts"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_PATH: dbPath, FAKE_URL: api.url, RATE: String(o.rate), SEND_KEYS: o.sendKeys ? "1" : "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      child = spawnWorker();
      const first = await run(child);
      if (first.signal !== "SIGKILL") throw new Error(`worker was not killed (exit ${first.code}): raise subscribers or lower killAfter`);
      const second = await run(spawnWorker());
      if (second.code !== 0) throw new Error(`restarted worker failed with ${second.code}`);
      const stats = JSON.parse(second.out.trim().split("\n").pop()!) as { recovered: number };
      const counts = [...api.deliveries.values()];
      const { store: check } = await openNodeStore(dbPath);
      const sent = await check.driver.first<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent'");
      await check.close();
      return {
        subscribers: o.subscribers,
        deliveredBeforeKill,
        recoveredInDoubt: stats.recovered,
        losses: o.subscribers - api.deliveries.size,
        duplicates: counts.reduce((s, n) => s + n - 1, 0),
        deduplicatedByKey: api.stats.deduplicated,
        sentRows: sent?.n ?? 0,
      };
    } finally {
      await api.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A dispatcher process for the crash test and bench: drains the outbox of the
// database at DATABASE_PATH to the fake platform at FAKE_URL, then prints its
// stats as JSON. The parent kills it with SIGKILL mid-way and starts it again.
//   DATABASE_PATH=… FAKE_URL=http://127.0.0.1:… RATE=1000 SEND_KEYS=1 node --import tsx test/delivery/crash-worker.ts
import { parseConfig } from "../../src/config.js";
import { createDispatcher } from "../../src/delivery/dispatcher.js";
import type { KnowledgeSource } from "../../src/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { openNodeStore } from "../../src/store/open-node.js";
import { limitedApiSender } from "../fakes/limited-api.js";

const env = process.env;
const rate = Number(env.RATE ?? 1000);
const { store } = await openNodeStore(env.DATABASE_PATH!);
const noMeetings = { current: () => ({ kb: { meetings: [] } }) } as unknown as KnowledgeSource;
const dispatcher = createDispatcher(
  {
    config: parseConfig({}),
    store,
    knowledge: noMeetings,
    log: silentLogger,
    senders: { telegram: limitedApiSender("telegram", env.FAKE_URL!, env.SEND_KEYS !== "0") },
  },
  { limits: { telegram: { ratePerSec: rate, burst: Math.max(1, Math.round(rate / 20)), perAddressIntervalMs: 0, maxInFlight: 16, windowPerSec: 0 } } },
);
const stats = await dispatcher.runUntilIdle();
await store.close();
process.stdout.write(`${JSON.stringify(stats)}\n`);

// AppDeps for tests: an in-memory SQLite store, migrated; the knowledge from
// a content directory (default: the project's content/); a controllable clock.
import { fileURLToPath } from "node:url";
import { parseConfig } from "../../src/config.js";
import { readContentDir } from "../../src/content/read-dir.js";
import type { AppDeps } from "../../src/deps.js";
import { createI18n } from "../../src/i18n.js";
import { buildKnowledge, fixedKnowledge } from "../../src/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { openNodeStore } from "../../src/store/open-node.js";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const projectContent = fileURLToPath(new URL("../../content/", import.meta.url));
export const sharedDir = fileURLToPath(new URL("../../../shared/", import.meta.url));

export interface TestClock {
  now: number;
  (): number;
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2026, 10, 22, 9, 0, 0)): TestClock {
  const clock = (() => clock.now) as TestClock;
  clock.now = start;
  clock.advance = (ms) => {
    clock.now += ms;
  };
  return clock;
}

export interface TestDepsOptions {
  env?: Record<string, string>;
  contentDir?: string;
  clock?: TestClock;
  databasePath?: string;
}

export async function makeTestDeps(options: TestDepsOptions = {}): Promise<AppDeps & { clock: TestClock }> {
  const clock = options.clock ?? testClock();
  const config = parseConfig({ SESSION_SECRET: "test-secret-test-secret-test-secret", ...options.env });
  const { store } = await openNodeStore(options.databasePath ?? ":memory:", { clock });
  const knowledge = buildKnowledge(await readContentDir(options.contentDir ?? projectContent));
  return {
    config,
    store,
    knowledge: fixedKnowledge(knowledge),
    i18n: createI18n(),
    log: silentLogger,
    clock,
    secret: config.SESSION_SECRET!,
    senders: {},
    staffNotifiers: [],
  };
}

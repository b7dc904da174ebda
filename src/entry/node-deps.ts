// Builds AppDeps on Node: the SQLite store (migrated), the content from disk,
// the server secret. Used by the server entry and by CLI verbs that need the
// database; tests build their deps in test/helpers/deps.ts instead.
import { randomBytes } from "node:crypto";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Config } from "../config.js";
import { readContentDir } from "../content/read-dir.js";
import { formatProblem } from "../content/problems.js";
import type { AppDeps } from "../deps.js";
import { createI18n } from "../i18n.js";
import { importContent, storeKnowledge } from "../content/store-source.js";
import { createLogger, type Logger } from "../log.js";
import { openNodeStore, type NodeStore } from "../store/open-node.js";
import { attachDiscord } from "../channels/discord/index.js";
import { attachWhatsApp } from "../channels/whatsapp/index.js";
import { attachTelegram } from "../channels/telegram/index.js";
import { createNodeHttpClient } from "./node-http-client.js";

/** SESSION_SECRET, or a random one created once and kept beside the database (so refs stay stable across restarts). */
export async function serverSecret(config: Config): Promise<string> {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  if (config.DATABASE_PATH === ":memory:") return randomBytes(32).toString("hex");
  const file = resolve(dirname(resolve(config.DATABASE_PATH)), ".secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet: create it below
  }
  const secret = randomBytes(32).toString("hex");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Imports CONTENT_DIR; a missing directory is fine once the database holds content. */
async function importContentDir(store: NodeStore["store"], dir: string, log: Logger): Promise<void> {
  let files;
  try {
    files = await readContentDir(dir);
  } catch (e) {
    if ((await store.contentItems.count()) === 0) throw e;
    log.warn("content.dir_unreadable", { code: (e as NodeJS.ErrnoException).code ?? "unknown" });
    return;
  }
  const r = await importContent(store, files, log);
  log.info("content.imported", {
    added: r.added.length, updated: r.updated.length, conflicts: r.conflicts.length,
    onlyInConsole: r.missing.length, skipped: r.skipped.length, unchanged: r.unchanged,
  });
}

export interface NodeDeps extends AppDeps {
  nodeStore: NodeStore;
}

export async function buildNodeDeps(config: Config, cwd: string, log: Logger = createLogger(config.LOG_LEVEL)): Promise<NodeDeps> {
  const contentDir = resolve(cwd, config.CONTENT_DIR);
  const nodeStore = await openNodeStore(resolve(cwd, config.DATABASE_PATH));
  log.info("store.ready", { applied: nodeStore.migrations.applied.length });
  // CONTENT_DIR is imported into the database (rules: README "Content in the
  // console"); the knowledge is built from the database's published texts.
  await importContentDir(nodeStore.store, contentDir, log);
  const knowledge = await storeKnowledge(nodeStore.store);
  for (const p of knowledge.current().problems.slice(0, 20)) log.warn("content.problem", { problem: formatProblem(p) });
  const deps: NodeDeps = {
    config,
    store: nodeStore.store,
    nodeStore,
    knowledge,
    i18n: createI18n(),
    log,
    clock: Date.now,
    secret: await serverSecret(config),
    senders: {},
    staffNotifiers: [],
    // Outbound API calls over node:http keep-alive sockets (a quarter of fetch's CPU per call);
    // idle sockets are unref'd by the agent, so CLI verbs still exit.
    http: createNodeHttpClient().request,
  };
  attachTelegram(deps); // the Telegram sender and staff-chat notifier, when configured
  attachWhatsApp(deps); // the WhatsApp sender, when configured
  attachDiscord(deps); // the Discord DM sender and staff-channel notifier, when configured
  return deps;
}

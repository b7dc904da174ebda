// The Node server: @hono/node-server over createApp, SQLite on disk, the
// content from CONTENT_DIR. Chat channels attach themselves here when their
// settings are present (Telegram long polling when PUBLIC_URL is unset).
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "../app.js";
import type { Config } from "../config.js";
import { buildNodeDeps, type NodeDeps } from "./node-deps.js";
import { startTelegramPolling } from "../channels/telegram/polling.js";
import { createDispatcher } from "../delivery/dispatcher.js";
import { startJobsTimer } from "../delivery/jobs.js";
import { backgroundFor } from "../channels/whatsapp/background.js";

export interface RunningServer {
  deps: NodeDeps;
  server: ServerType;
  port: number;
  stop(): Promise<void>;
}

export async function startNodeServer(config: Config, cwd: string): Promise<RunningServer> {
  const deps = await buildNodeDeps(config, cwd);
  const app = createApp(deps);
  const stops: Array<() => Promise<void>> = [];
  // Channel start-up (long polling, dispatcher loops) registers its stop here.
  if (config.TELEGRAM_BOT_TOKEN && !config.PUBLIC_URL) stops.push(startTelegramPolling(deps).stop);
  // Delivery: one dispatcher per database drains the outbox; the minute jobs
  // publish scheduled updates, enqueue meeting reminders and run retention.
  const dispatcher = createDispatcher(deps);
  dispatcher.start();
  stops.push(() => dispatcher.stop());
  stops.push(startJobsTimer(deps));

  const server = await new Promise<ServerType>((resolveServer) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolveServer(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  deps.log.info("server.listening", { port });
  return {
    deps,
    server,
    port,
    async stop() {
      for (const stop of stops.reverse()) await stop();
      await new Promise<void>((r) => server.close(() => r()));
      // WhatsApp already got its 200 for batches still being handled: finish them before the database closes.
      await backgroundFor(deps).idle();
      await deps.store.close();
    },
  };
}

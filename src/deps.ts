// Everything the app needs, built once by an entry (Node, Workers, tests) and
// passed down. Nothing here reads the environment or the disk.
import type { i18n } from "i18next";
import type { ChannelSender, StaffNotifier } from "./channels/types.js";
import type { Config } from "./config.js";
import type { HttpClient } from "./http/client.js";
import type { KnowledgeSource } from "./knowledge.js";
import type { Logger } from "./log.js";
import type { BotChannel, Store } from "./store/index.js";

export interface AppDeps {
  config: Config;
  store: Store;
  knowledge: KnowledgeSource;
  i18n: i18n;
  log: Logger;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock: () => number;
  /** Server secret (SESSION_SECRET, or one generated and kept beside the database): HMAC of user refs, CSRF tokens. */
  secret: string;
  /** One sender per configured chat channel. */
  senders: Partial<Record<BotChannel, ChannelSender>>;
  /** Staff chats told about new forwarded questions. */
  staffNotifiers: StaffNotifier[];
  /** Outbound HTTP for the channels' API calls; the platform's fetch when unset (Workers, most tests). */
  http?: HttpClient;
}

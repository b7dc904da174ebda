// Publishing an update: mark it published, audit it, and fill the outbox with
// one row per active subscriber and channel (plus the Discord announce
// channel). The dispatcher (dispatcher.ts) drains the outbox in the background;
// the staff console shows deliveryProgress.
//
// Who gets it: subscribers whose audience is among the update's audiences and
// whose channel is among the update's channels (all chat channels when the
// console stored none). Language: the subscriber's language when the update
// has a text in it; otherwise the Czech text (the city publishes in Czech
// first; a Ukrainian tenant is better served by the Czech notice than by
// none). An update without a Czech text (e.g. a notice only in Ukrainian)
// reaches only subscribers of its languages.
import type { AppDeps } from "../deps.js";
import type { BotChannel, DeliveryCounts } from "../store/index.js";
import { BOT_CHANNELS } from "../store/index.js";

export type DeliveryDeps = Pick<AppDeps, "store" | "config" | "clock" | "log">;

export interface PublishResult {
  /** "published": this call published it; "already_published": nothing changed; "not_found": no such update. */
  status: "published" | "already_published" | "not_found";
  /** Outbox rows this call added (0 when it was enqueued before). */
  enqueued: number;
}

export type DeliveryProgress = DeliveryCounts;

/** The chat channels an update goes to (the console's choice, or all of them). */
export async function updateChannels(deps: DeliveryDeps, updateId: string): Promise<BotChannel[]> {
  const extras = await deps.store.updateDrafts.extras(updateId);
  const chosen = extras?.channels ?? [];
  const bot = BOT_CHANNELS.filter((c) => (chosen as readonly string[]).includes(c));
  return chosen.length ? bot : [...BOT_CHANNELS];
}

/** The languages the update has a text in (per-language texts, else the row's langs). */
export async function updateLangs(deps: DeliveryDeps, updateId: string, fallback: string[]): Promise<string[]> {
  const extras = await deps.store.updateDrafts.extras(updateId);
  const langs = extras?.texts.map((t) => t.lang) ?? [];
  return langs.length ? langs : fallback;
}

/**
 * Publishes and enqueues. Idempotent: a second call (or a retry after a crash
 * between publishing and enqueueing) enqueues only what is missing, which is
 * nothing once the broadcast exists (the broadcast row and its outbox rows are
 * written in one transaction).
 */
export async function publishUpdate(deps: DeliveryDeps, updateId: string, approverId: string | null): Promise<PublishResult> {
  const before = await deps.store.updates.get(updateId);
  if (!before) return { status: "not_found", enqueued: 0 };
  const publishedNow = before.status === "draft" && (await deps.store.updates.publish(updateId, approverId));
  const update = publishedNow ? await deps.store.updates.get(updateId) : before;
  if (!update || update.status !== "published") return { status: "not_found", enqueued: 0 };

  const channels = await updateChannels(deps, updateId);
  const langs = await updateLangs(deps, updateId, update.langs);
  const announce = deps.config.DISCORD_ANNOUNCE_CHANNEL_ID && channels.includes("discord");
  const result = await deps.store.outbox.enqueue({
    key: updateId,
    kind: "update",
    audiences: update.audiences,
    langs,
    channels,
    announceLang: announce ? (langs.includes("cs") ? "cs" : langs[0]) : null,
    now: deps.clock(),
  });
  const enqueued = result.created ? result.total : 0;
  if (publishedNow) {
    await deps.store.audit.add({
      staffId: approverId, action: "update.publish", target: updateId, detail: { enqueued, channels },
    });
  }
  deps.log.info("delivery.enqueued", { update: updateId, enqueued, publishedNow });
  return { status: publishedNow ? "published" : "already_published", enqueued };
}

/** Live counts for the console's progress bar: left = waiting or being sent. */
export async function deliveryProgress(deps: Pick<AppDeps, "store">, updateId: string): Promise<DeliveryProgress> {
  return deps.store.outbox.counts(updateId);
}

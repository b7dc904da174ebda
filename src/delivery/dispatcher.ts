// The dispatcher: drains the outbox, one lane per channel that has a sender.
//
// Each lane claims a few due rows at a time (a lease in SQLite), waits for a
// token of the channel's bucket, and keeps up to maxInFlight sends going. The
// outcomes are written in batches (every flushIntervalMs or flushSize
// outcomes), so SQLite is not the bottleneck at 1,000 messages/s.
//
// Exactly-once, and where it cannot be had: a row is "sending" from its claim
// until its outcome is flushed. If the process dies in between, the row is
// in doubt: the message may or may not have reached the platform. On start
// (and when a lease expires) in-doubt rows are sent again with the same
// idempotency key (`outbox-<id>`): platforms that de-duplicate by key drop the
// second copy; Telegram and WhatsApp have no such key, so a kill -9 can give
// at most (claimed-but-unflushed) people a second copy, never zero copies.
// The window is kept small: claims are a fraction of a second of sending
// (claimSize) and outcomes are flushed every 20 ms.
import type { ChannelSender, SendResult } from "../channels/types.js";
import type { AppDeps } from "../deps.js";
import type { BotChannel, ClaimedEntry, FinishOutcome } from "../store/index.js";
import { BOT_CHANNELS } from "../store/index.js";
import { realClock, type DispatchClock } from "./clock.js";
import { resolveLimits, type ChannelLimits } from "./limits.js";
import { createMessageSource } from "./messages.js";
import { TokenBucket } from "./token-bucket.js";

export type DispatcherDeps = Pick<AppDeps, "store" | "config" | "log" | "senders" | "knowledge">;

export interface DispatcherOptions {
  limits?: Partial<Record<BotChannel, Partial<ChannelLimits>>>;
  clock?: DispatchClock;
  /** How long a claim is held before another dispatcher may take it over. */
  leaseMs?: number;
  /** Failed attempts before a message is given up ("failed"). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  flushIntervalMs?: number;
  flushSize?: number;
  /** How often an idle lane looks for new work. */
  idlePollMs?: number;
  /**
   * Single dispatcher per database (the Node server): every row still leased
   * at start belongs to a dead process and is retried at once. Otherwise
   * only expired leases are taken over.
   */
  recoverAllOnStart?: boolean;
}

export interface DispatcherStats {
  sent: number;
  failed: number;
  blocked: number;
  skipped: number;
  retried: number;
  rateLimited: number;
  recovered: number;
}

interface Lane {
  channel: BotChannel;
  sender: ChannelSender;
  limits: ChannelLimits;
  bucket: TokenBucket;
  buffer: ClaimedEntry[];
  /** Sends under way, and who waits for one of them to finish. */
  inFlight: number;
  waiters: Array<() => void>;
  pausedUntil: number;
  lastByAddress: Map<string, number>;
  /** Start times of the last windowPerSec sends (a ring), for the sliding-second cap. */
  recent: number[];
  recentAt: number;
}

export function createDispatcher(deps: DispatcherDeps, options: DispatcherOptions = {}) {
  const clock = options.clock ?? realClock;
  const limits = resolveLimits(options.limits);
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoffBaseMs = options.backoffBaseMs ?? 2_000;
  const backoffCapMs = options.backoffCapMs ?? 10 * 60_000;
  const flushIntervalMs = options.flushIntervalMs ?? 20;
  const flushSize = options.flushSize ?? 200;
  const idlePollMs = options.idlePollMs ?? 1_000;
  const owner = `d-${Math.random().toString(36).slice(2, 10)}`;
  const messages = createMessageSource(deps);
  const outbox = deps.store.outbox;
  const stats: DispatcherStats = { sent: 0, failed: 0, blocked: 0, skipped: 0, retried: 0, rateLimited: 0, recovered: 0 };

  const lanes: Lane[] = BOT_CHANNELS.flatMap((channel) => {
    const sender = deps.senders[channel];
    if (!sender) return [];
    const l = limits[channel];
    return [{
      channel, sender, limits: l, bucket: new TokenBucket(l.ratePerSec, l.burst, clock.now), buffer: [],
      inFlight: 0, waiters: [], pausedUntil: 0, lastByAddress: new Map<string, number>(),
      recent: [], recentAt: 0,
    }];
  });

  // Outcomes waiting to be written, and the write in progress (one at a time).
  let pending: FinishOutcome[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  function flush(): Promise<void> {
    if (flushTimer) { clearTimeout(flushTimer); flushTimer = null; }
    const batch = pending;
    pending = [];
    if (batch.length) {
      flushing = flushing.then(() => outbox.finish(batch, clock.now())).catch((e: unknown) => {
        // The rows stay leased and are retried after the lease: a duplicate risk, not a loss.
        deps.log.error("delivery.flush_failed", { error: (e as Error).message, rows: batch.length });
      });
    }
    return flushing;
  }

  function record(outcome: FinishOutcome): void {
    pending.push(outcome);
    if (pending.length >= flushSize) void flush();
    else if (!flushTimer) flushTimer = setTimeout(() => void flush(), flushIntervalMs);
  }

  function backoff(attempts: number): number {
    const base = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(base * (0.75 + Math.random() * 0.25));
  }

  function applyResult(lane: Lane, entry: ClaimedEntry, address: string, result: SendResult): void {
    const now = clock.now();
    if (result.ok) {
      stats.sent++;
      return record({ id: entry.id, status: "sent" });
    }
    switch (result.reason) {
      case "rate_limited": {
        stats.rateLimited++;
        const until = now + Math.max(1, result.retryAfterMs);
        lane.pausedUntil = Math.max(lane.pausedUntil, until);
        lane.bucket.empty();
        return record({ id: entry.id, status: "pending", nextAt: until, countAttempt: false, error: "rate_limited" });
      }
      case "blocked":
        stats.blocked++;
        void deps.store.subscriptions.deactivateByAddress(lane.channel, address).catch(() => undefined);
        return record({ id: entry.id, status: "blocked" });
      case "outside_window":
        stats.skipped++;
        return record({ id: entry.id, status: "skipped", error: "outside_window" });
      case "failed": {
        const attempts = entry.attempts + 1;
        const error = result.status ? `status:${result.status}` : "failed";
        if (!result.retryable || attempts >= maxAttempts) {
          stats.failed++;
          return record({ id: entry.id, status: "failed", error });
        }
        stats.retried++;
        return record({ id: entry.id, status: "pending", nextAt: now + backoff(attempts), countAttempt: true, error });
      }
    }
  }

  async function sendOne(lane: Lane, entry: ClaimedEntry, address: string): Promise<void> {
    const message = await messages.get(entry.broadcastKey, entry.lang);
    if (!message) {
      stats.skipped++;
      return record({ id: entry.id, status: "skipped", error: "no_message" });
    }
    let result: SendResult;
    try {
      result = await lane.sender.send(address, message, {
        purpose: "update", userRef: entry.userRef ?? undefined, lang: entry.lang, idempotencyKey: `outbox-${entry.id}`,
      });
    } catch {
      result = { ok: false, reason: "failed", retryable: true };
    }
    applyResult(lane, entry, address, result);
  }

  /** Where the entry goes, or null when it must not be sent (unsubscribed, forgotten, no announce channel). */
  function addressOf(entry: ClaimedEntry): string | null {
    if (entry.subscriptionId === 0) return deps.config.DISCORD_ANNOUNCE_CHANNEL_ID ?? null;
    return entry.active ? entry.address : null;
  }

  /** Puts claimed-but-unsent rows back (nothing was sent: no duplicate risk). */
  function releaseBuffer(lane: Lane, nextAt: number): void {
    for (const e of lane.buffer.splice(0)) record({ id: e.id, status: "pending", nextAt, countAttempt: false });
  }

  let stopping = false;
  let wake = new AbortController();
  const sleep = (ms: number) => clock.sleep(ms, wake.signal);

  /**
   * One step of a lane. Returns "idle" when nothing is due and nothing is in flight.
   */
  async function step(lane: Lane): Promise<"busy" | "idle"> {
    const now = clock.now();
    if (lane.pausedUntil > now) {
      releaseBuffer(lane, lane.pausedUntil);
      await sleep(lane.pausedUntil - now);
      return "busy";
    }
    if (!lane.buffer.length) {
      // About 50 ms of sending, at least what fills the in-flight slots' next round.
      const claimSize = Math.max(1, Math.min(lane.limits.maxInFlight * 2, Math.ceil(lane.limits.ratePerSec / 20)));
      lane.buffer = await outbox.claim({ channel: lane.channel, now, leaseMs, owner, limit: claimSize });
      if (!lane.buffer.length) {
        if (lane.inFlight) {
          await slotFreed(lane);
          return "busy";
        }
        return "idle";
      }
    }
    const entry = lane.buffer[0]!;
    const address = addressOf(entry);
    if (address === null) {
      lane.buffer.shift();
      stats.skipped++;
      record({ id: entry.id, status: "skipped", error: "unsubscribed" });
      return "busy";
    }
    const gap = lane.limits.perAddressIntervalMs;
    const last = gap ? lane.lastByAddress.get(address) : undefined;
    if (last !== undefined && now - last < gap) {
      lane.buffer.shift();
      record({ id: entry.id, status: "pending", nextAt: last + gap, countAttempt: false });
      return "busy";
    }
    if (lane.inFlight >= lane.limits.maxInFlight) {
      await slotFreed(lane);
      return "busy";
    }
    const cap = lane.limits.windowPerSec;
    const oldest = cap ? lane.recent[lane.recentAt] : undefined;
    if (oldest !== undefined && now - oldest < 1000) {
      await sleep(oldest + 1000 - now);
      return "busy";
    }
    const wait = lane.bucket.take();
    if (wait > 0) {
      await sleep(wait);
      return "busy";
    }
    lane.buffer.shift();
    if (cap) {
      lane.recent[lane.recentAt] = now;
      lane.recentAt = (lane.recentAt + 1) % cap;
    }
    if (gap) {
      lane.lastByAddress.set(address, now);
      if (lane.lastByAddress.size > 50_000) {
        for (const [a, t] of lane.lastByAddress) if (now - t >= gap) lane.lastByAddress.delete(a);
      }
    }
    lane.inFlight++;
    void sendOne(lane, entry, address).catch((e: unknown) => {
      // Not the platform's answer (e.g. the database failed reading the message): try again later.
      deps.log.error("delivery.send_error", { channel: lane.channel, error: (e as Error).message });
      record({ id: entry.id, status: "pending", nextAt: clock.now() + backoff(entry.attempts + 1), countAttempt: true, error: "internal" });
    }).finally(() => {
      lane.inFlight--;
      for (const wake of lane.waiters.splice(0)) wake();
    });
    return "busy";
  }

  function slotFreed(lane: Lane): Promise<void> {
    return new Promise((resolve) => lane.waiters.push(resolve));
  }

  async function settle(lane: Lane): Promise<void> {
    while (lane.inFlight) await slotFreed(lane);
    releaseBuffer(lane, clock.now());
    await flush();
  }

  /** Runs a lane until stop(); `untilIdle` ends it once nothing of its channel is due. */
  async function runLane(lane: Lane, untilIdle: boolean): Promise<void> {
    while (!stopping) {
      let state: "busy" | "idle";
      try {
        state = await step(lane);
      } catch (e) {
        deps.log.error("delivery.lane_error", { channel: lane.channel, error: (e as Error).message });
        await sleep(idlePollMs);
        continue;
      }
      if (state === "busy") continue;
      await flush();
      const due = await outbox.nextDueAt(lane.channel);
      if (due === null && untilIdle) break;
      const waitMs = due === null ? idlePollMs : Math.min(idlePollMs, Math.max(1, due - clock.now()));
      await sleep(waitMs);
    }
    await settle(lane);
  }

  async function recover(all: boolean): Promise<void> {
    const n = await outbox.recoverLeases(clock.now(), all);
    if (n) {
      stats.recovered += n;
      deps.log.warn("delivery.recovered_in_doubt", { rows: n });
    }
  }

  let running: Promise<void> | null = null;

  return {
    stats,
    owner,

    /** Starts the lanes in the background (the Node server). */
    start(): void {
      if (running) return;
      stopping = false;
      running = (async () => {
        await recover(options.recoverAllOnStart ?? true);
        const leaseCheck = setInterval(() => void recover(false).catch(() => undefined), Math.max(1000, leaseMs / 2));
        try {
          await Promise.all(lanes.map((l) => runLane(l, false)));
        } finally {
          clearInterval(leaseCheck);
        }
      })().catch((e: unknown) => {
        deps.log.error("delivery.dispatcher_stopped", { error: (e as Error).message });
      });
    },

    /** Stops: waits for sends in flight, returns unsent claims, writes every outcome. */
    async stop(): Promise<void> {
      stopping = true;
      wake.abort();
      await running;
      running = null;
      wake = new AbortController();
      await flush();
    },

    /** Lets idle lanes look for new work now (after a publish). */
    nudge(): void {
      wake.abort();
      wake = new AbortController();
    },

    /** Drains everything that is due or backing off, then resolves (tests, benches, the crash worker, cron). */
    async runUntilIdle(): Promise<DispatcherStats> {
      stopping = false;
      await recover(options.recoverAllOnStart ?? true);
      await Promise.all(lanes.map((l) => runLane(l, true)));
      await flush();
      return stats;
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

// The delivery outbox (migrations/0006_delivery.sql): broadcasts of updates
// and meeting reminders, one row per subscriber and channel, claimed with a
// lease by the dispatcher (src/delivery/dispatcher.ts) and finished in batches.
// Every method takes `now` from the caller: the dispatcher runs on its own
// (possibly simulated) clock.
import type { SqlStatement } from "../sql.js";
import { stmt } from "../sql.js";
import type { BotChannel } from "../types.js";
import type { RepoContext } from "./context.js";

export type BroadcastKind = "update" | "reminder";
export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "blocked" | "skipped";

export interface BroadcastTarget {
  /** The update id, or `meeting:<id>:<starts>` for a reminder. */
  key: string;
  kind: BroadcastKind;
  audiences: readonly string[];
  /** Languages the message exists in. Subscribers of another language get Czech if present, else nothing. */
  langs: readonly string[];
  channels: readonly BotChannel[];
  /** Also one row for the Discord announce channel (subscription_id 0), in this language. */
  announceLang?: string | null;
  now: number;
}

export interface EnqueueResult {
  /** False when the broadcast existed already (nothing new was enqueued). */
  created: boolean;
  /** Outbox rows of the broadcast. */
  total: number;
}

export interface ClaimedEntry {
  id: number;
  broadcastKey: string;
  channel: BotChannel;
  subscriptionId: number;
  lang: string;
  attempts: number;
  /** null when the subscription is gone (forgotten) or is the announce row. */
  address: string | null;
  userRef: string | null;
  /** False when the person unsubscribed after the broadcast was enqueued. */
  active: boolean;
}

export type FinishOutcome =
  | { id: number; status: "sent" | "failed" | "blocked" | "skipped"; error?: string }
  /** Try again at `nextAt`; `countAttempt` false for rate limiting and in-doubt releases. */
  | { id: number; status: "pending"; nextAt: number; countAttempt: boolean; error?: string };

export interface DeliveryCounts {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  skipped: number;
  /** pending + sending. */
  left: number;
}

/** Binds a list of ids as one parameter (D1 caps bound parameters at 100). */
const IDS = "SELECT value FROM json_each(?)";

export function outboxRepo({ db }: RepoContext) {
  return {
    /**
     * Writes the broadcast and its outbox rows in one atomic batch, unless the
     * broadcast exists already: calling it twice enqueues nothing new.
     */
    async enqueue(t: BroadcastTarget): Promise<EnqueueResult> {
      const existing = await db.first<{ total: number }>("SELECT total FROM broadcasts WHERE key = ?", [t.key]);
      if (existing) return { created: false, total: existing.total };
      const langs = JSON.stringify([...new Set(t.langs)]);
      const notYet = "NOT EXISTS (SELECT 1 FROM broadcasts WHERE key = ?)";
      const statements: SqlStatement[] = [
        stmt(
          `INSERT OR IGNORE INTO outbox (broadcast_key, channel, subscription_id, lang, status, next_at, created_at)
           SELECT ?, s.channel, s.id, CASE WHEN s.lang IN (SELECT value FROM json_each(?)) THEN s.lang ELSE 'cs' END,
             'pending', 0, ?
           FROM subscriptions s
           WHERE s.active = 1
             AND s.audience IN (SELECT value FROM json_each(?))
             AND s.channel IN (SELECT value FROM json_each(?))
             AND (s.lang IN (SELECT value FROM json_each(?)) OR 'cs' IN (SELECT value FROM json_each(?)))
             AND ${notYet}
           ORDER BY s.id`,
          t.key, langs, t.now, JSON.stringify([...t.audiences]), JSON.stringify([...t.channels]), langs, langs, t.key,
        ),
      ];
      if (t.announceLang) {
        statements.push(stmt(
          `INSERT OR IGNORE INTO outbox (broadcast_key, channel, subscription_id, lang, status, next_at, created_at)
           SELECT ?, 'discord', 0, ?, 'pending', 0, ? WHERE ${notYet}`,
          t.key, t.announceLang, t.now, t.key,
        ));
      }
      statements.push(stmt(
        `INSERT OR IGNORE INTO broadcasts (key, kind, enqueued_at, total)
         VALUES (?, ?, ?, (SELECT COUNT(*) FROM outbox WHERE broadcast_key = ?))`,
        t.key, t.kind, t.now, t.key,
      ));
      await db.batch(statements);
      const row = await db.first<{ total: number }>("SELECT total FROM broadcasts WHERE key = ?", [t.key]);
      return { created: true, total: row?.total ?? 0 };
    },

    async broadcastExists(key: string): Promise<boolean> {
      return (await db.first("SELECT 1 AS x FROM broadcasts WHERE key = ?", [key])) !== null;
    },

    /**
     * Leases up to `limit` due rows of the channel, oldest first, and returns
     * them with the address read from subscriptions (never stored here).
     */
    async claim(o: { channel: BotChannel; now: number; leaseMs: number; owner: string; limit: number }): Promise<ClaimedEntry[]> {
      const ids = await db.all<{ id: number }>(
        `UPDATE outbox SET status = 'sending', lease_until = ?, lease_owner = ?
         WHERE id IN (SELECT id FROM outbox WHERE channel = ? AND status = 'pending' AND next_at <= ? ORDER BY id LIMIT ?)
         RETURNING id`,
        [o.now + o.leaseMs, o.owner, o.channel, o.now, Math.max(1, Math.floor(o.limit))],
      );
      if (!ids.length) return [];
      const rows = await db.all<{
        id: number; broadcast_key: string; channel: BotChannel; subscription_id: number; lang: string; attempts: number;
        address: string | null; user_ref: string | null; active: number | null;
      }>(
        `SELECT o.id, o.broadcast_key, o.channel, o.subscription_id, o.lang, o.attempts, s.address, s.user_ref, s.active
         FROM outbox o LEFT JOIN subscriptions s ON s.id = o.subscription_id AND o.subscription_id <> 0
         WHERE o.id IN (${IDS}) ORDER BY o.id`,
        [JSON.stringify(ids.map((r) => r.id))],
      );
      return rows.map((r) => ({
        id: r.id, broadcastKey: r.broadcast_key, channel: r.channel, subscriptionId: r.subscription_id, lang: r.lang,
        attempts: r.attempts, address: r.address, userRef: r.user_ref, active: r.subscription_id === 0 || r.active === 1,
      }));
    },

    /**
     * Returns leased rows to 'pending'. With `all`, every leased row (a single
     * dispatcher starting after a crash: whatever was leased is in doubt);
     * otherwise only rows whose lease expired. Returns how many.
     */
    async recoverLeases(now: number, all = false): Promise<number> {
      const { changes } = await db.run(
        `UPDATE outbox SET status = 'pending', lease_until = NULL, lease_owner = NULL, last_error = 'in_doubt'
         WHERE status = 'sending' AND (? = 1 OR lease_until < ?)`,
        [all ? 1 : 0, now],
      );
      return changes;
    },

    /** Records the outcome of sends, in one transaction. */
    async finish(outcomes: readonly FinishOutcome[], now: number): Promise<void> {
      if (!outcomes.length) return;
      const statements: SqlStatement[] = [];
      const byStatus = new Map<string, number[]>();
      for (const o of outcomes) {
        if (o.status === "pending") {
          statements.push(stmt(
            `UPDATE outbox SET status = 'pending', next_at = ?, attempts = attempts + ?, last_error = ?,
               lease_until = NULL, lease_owner = NULL
             WHERE id = ? AND status IN ('pending', 'sending')`,
            o.nextAt, o.countAttempt ? 1 : 0, o.error ?? null, o.id,
          ));
        } else if (o.error) {
          statements.push(stmt(
            `UPDATE outbox SET status = ?, last_error = ?, attempts = attempts + 1, lease_until = NULL, lease_owner = NULL
             WHERE id = ? AND status IN ('pending', 'sending')`,
            o.status, o.error, o.id,
          ));
        } else {
          const list = byStatus.get(o.status) ?? [];
          list.push(o.id);
          byStatus.set(o.status, list);
        }
      }
      for (const [status, ids] of byStatus) {
        statements.push(stmt(
          `UPDATE outbox SET status = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END,
             lease_until = NULL, lease_owner = NULL
           WHERE id IN (${IDS}) AND status IN ('pending', 'sending')`,
          status, status, now, JSON.stringify(ids),
        ));
      }
      await db.batch(statements);
    },

    /** When the channel has due work next: null when nothing is pending. */
    async nextDueAt(channel: BotChannel): Promise<number | null> {
      const row = await db.first<{ at: number | null }>(
        "SELECT MIN(next_at) AS at FROM outbox WHERE channel = ? AND status = 'pending'", [channel],
      );
      return row?.at ?? null;
    },

    async counts(key: string): Promise<DeliveryCounts> {
      const rows = await db.all<{ status: OutboxStatus; n: number }>(
        "SELECT status, COUNT(*) AS n FROM outbox WHERE broadcast_key = ? GROUP BY status", [key],
      );
      const c: DeliveryCounts = { total: 0, sent: 0, failed: 0, blocked: 0, skipped: 0, left: 0 };
      for (const r of rows) {
        c.total += r.n;
        if (r.status === "pending" || r.status === "sending") c.left += r.n;
        else c[r.status] += r.n;
      }
      return c;
    },

    /** Statistics: finished rows per channel and status since a time. */
    async statusByChannel(sinceMs = 0): Promise<Array<{ channel: BotChannel; status: OutboxStatus; count: number }>> {
      return db.all(
        `SELECT channel, status, COUNT(*) AS count FROM outbox WHERE created_at >= ?
         GROUP BY channel, status ORDER BY channel, status`,
        [sinceMs],
      );
    },
  };
}

export type OutboxRepo = ReturnType<typeof outboxRepo>;

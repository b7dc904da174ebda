// Opt-in subscriptions to updates, one per channel user. `address` is the chat
// id / phone number the dispatcher sends to; the rest is keyed pseudonymously.
import { z } from "zod";
import type { SqlValue } from "../sql.js";
import {
  audienceSchema, botChannelSchema, clampLimit, langSchema, refSchema, type Audience, type BotChannel,
} from "../types.js";
import type { RepoContext } from "./context.js";

export interface Subscription {
  id: number;
  channel: BotChannel;
  userRef: string;
  address: string;
  audience: Audience;
  lang: string;
  active: boolean;
  createdAt: number;
  deactivatedAt: number | null;
}

const subscribeInput = z.object({
  channel: botChannelSchema,
  userRef: refSchema,
  address: refSchema,
  audience: audienceSchema,
  lang: langSchema,
});
export type NewSubscription = z.input<typeof subscribeInput>;

export interface ActiveFilter {
  channel?: BotChannel;
  audience?: Audience;
  lang?: string;
  /** Keyset cursor: the `next` of the previous page. */
  after?: number;
  limit?: number;
}

export interface SubscriptionPage {
  items: Subscription[];
  /** Pass as `after` for the next page; null on the last page. */
  next: number | null;
}

export interface SubscriptionCount {
  channel: BotChannel;
  audience: Audience;
  lang: string;
  count: number;
}

interface SubscriptionRow {
  id: number; channel: BotChannel; user_ref: string; address: string; audience: Audience; lang: string;
  active: number; created_at: number; deactivated_at: number | null;
}

const COLUMNS = "id, channel, user_ref, address, audience, lang, active, created_at, deactivated_at";

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    id: r.id, channel: r.channel, userRef: r.user_ref, address: r.address, audience: r.audience, lang: r.lang,
    active: r.active === 1, createdAt: r.created_at, deactivatedAt: r.deactivated_at,
  };
}

export function subscriptionsRepo({ db, clock }: RepoContext) {
  return {
    /** Subscribes, or re-activates and updates an existing subscription. */
    async subscribe(input: NewSubscription): Promise<Subscription> {
      const s = subscribeInput.parse(input);
      const row = await db.first<SubscriptionRow>(
        `INSERT INTO subscriptions (channel, user_ref, address, audience, lang, active, created_at)
         VALUES (?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT (channel, user_ref) DO UPDATE SET address = excluded.address, audience = excluded.audience,
           lang = excluded.lang, active = 1, deactivated_at = NULL
         RETURNING ${COLUMNS}`,
        [s.channel, s.userRef, s.address, s.audience, s.lang, clock()],
      );
      if (!row) throw new Error("subscriptions upsert returned no row");
      return toSubscription(row);
    },

    async get(channel: BotChannel, userRef: string): Promise<Subscription | null> {
      const r = await db.first<SubscriptionRow>(
        `SELECT ${COLUMNS} FROM subscriptions WHERE channel = ? AND user_ref = ?`, [channel, userRef],
      );
      return r ? toSubscription(r) : null;
    },

    /** /stop. Returns false when there was no active subscription. */
    async unsubscribe(channel: BotChannel, userRef: string): Promise<boolean> {
      const { changes } = await db.run(
        "UPDATE subscriptions SET active = 0, deactivated_at = ? WHERE channel = ? AND user_ref = ? AND active = 1",
        [clock(), channel, userRef],
      );
      return changes > 0;
    },

    /** The platform says the chat is gone (Telegram 403: bot blocked, chat deleted). */
    async deactivateByAddress(channel: BotChannel, address: string): Promise<number> {
      const { changes } = await db.run(
        "UPDATE subscriptions SET active = 0, deactivated_at = ? WHERE channel = ? AND address = ? AND active = 1",
        [clock(), channel, address],
      );
      return changes;
    },

    /** Active subscriptions in id order, a page at a time (stable while rows change). */
    async listActive(filter: ActiveFilter = {}): Promise<SubscriptionPage> {
      const where = ["active = 1", "id > ?"];
      const params: SqlValue[] = [filter.after ?? 0];
      if (filter.channel !== undefined) { where.push("channel = ?"); params.push(filter.channel); }
      if (filter.audience !== undefined) { where.push("audience = ?"); params.push(filter.audience); }
      if (filter.lang !== undefined) { where.push("lang = ?"); params.push(filter.lang); }
      const limit = clampLimit(filter.limit, 100);
      const rows = await db.all<SubscriptionRow>(
        `SELECT ${COLUMNS} FROM subscriptions WHERE ${where.join(" AND ")} ORDER BY id LIMIT ?`,
        [...params, limit],
      );
      const items = rows.map(toSubscription);
      return { items, next: items.length === limit ? items[items.length - 1]!.id : null };
    },

    /** Active subscriptions counted per channel, audience and language (for statistics). */
    async countActive(): Promise<SubscriptionCount[]> {
      return db.all<SubscriptionCount>(
        `SELECT channel, audience, lang, COUNT(*) AS count FROM subscriptions WHERE active = 1
         GROUP BY channel, audience, lang ORDER BY channel, audience, lang`,
      );
    },

    async deleteFor(channel: BotChannel, userRef: string): Promise<boolean> {
      return (await db.run("DELETE FROM subscriptions WHERE channel = ? AND user_ref = ?", [channel, userRef])).changes > 0;
    },

    /** Retention: forget addresses of subscriptions stopped before the cutoff. */
    async deleteInactiveBefore(cutoffMs: number): Promise<number> {
      return (await db.run("DELETE FROM subscriptions WHERE active = 0 AND deactivated_at < ?", [cutoffMs])).changes;
    },
  };
}

export type SubscriptionsRepo = ReturnType<typeof subscriptionsRepo>;

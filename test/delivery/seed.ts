// Many subscribers at once (one statement), and a published update for them.
import { publishUpdate } from "../../src/delivery/publish.js";
import type { DeliveryDeps } from "../../src/delivery/publish.js";
import type { BotChannel, Store } from "../../src/store/index.js";

/** Subscribers `${prefix}1 … ${prefix}n` with addresses `${prefix}1 …`, residents, Czech. */
export async function seedSubscribers(store: Store, n: number, channel: BotChannel = "telegram", prefix = "chat-"): Promise<void> {
  await store.driver.run(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO subscriptions (channel, user_ref, address, audience, lang, active, created_at)
     SELECT ?, ? || 'ref-' || i, ? || i, 'residents', 'cs', 1, 0 FROM n`,
    [n, channel, `${channel}-${prefix}`, prefix],
  );
}

export async function publishTo(deps: DeliveryDeps, title = "Novinka"): Promise<string> {
  const u = await deps.store.updates.create({ title, body: "Text novinky.", audiences: ["residents", "neighbours", "public"], langs: ["cs"] });
  const r = await publishUpdate(deps, u.id, null);
  if (r.status !== "published") throw new Error(`publish failed: ${r.status}`);
  return u.id;
}

// publishUpdate / deliveryProgress over a real (in-memory) SQLite store.
import { describe, expect, it } from "vitest";
import { deliveryProgress, publishUpdate } from "../../src/delivery/publish.js";
import { makeTestDeps } from "../helpers/deps.js";

async function setup(env: Record<string, string> = {}) {
  const deps = await makeTestDeps({ env });
  const editor = await deps.store.staff.addUser({ email: "editor@example.cz", role: "editor" });
  const garant = await deps.store.staff.addUser({ email: "garant@example.cz", role: "garant" });
  const sub = (channel: "telegram" | "whatsapp" | "discord", n: number, audience: "residents" | "neighbours" | "public", lang: string) =>
    deps.store.subscriptions.subscribe({ channel, userRef: `${channel}-${n}`, address: `${channel}-addr-${n}`, audience, lang });
  await sub("telegram", 1, "residents", "cs");
  await sub("telegram", 2, "residents", "uk");
  await sub("telegram", 3, "neighbours", "cs");
  await sub("whatsapp", 4, "residents", "en");
  await sub("discord", 5, "public", "cs");
  await sub("telegram", 6, "residents", "cs");
  await deps.store.subscriptions.unsubscribe("telegram", "telegram-6");
  return { deps, editor, garant };
}

describe("publishUpdate", () => {
  it("publishes, audits, and enqueues one row per matching active subscriber; twice enqueues nothing new", async () => {
    const { deps, editor, garant } = await setup();
    const u = await deps.store.updates.create({ title: "Nové", body: "Text", audiences: ["residents"], langs: ["cs"], createdBy: editor.id });
    const first = await publishUpdate(deps, u.id, garant.id);
    // residents: telegram-1 (cs), telegram-2 (uk → Czech), whatsapp-4 (en → Czech); not the neighbour, public or the unsubscribed one
    expect(first).toEqual({ status: "published", enqueued: 3 });
    expect((await deps.store.updates.get(u.id))?.status).toBe("published");
    expect((await deps.store.audit.list({ action: "update.publish" })).map((a) => [a.staffId, a.target])).toEqual([[garant.id, u.id]]);
    expect(await deliveryProgress(deps, u.id)).toEqual({ total: 3, sent: 0, failed: 0, blocked: 0, skipped: 0, left: 3 });

    await deps.store.subscriptions.subscribe({ channel: "telegram", userRef: "late", address: "late", audience: "residents", lang: "cs" });
    expect(await publishUpdate(deps, u.id, garant.id)).toEqual({ status: "already_published", enqueued: 0 });
    expect((await deliveryProgress(deps, u.id)).total).toBe(3);
    expect(await deps.store.audit.list({ action: "update.publish" })).toHaveLength(1);
    expect(await publishUpdate(deps, "nope", garant.id)).toEqual({ status: "not_found", enqueued: 0 });
  });

  it("picks the subscriber's language when the update has it, Czech otherwise, and skips when there is no Czech", async () => {
    const { deps, garant } = await setup();
    const u = await deps.store.updates.create({ title: "Nové", body: "Text", audiences: ["residents", "neighbours"], langs: ["cs", "uk"] });
    await deps.store.updateDrafts.saveDraft(u.id, {
      channels: ["telegram", "web"], scheduledAt: null,
      texts: [{ lang: "cs", title: "Nové", body: "Text" }, { lang: "uk", title: "Нове", body: "Текст" }],
    });
    await publishUpdate(deps, u.id, garant.id);
    const rows = await deps.store.driver.all<{ lang: string; channel: string }>("SELECT channel, lang FROM outbox WHERE broadcast_key = ? ORDER BY id", [u.id]);
    // telegram only (the console chose telegram + web): residents 1 (cs), 2 (uk) and neighbour 3 (cs)
    expect(rows).toEqual([{ channel: "telegram", lang: "cs" }, { channel: "telegram", lang: "uk" }, { channel: "telegram", lang: "cs" }]);

    const ukOnly = await deps.store.updates.create({ title: "Нове", body: "Текст", audiences: ["residents"], langs: ["uk"] });
    expect(await publishUpdate(deps, ukOnly.id, garant.id)).toEqual({ status: "published", enqueued: 1 });
  });

  it("adds the Discord announce channel when configured", async () => {
    const { deps, garant } = await setup({ DISCORD_ANNOUNCE_CHANNEL_ID: "123456" });
    const u = await deps.store.updates.create({ title: "Nové", body: "Text", audiences: ["public"], langs: ["cs"] });
    expect(await publishUpdate(deps, u.id, garant.id)).toEqual({ status: "published", enqueued: 2 });
    const rows = await deps.store.driver.all("SELECT channel, subscription_id FROM outbox ORDER BY id");
    expect(rows).toEqual([{ channel: "discord", subscription_id: 5 }, { channel: "discord", subscription_id: 0 }]);
  });
});

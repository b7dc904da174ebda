// The minute jobs on a real in-memory store with the test clock.
import { describe, expect, it } from "vitest";
import type { ChannelSender, OutboundMessage } from "../../src/channels/types.js";
import type { Meeting } from "../../src/content/schemas.js";
import { createDispatcher } from "../../src/delivery/dispatcher.js";
import { pragueToUtc, reminderWindow, runJobs } from "../../src/delivery/jobs.js";
import { deliveryProgress } from "../../src/delivery/publish.js";
import { fixedKnowledge } from "../../src/knowledge.js";
import { answerQuestion } from "../../src/relay/questions.js";
import { makeTestDeps } from "../helpers/deps.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function memorySender(): ChannelSender & { sent: Array<{ address: string; message: OutboundMessage; lang?: string }> } {
  const sent: Array<{ address: string; message: OutboundMessage; lang?: string }> = [];
  return { channel: "telegram", sent, async send(address, message, o) { sent.push({ address, message, lang: o.lang }); return { ok: true }; } };
}

describe("Prague time", () => {
  it("converts local meeting times in winter and summer time", () => {
    expect(new Date(pragueToUtc("2026-11-25T17:00")).toISOString()).toBe("2026-11-25T16:00:00.000Z");
    expect(new Date(pragueToUtc("2026-07-01T17:00")).toISOString()).toBe("2026-07-01T15:00:00.000Z");
    expect(reminderWindow({ starts: "2026-11-25T17:00" })).toEqual({ from: Date.UTC(2026, 10, 24, 9), until: Date.UTC(2026, 10, 25, 16) });
    expect(reminderWindow({ starts: null })).toBeNull();
  });
});

describe("minute jobs", () => {
  it("publishes an approved scheduled update when its time comes, not before, and not an unapproved one", async () => {
    const deps = await makeTestDeps();
    const garant = await deps.store.staff.addUser({ email: "g@example.cz", role: "garant" });
    await deps.store.subscriptions.subscribe({ channel: "telegram", userRef: "r1", address: "1", audience: "residents", lang: "cs" });
    const texts = [{ lang: "cs", title: "Zítra", body: "Text" }];
    const approved = await deps.store.updates.create({ title: "Zítra", body: "Text", audiences: ["residents"], langs: ["cs"] });
    await deps.store.updateDrafts.saveDraft(approved.id, { channels: ["telegram"], scheduledAt: deps.clock() + HOUR, texts });
    await deps.store.updateDrafts.approveScheduled(approved.id, garant.id);
    const unapproved = await deps.store.updates.create({ title: "Ne", body: "Text", audiences: ["residents"], langs: ["cs"] });
    await deps.store.updateDrafts.saveDraft(unapproved.id, { channels: ["telegram"], scheduledAt: deps.clock() + HOUR, texts });

    expect((await runJobs(deps)).published).toBe(0);
    deps.clock.advance(HOUR);
    const report = await runJobs(deps);
    expect(report).toMatchObject({ published: 1, errors: [] });
    expect((await deps.store.updates.get(approved.id))?.status).toBe("published");
    expect((await deps.store.updates.get(approved.id))?.approvedBy).toBe(garant.id);
    expect((await deps.store.updates.get(unapproved.id))?.status).toBe("draft");
    expect((await deliveryProgress(deps, approved.id)).total).toBe(1);
    expect((await runJobs(deps)).published).toBe(0);
  });

  it("sends a meeting reminder the day before, once, to the meeting's audience in their language", async () => {
    const deps = await makeTestDeps();
    const k = deps.knowledge.current();
    const meeting = {
      id: "info-meeting", title: { cs: "Informační setkání", uk: "Інформаційна зустріч" }, description: null,
      starts: "2026-11-25T17:00", duration_minutes: 90, place: "Kollárova 539/13", audience: ["residents"], languages: ["cs"],
    } as unknown as Meeting;
    deps.knowledge = fixedKnowledge({ ...k, kb: { ...k.kb, meetings: [meeting] } });
    const s = deps.store.subscriptions;
    await s.subscribe({ channel: "telegram", userRef: "r1", address: "1", audience: "residents", lang: "cs" });
    await s.subscribe({ channel: "telegram", userRef: "r2", address: "2", audience: "residents", lang: "uk" });
    await s.subscribe({ channel: "telegram", userRef: "r3", address: "3", audience: "neighbours", lang: "cs" });

    deps.clock.now = Date.UTC(2026, 10, 24, 8, 59); // 9:59 in Prague, the day before
    expect((await runJobs(deps)).reminders).toBe(0);
    deps.clock.now = Date.UTC(2026, 10, 24, 9, 0);
    expect((await runJobs(deps)).reminders).toBe(1);
    deps.clock.advance(HOUR);
    expect((await runJobs(deps)).reminders).toBe(0);

    const sender = memorySender();
    deps.senders.telegram = sender;
    await createDispatcher(deps, { idlePollMs: 10 }).runUntilIdle();
    expect(sender.sent.map((m) => [m.address, m.lang])).toEqual([["1", "cs"], ["2", "uk"]]);
    expect(sender.sent[0]!.message.title).toBe("Zítra: Informační setkání");
    expect(sender.sent[0]!.message.text).toContain("25. 11. 2026 v 17:00");
    expect(sender.sent[1]!.message.title).toBe("Завтра: Інформаційна зустріч");
  });

  it("retries undelivered answers and deletes reply routes only after the retention period", async () => {
    const deps = await makeTestDeps();
    const garant = await deps.store.staff.addUser({ email: "g@example.cz", role: "garant" });
    const ask = (address: string) => deps.store.questions.create({ channel: "telegram", lang: "cs", textRedacted: "Kdy?", replyTo: { channel: "telegram", address } });
    const delivered = await ask("100");
    const pendingAnswer = await ask("200");
    const unanswered = await ask("300");
    let down = true;
    const sent: string[] = [];
    deps.senders.telegram = {
      channel: "telegram",
      async send(address) {
        if (down) return { ok: false, reason: "failed", retryable: true, status: 502 };
        sent.push(address);
        return { ok: true };
      },
    };
    down = false;
    await answerQuestion(deps, { questionId: delivered.id, staffId: garant.id, text: "V březnu." });
    down = true;
    await answerQuestion(deps, { questionId: pendingAnswer.id, staffId: garant.id, text: "V dubnu." });
    down = false;
    deps.clock.advance(DAY);
    expect(await runJobs(deps)).toMatchObject({ answersDelivered: 1, replyRoutesDeleted: 0 });
    deps.clock.advance(29 * DAY - 2);
    expect((await runJobs(deps)).replyRoutesDeleted).toBe(0); // 30 days minus 1 ms after the first delivery
    expect(sent).toEqual(["100", "200"]);

    deps.clock.advance(3);
    expect((await runJobs(deps)).replyRoutesDeleted).toBe(1); // the first answer was delivered 30 days ago
    expect(await deps.store.replyRoutes.forQuestion(delivered.id)).toBeNull();
    expect(await deps.store.replyRoutes.forQuestion(pendingAnswer.id)).not.toBeNull();
    expect(await deps.store.replyRoutes.forQuestion(unanswered.id)).not.toBeNull();
    deps.clock.advance(DAY);
    expect((await runJobs(deps)).replyRoutesDeleted).toBe(1);
    expect(await deps.store.replyRoutes.forQuestion(unanswered.id)).not.toBeNull();
    expect((await deps.store.audit.list({ action: "system.retention" }))).toHaveLength(2);
  });

  it("prunes old processed events and expired rate-limit windows", async () => {
    const deps = await makeTestDeps();
    await deps.store.dedup.seen("telegram", "e1");
    await deps.store.rateLimits.hit("k", 60_000, 5);
    deps.clock.advance(8 * DAY);
    const report = await runJobs(deps);
    expect(report).toMatchObject({ eventsPruned: 1, rateLimitsPruned: 1, errors: [] });
    expect(await deps.store.dedup.seen("telegram", "e1")).toBe(false);
  });

  it("keeps WhatsApp delivery statuses for the yearly statistics, then prunes them", async () => {
    const deps = await makeTestDeps();
    await deps.store.whatsappStatuses.record("wamid.old", "delivered");
    deps.clock.advance(200 * DAY);
    await deps.store.whatsappStatuses.record("wamid.new", "read");
    expect((await runJobs(deps)).statusesPruned).toBe(0);
    deps.clock.advance(201 * DAY);
    expect((await runJobs(deps)).statusesPruned).toBe(1);
    expect(await deps.store.whatsappStatuses.get("wamid.old")).toBeNull();
    expect(await deps.store.whatsappStatuses.get("wamid.new")).not.toBeNull();
  });
});

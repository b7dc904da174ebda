import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChannelSender, OutboundMessage, SendResult, StaffNotifier } from "../../src/channels/types.js";
import type { AppDeps } from "../../src/deps.js";
import { answerQuestion, deliverPendingAnswers, submitQuestion } from "../../src/relay/questions.js";
import type { Question } from "../../src/store/index.js";
import { makeTestDeps } from "../helpers/deps.js";

function recordingSender(results: SendResult[] = []): ChannelSender & { sent: { address: string; message: OutboundMessage }[] } {
  const sent: { address: string; message: OutboundMessage }[] = [];
  return {
    channel: "telegram",
    sent,
    async send(address, message) {
      sent.push({ address, message });
      return results.shift() ?? { ok: true };
    },
  };
}

describe("the anonymous relay", () => {
  let deps: AppDeps;
  let staff: Question[];
  beforeEach(async () => {
    deps = await makeTestDeps();
    staff = [];
    const notifier: StaffNotifier = { channel: "telegram", questionCreated: async (q) => void staff.push(q) };
    deps.staffNotifiers.push(notifier);
  });
  afterEach(() => deps.store.close());

  it("stores only the redacted text, tells staff, and gives web askers a ticket", async () => {
    const { question, ticketToken } = await submitQuestion(deps, { channel: "web", lang: "cs", text: "Pište mi na jana@example.cz, kdy se stěhujeme?", audience: "residents" });
    expect(question.textRedacted).not.toContain("jana@example.cz");
    expect(question.textRedacted).toContain("[e-mail]");
    expect(ticketToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(staff.map((q) => q.id)).toEqual([question.id]);
    expect(JSON.stringify(staff)).not.toContain("jana@");
  });

  it("a staff chat that fails does not lose the question", async () => {
    deps.staffNotifiers.push({ channel: "discord", questionCreated: async () => { throw new Error("down"); } });
    const { question } = await submitQuestion(deps, { channel: "web", lang: "cs", text: "Kdy bude schůze?" });
    expect(await deps.store.questions.get(question.id)).not.toBeNull();
  });

  it("delivers the garant's answer to the asker's chat, and retries when the platform refused", async () => {
    const sender = recordingSender([{ ok: false, reason: "rate_limited", retryAfterMs: 1000 }]);
    deps.senders.telegram = sender;
    const staffUser = await deps.store.staff.addUser({ email: "garant@example.cz", role: "garant" });
    const { question } = await submitQuestion(deps, { channel: "telegram", lang: "cs", text: "Kdy se stěhujeme?", replyTo: { channel: "telegram", address: "4242" } });
    expect(await answerQuestion(deps, { questionId: question.id, staffId: staffUser.id, text: "V březnu." })).toBe("queued");
    expect(sender.sent).toHaveLength(1);
    expect(await deliverPendingAnswers(deps)).toBe(1);
    expect(sender.sent[1]).toMatchObject({ address: "4242", message: { text: "V březnu." } });
    expect(await deliverPendingAnswers(deps)).toBe(0);
    expect((await deps.store.audit.list()).map((a) => a.action)).toContain("question.answer");
  });

  it("web answers go onto the ticket", async () => {
    const staffUser = await deps.store.staff.addUser({ email: "g@example.cz", role: "garant" });
    const { question, ticketToken } = await submitQuestion(deps, { channel: "web", lang: "cs", text: "Otázka?" });
    expect(await answerQuestion(deps, { questionId: question.id, staffId: staffUser.id, text: "Odpověď." })).toBe("ticket");
    expect((await deps.store.questions.getByTicketToken(ticketToken!))?.answerText).toBe("Odpověď.");
    expect(await answerQuestion(deps, { questionId: "nope", staffId: staffUser.id, text: "x" })).toBe("not_found");
  });
});

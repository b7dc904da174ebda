// The anonymous relay: one path for every channel. A question is redacted,
// stored without identity, and announced to staff; the garant's answer is
// stored and travels back to the asker through the reply route. Web askers
// read it on their ticket page.
import type { OutboundMessage } from "../channels/types.js";
import type { AppDeps } from "../deps.js";
import { errorKind } from "../log.js";
import { redactPersonalData } from "../privacy/redact.js";
import type { BotChannel, Channel, Question, QuestionAudience } from "../store/index.js";

export interface SubmitQuestion {
  channel: Channel;
  audience?: QuestionAudience;
  theme?: string | null;
  lang: string;
  /** What the person wrote; redacted here, never stored as it is. */
  text: string;
  /** Bot questions: where the answer goes back. */
  replyTo?: { channel: BotChannel; address: string };
}

export interface Submitted {
  question: Question;
  /** Web questions: the token of the ticket link /t/<token>; shown once, only its hash is stored. */
  ticketToken: string | null;
}

export async function submitQuestion(deps: AppDeps, input: SubmitQuestion): Promise<Submitted> {
  const redacted = redactPersonalData(input.text).text;
  const { id, ticketToken } = await deps.store.questions.create({
    channel: input.channel,
    audience: input.audience ?? "unknown",
    theme: input.theme ?? null,
    lang: input.lang,
    textRedacted: redacted,
    replyTo: input.replyTo,
  });
  const question = (await deps.store.questions.get(id))!;
  deps.log.info("question.submitted", { channel: input.channel, theme: input.theme ?? null, lang: input.lang });
  // Staff chats are a convenience; the web inbox always has the question.
  await Promise.all(
    deps.staffNotifiers.map((n) =>
      n.questionCreated(question).catch((e) => deps.log.warn("question.notify_failed", { channel: n.channel, kind: errorKind(e) })),
    ),
  );
  return { question, ticketToken };
}

export interface AnswerInput {
  questionId: string;
  staffId: string;
  text: string;
  faqId?: string | null;
}

export type AnswerOutcome = "delivered" | "ticket" | "queued" | "not_found";

/**
 * Stores the answer and tries to deliver it at once. "ticket": a web question
 * (read on its ticket page); "queued": the sender failed or is not configured,
 * deliverPendingAnswers() retries later.
 */
export async function answerQuestion(deps: AppDeps, input: AnswerInput): Promise<AnswerOutcome> {
  const ok = await deps.store.questions.answer(input.questionId, { text: input.text, staffId: input.staffId, faqId: input.faqId ?? null });
  if (!ok) return "not_found";
  await deps.store.audit.add({ staffId: input.staffId, action: "question.answer", target: input.questionId });
  const question = (await deps.store.questions.get(input.questionId))!;
  if (question.channel === "web") {
    // The ticket page shows it from now on: that is the delivery.
    await deps.store.questions.markDelivered(question.id);
    return "ticket";
  }
  return (await deliverAnswer(deps, question)) ? "delivered" : "queued";
}

/** The message the asker receives. */
export function answerMessage(deps: AppDeps, question: Question): OutboundMessage {
  const t = deps.i18n.getFixedT(question.lang);
  return {
    title: t("relay.answerTitle"),
    text: question.answerText ?? "",
    note: t("relay.yourQuestion", { text: question.textRedacted.slice(0, 300) }),
  };
}

async function deliverAnswer(deps: AppDeps, question: Question): Promise<boolean> {
  const route = await deps.store.replyRoutes.forQuestion(question.id);
  if (!route) {
    // The person used /forget or the route expired: nothing can reach them.
    await deps.store.questions.markDelivered(question.id);
    return false;
  }
  const sender = deps.senders[route.channel];
  if (!sender) return false;
  const result = await sender.send(route.address, answerMessage(deps, question), { purpose: "reply", lang: question.lang });
  if (!result.ok) {
    deps.log.warn("answer.delivery_failed", { channel: route.channel, reason: result.reason });
    if (result.reason === "blocked") await deps.store.questions.markDelivered(question.id);
    return false;
  }
  await deps.store.questions.markDelivered(question.id);
  return true;
}

/** Retries answers that could not be delivered at once (called by a timer / the Workers cron). */
export async function deliverPendingAnswers(deps: AppDeps, limit = 50): Promise<number> {
  let delivered = 0;
  for (const q of await deps.store.questions.listUndelivered(limit)) {
    if (await deliverAnswer(deps, q)) delivered++;
  }
  return delivered;
}

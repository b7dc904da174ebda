// The ticket page /t/<token>: the question as the garant received it, its
// status in plain words, and the answer when there is one.
import type { Context } from "hono";
import { formatInstant } from "../../../i18n.js";
import type { Question } from "../../../store/index.js";
import type { WebEnv } from "../../lang.js";
import { AskPage } from "./shared.js";

function day(ms: number, lang: string): string {
  return formatInstant(ms, lang);
}

export function TicketPage(props: { c: Context<WebEnv>; question: Question }) {
  const { c, question: q } = props;
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <AskPage c={c} title={t("ask:ticket.title")} noindex noReferrer>
      <h1>{t("ask:ticket.title")}</h1>
      <p>
        {`${t("ask:ticket.statusLabel")}: `}
        <span class={`ask-status ${q.status}`} id="ask-status">{t(`ask:ticket.status.${q.status}`)}</span>
      </p>
      <h2>{t("ask:ticket.question")}</h2>
      <p class="ask-quote" id="ask-question">{q.textRedacted}</p>
      <p class="meta">{t("ask:ticket.asked", { date: day(q.createdAt, lang) })}</p>
      {q.answerText ? (
        <section aria-labelledby="ask-answer-title">
          <h2 id="ask-answer-title">{t("ask:ticket.answer")}</h2>
          <div class="ask-answer" id="ask-answer">{q.answerText}</div>
          {q.answeredAt ? <p class="meta">{t("ask:ticket.answered", { date: day(q.answeredAt, lang) })}</p> : null}
        </section>
      ) : q.status === "closed" ? (
        <p class="note">{t("ask:ticket.closedText")}</p>
      ) : (
        <p class="note">{t("ask:ticket.newText")}</p>
      )}
      <p>
        <a href="/ask">{t("ask:ticket.another")}</a>
      </p>
    </AskPage>
  );
}

export function TicketNotFoundPage(props: { c: Context<WebEnv> }) {
  const t = props.c.get("t");
  return (
    <AskPage c={props.c} title={t("ask:ticket.notFoundTitle")} noindex noReferrer>
      <h1>{t("ask:ticket.notFoundTitle")}</h1>
      <p>{t("ask:ticket.notFoundText")}</p>
      <p>{t("ask:ticket.notFoundAsk")}</p>
      <p>
        <a class="btn" href="/ask">{t("ask:ticket.another")}</a>
      </p>
    </AskPage>
  );
}

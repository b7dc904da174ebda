// Steps 2 and 3: "Možná hledáte…" (vetted answers first), the preview of
// exactly what the garant receives, and the page with the ticket link.
import type { Context } from "hono";
import type { PiiKind } from "../../../privacy/redact.js";
import type { WebEnv } from "../../lang.js";
import type { AskFields, ConfirmFields } from "../form.js";
import type { Match } from "../matches.js";
import { segments } from "../preview.js";
import { AskPage, CarriedFields, CsrfField, Honeypot } from "./shared.js";

export function MatchesPage(props: { c: Context<WebEnv>; csrf: string; fields: AskFields; matches: Match[] }) {
  const { c, csrf, fields, matches } = props;
  const t = c.get("t");
  return (
    <AskPage c={c} title={t("ask:matches.title")} noindex>
      <h1>{t("ask:matches.title")}</h1>
      <p>{t("ask:matches.lead")}</p>
      <ul class="ask-matches">
        {matches.map((m) => (
          <li>
            <a href={m.href}>{m.title}</a>
            {m.fallback ? <span class="meta">{` ${t("ask:matches.czech")}`}</span> : null}
            <p>{m.excerpt}</p>
          </li>
        ))}
      </ul>
      <h2>{t("ask:matches.stillTitle")}</h2>
      <p class="meta">{t("ask:matches.yourQuestion")}:</p>
      <p class="ask-quote">{fields.text}</p>
      <div class="ask-actions">
        <form method="post" action="/ask">
          <CsrfField token={csrf} />
          <CarriedFields fields={fields} />
          <input type="hidden" name="step" value="preview" />
          <button class="btn" type="submit">{t("ask:matches.stillSend")}</button>
        </form>
        <form method="post" action="/ask">
          <CsrfField token={csrf} />
          <CarriedFields fields={fields} />
          <input type="hidden" name="step" value="edit" />
          <button class="btn secondary" type="submit">{t("ask:matches.edit")}</button>
        </form>
      </div>
    </AskPage>
  );
}

export interface PreviewPageProps {
  c: Context<WebEnv>;
  csrf: string;
  /** What was typed, sealed (for "Upravit"); null when the page is shown again after a refused send. */
  draft: string | null;
  signed: ConfirmFields;
  /** What redaction removed; null when the page is shown again after a refused send (not known then). */
  removed: { kind: PiiKind; count: number }[] | null;
  /** Shown above the preview, e.g. the rate-limit message. */
  problem?: { title: string; text: string };
}

export function PreviewPage({ c, csrf, draft, signed, removed, problem }: PreviewPageProps) {
  const t = c.get("t");
  const list = (removed ?? []).map((r) => t(`ask:kinds.${r.kind}`, { count: r.count })).join(", ");
  return (
    <AskPage c={c} title={t("ask:preview.title")} noindex>
      <h1>{t("ask:preview.title")}</h1>
      {problem ? (
        <div class="ask-alert" role="alert">
          <h2>{problem.title}</h2>
          <p>{problem.text}</p>
        </div>
      ) : null}
      <p>{t("ask:preview.lead")}</p>
      <h2 id="ask-preview-label">{t("ask:preview.boxLabel")}</h2>
      <div class="ask-preview" id="ask-preview" aria-labelledby="ask-preview-label" role="group">
        {segments(signed.redacted).map((s) => (s.kind ? <mark class="ask-ph" data-kind={s.kind}>{s.text}</mark> : s.text))}
      </div>
      <p id="ask-removed">
        {removed ? <strong>{removed.length ? t("ask:preview.removed", { list }) : t("ask:preview.removedNone")}</strong> : null}
        {` ${t("ask:preview.check")}`}
      </p>
      <h2>{t("ask:preview.details")}</h2>
      <dl class="ask-facts">
        <dt>{t("ask:preview.who")}</dt>
        <dd>{t(`ask:audienceShown.${signed.audience}`)}</dd>
        <dt>{t("ask:preview.theme")}</dt>
        <dd>{t(`ask:theme.${signed.theme || "none"}`)}</dd>
        <dt>{t("ask:preview.lang")}</dt>
        <dd>{t(`ask:lang.${signed.lang}`, { defaultValue: signed.lang })}</dd>
      </dl>
      <div class="ask-actions">
        <form method="post" action="/ask/confirm">
          <CsrfField token={csrf} />
          <input type="hidden" name="redacted" value={signed.redacted} />
          <input type="hidden" name="audience" value={signed.audience} />
          <input type="hidden" name="theme" value={signed.theme} />
          <input type="hidden" name="lang" value={signed.lang} />
          <input type="hidden" name="sig" value={signed.sig} />
          <Honeypot id="ask-website-confirm" label={t("ask:form.honeypot")} />
          <button class="btn" type="submit">{t("ask:preview.send")}</button>
        </form>
        {draft ? (
          <form method="post" action="/ask">
            <CsrfField token={csrf} />
            <input type="hidden" name="draft" value={draft} />
            <input type="hidden" name="step" value="edit" />
            <button class="btn secondary" type="submit" aria-describedby="ask-edit-hint">{t("ask:preview.edit")}</button>
          </form>
        ) : null}
      </div>
      {draft ? <p class="ask-hint" id="ask-edit-hint">{t("ask:preview.editHint")}</p> : null}
    </AskPage>
  );
}

export function SentPage(props: { c: Context<WebEnv>; url: string }) {
  const { c, url } = props;
  const t = c.get("t");
  return (
    <AskPage c={c} title={t("ask:sent.title")} noindex script noReferrer>
      <h1>{t("ask:sent.title")}</h1>
      <p>{t("ask:sent.lead")}</p>
      <div class="ask-ticket" data-ask-copy="" data-copy={t("ask:sent.copy")} data-copied={t("ask:sent.copied")}>
        <label for="ask-ticket-url">{t("ask:sent.linkLabel")}</label>
        <input id="ask-ticket-url" type="text" readonly value={url} />
        <p class="big">
          <a href={url} id="ask-ticket-link">{url}</a>
        </p>
      </div>
      <p class="note">{t("ask:sent.save")}</p>
      <p>{t("ask:sent.when")}</p>
      <p>
        <a class="btn" href={url}>{t("ask:sent.open")}</a>
      </p>
      <p>
        <a href="/ask">{t("ask:sent.another")}</a>
      </p>
    </AskPage>
  );
}

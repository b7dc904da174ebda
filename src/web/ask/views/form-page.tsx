// Step 1: the question form. Shown empty, prefilled from the FAQ search
// (?q=), or again with what was typed and what is wrong with it.
import type { Context } from "hono";
import type { WebEnv } from "../../lang.js";
import { ASKERS, QUESTION_LANGS, TEXT_MAX, TEXT_MIN, THEMES, type AskFields } from "../form.js";
import { AskPage, CrisisBox, CsrfField, Honeypot, type CrisisLine } from "./shared.js";

export type FormProblem =
  | { kind: "tooShort" }
  | { kind: "tooLong"; length: number }
  | { kind: "csrf" }
  | { kind: "expired" }
  | { kind: "failed" }
  | { kind: "rateLimited"; minutes: number };

export interface FormPageProps {
  c: Context<WebEnv>;
  csrf: string;
  fields: AskFields;
  problem?: FormProblem;
  crisis: CrisisLine[];
}

export function FormPage({ c, csrf, fields, problem, crisis }: FormPageProps) {
  const t = c.get("t");
  const lang = fields.lang ?? c.get("lang");
  const textError = problem?.kind === "tooShort" || problem?.kind === "tooLong";
  const message =
    problem?.kind === "tooShort" ? t("ask:errors.tooShort", { min: TEXT_MIN })
    : problem?.kind === "tooLong" ? t("ask:errors.tooLong", { length: problem.length, max: TEXT_MAX })
    : problem?.kind === "csrf" ? t("ask:errors.csrf")
    : problem?.kind === "expired" ? t("ask:errors.expired")
    : problem?.kind === "failed" ? t("ask:errors.failed")
    : problem?.kind === "rateLimited" ? t("ask:rateLimited.text", { minutes: problem.minutes })
    : null;
  const alertTitle = problem?.kind === "rateLimited" ? t("ask:rateLimited.title") : problem?.kind === "failed" ? t("ask:errors.failedTitle") : t("ask:errors.title");
  return (
    <AskPage c={c} title={t("ask:form.title")} description={t("ask:form.description")}>
      <h1>{t("ask:form.title")}</h1>
      {message ? (
        <div class="ask-alert" role="alert" id="ask-problem">
          <h2>{alertTitle}</h2>
          <p>{message}</p>
        </div>
      ) : null}
      <p>{t("ask:form.lead")}</p>
      <form class="ask-form" method="post" action="/ask">
        <CsrfField token={csrf} />
        <div class="field">
          <label for="ask-text">{t("ask:form.textLabel")}</label>
          <span class="ask-hint" id="ask-text-hint">{t("ask:form.textHint", { min: TEXT_MIN, max: TEXT_MAX.toLocaleString(c.get("lang") === "en" ? "en-GB" : "cs-CZ") })}</span>
          <textarea
            id="ask-text"
            name="text"
            rows={7}
            required
            autofocus={textError}
            aria-invalid={textError ? "true" : undefined}
            aria-describedby={textError ? "ask-text-hint ask-problem" : "ask-text-hint"}
          >{fields.text}</textarea>
        </div>
        <fieldset>
          <legend>{t("ask:form.audienceLegend")}</legend>
          {(Object.keys(ASKERS) as (keyof typeof ASKERS)[]).map((a) => (
            <label class="choice">
              <input type="radio" name="audience" value={a} checked={fields.audience === a} />
              {t(`ask:audience.${a}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="ask-theme">{t("ask:form.themeLabel")}</label>
          <select id="ask-theme" name="theme">
            <option value="">{t("ask:form.themeNone")}</option>
            {THEMES.map((th) => (
              <option value={th} selected={fields.theme === th}>{t(`ask:theme.${th}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="ask-lang">{t("ask:form.langLabel")}</label>
          <select id="ask-lang" name="lang">
            {QUESTION_LANGS.map((l) => (
              <option value={l} selected={lang === l}>{t(`ask:lang.${l}`)}</option>
            ))}
          </select>
        </div>
        <Honeypot id="ask-website" label={t("ask:form.honeypot")} />
        <div class="ask-actions">
          <button class="btn" type="submit">{t("ask:form.submit")}</button>
        </div>
        <p class="ask-hint">{t("ask:form.submitHint")}</p>
      </form>
      <section aria-labelledby="ask-how">
        <h2 id="ask-how">{t("ask:form.howTitle")}</h2>
        <ul>
          <li>{t("ask:form.how.anonymous")}</li>
          <li>{t("ask:form.how.redacted")}</li>
          <li>{t("ask:form.how.garant")}</li>
          <li>{t("ask:form.how.ticket")}</li>
        </ul>
      </section>
      <CrisisBox title={t("ask:form.crisisTitle")} text={t("ask:form.crisisText")} lines={crisis} />
    </AskPage>
  );
}

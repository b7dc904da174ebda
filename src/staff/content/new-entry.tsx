// A new entry: collection, id, language, the headline, the verified date and
// office (the schema requires both, so every published item carries them) and
// the body, composed into a content file and saved as a draft. A FAQ draft
// from the inbox prefills it.
import type { Context } from "hono";
import { ID, LANG, VERDICTS } from "../../content/schemas.js";
import type { AppDeps } from "../../deps.js";
import type { FaqDraft } from "../../store/index.js";
import type { StaffEnv } from "../env.js";
import { Csrf, StaffPage } from "../layout.js";
import { formString } from "../session.js";
import { pragueToday } from "./model.js";

export const NEW_COLLECTIONS = ["faq", "rumours", "updates"] as const;
type NewCollection = (typeof NEW_COLLECTIONS)[number];

export interface NewEntry {
  collection: NewCollection;
  id: string;
  lang: string;
  title: string;
  verdict: string;
  verified: string;
  verifiedBy: string;
  body: string;
  faqDraft: string;
}

/** YAML double-quoted string (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

export function composeFile(e: NewEntry): { path: string; text: string } {
  const head =
    e.collection === "faq" ? [`title: ${q(e.title)}`, `verified: ${e.verified}`, `verified_by: ${q(e.verifiedBy)}`]
    : e.collection === "rumours" ? [`claim: ${q(e.title)}`, `verdict: ${e.verdict}`, `verified: ${e.verified}`, `verified_by: ${q(e.verifiedBy)}`]
    : [`title: ${q(e.title)}`, `published: ${e.verified}`, `verified_by: ${q(e.verifiedBy)}`];
  return { path: `${e.collection}/${e.id}.${e.lang}.md`, text: `---\n${head.join("\n")}\n---\n${e.body.replace(/\r\n/g, "\n").trim()}\n` };
}

/** The form's fields, or the key of what is wrong. */
export async function readNewEntry(c: Context<StaffEnv>): Promise<NewEntry | { error: string; entry: NewEntry }> {
  const entry: NewEntry = {
    collection: (await formString(c, "collection")) as NewCollection,
    id: (await formString(c, "id")).toLowerCase(),
    lang: (await formString(c, "lang")).toLowerCase(),
    title: (await formString(c, "title")).slice(0, 300),
    verdict: await formString(c, "verdict"),
    verified: await formString(c, "verified"),
    verifiedBy: (await formString(c, "verified_by")).slice(0, 300),
    body: (await formString(c, "body")).slice(0, 50_000),
    faqDraft: await formString(c, "faqDraft"),
  };
  const error =
    !(NEW_COLLECTIONS as readonly string[]).includes(entry.collection) ? "collection"
    : !ID.test(entry.id) ? "id"
    : !LANG.test(entry.lang) ? "lang"
    : !entry.title ? "title"
    : entry.collection === "rumours" && !(VERDICTS as readonly string[]).includes(entry.verdict) ? "verdict"
    : !/^\d{4}-\d{2}-\d{2}$/.test(entry.verified) ? "verified"
    : !entry.verifiedBy ? "verifiedBy"
    : !entry.body ? "body"
    : null;
  return error ? { error, entry } : entry;
}

export function newEntryDefaults(deps: AppDeps, draft: FaqDraft | null): NewEntry {
  const site = deps.knowledge.current().kb.site;
  return {
    collection: "faq", id: "", lang: draft?.lang ?? "cs", title: draft?.title ?? "", verdict: "false",
    verified: pragueToday(deps.clock()), verifiedBy: site?.garant.office.cs ?? "", body: draft?.body ?? "", faqDraft: draft?.id ?? "",
  };
}

export function newEntryPage(c: Context<StaffEnv>, e: NewEntry, error?: string) {
  const t = c.get("t");
  if (error) c.status(400);
  const field = (name: keyof NewEntry, label: string, attrs: Record<string, unknown> = {}) => (
    <>
      <label for={name}>{label}</label>
      <input type="text" id={name} name={name === "verifiedBy" ? "verified_by" : name} value={String(e[name])} required {...attrs} />
    </>
  );
  return c.html(
    <StaffPage c={c} title={t("staff:content.new")}>
      <p><a href="/staff/content">{t("staff:content.back")}</a></p>
      {error ? <p class="error" role="alert">{t(`staff:content.newErrors.${error}`)}</p> : null}
      <form method="post" action="/staff/content/new">
        <Csrf c={c} />
        <input type="hidden" name="faqDraft" value={e.faqDraft} />
        <label for="collection">{t("staff:content.collectionLabel")}</label>
        <select id="collection" name="collection">
          {NEW_COLLECTIONS.map((col) => <option value={col} selected={e.collection === col}>{t(`staff:content.collection.${col}`)}</option>)}
        </select>
        {field("id", t("staff:content.idLabel"), { pattern: "[a-z0-9]+(-[a-z0-9]+)*", "aria-describedby": "id-hint" })}
        <p class="muted" id="id-hint">{t("staff:content.idHint")}</p>
        {field("lang", t("staff:content.langLabel"), { pattern: "[a-z]{2,3}", size: 4 })}
        {field("title", t("staff:content.titleLabel"), { size: 60 })}
        <label for="verdict">{t("staff:content.verdictLabel")}</label>
        <select id="verdict" name="verdict">{VERDICTS.map((v) => <option value={v} selected={e.verdict === v}>{t(`verdict.${v}`)}</option>)}</select>
        {field("verified", t("staff:content.verifiedLabel"), { pattern: "\\d{4}-\\d{2}-\\d{2}", size: 10 })}
        {field("verifiedBy", t("staff:content.verifiedByLabel"), { size: 60 })}
        <label for="body">{t("staff:content.bodyLabel")}</label>
        <textarea id="body" name="body" required maxlength={50000}>{e.body}</textarea>
        <p><button type="submit">{t("staff:content.saveDraft")}</button></p>
      </form>
    </StaffPage>,
  );
}

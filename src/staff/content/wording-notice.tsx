// The notice on a question's page after an answer with a FAQ entry: what became of the question's
// wording (add-wording.ts), with a link to the draft when one was saved.
import type { Context } from "hono";
import type { StaffEnv } from "../env.js";
import { revHref } from "./model.js";

const WORDING_OUTCOMES = ["added", "noFile", "tooLong", "duplicate", "invalid"];

/** What became of the question's wording after an answer with a FAQ entry (proposeWording), with a link to the draft. */
export function WordingNotice({ c }: { c: Context<StaffEnv> }) {
  const t = c.get("t");
  const outcome = c.req.query("wording");
  if (!outcome || !WORDING_OUTCOMES.includes(outcome)) return null;
  const file = c.req.query("file") ?? "";
  const rev = Number(c.req.query("rev"));
  const link = outcome === "added" && /^faq\/[a-z0-9-]+\.[a-z]{2,3}\.md$/.test(file) && Number.isInteger(rev) && rev > 0
    ? <> <a href={revHref(file, rev)}>{t("staff:question.wording.open")}</a></> : null;
  return <p class="notice" role="status">{t(`staff:question.wording.${outcome}`)}{link}</p>;
}

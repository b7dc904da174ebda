// Small pieces several pages share: the verified line, translation notes,
// the verdict badge, a rendered Markdown body, JSON-LD.
import type { Context } from "hono";
import { raw } from "hono/html";
import type { Verdict } from "../content/types.js";
import { webDate } from "./format.js";
import type { WebEnv } from "./lang.js";
import { renderMarkdown } from "./markdown.js";

type C = { c: Context<WebEnv> };

/** "Ověřeno 15. listopadu 2026, Odbor …": on every answer. */
export function Verified({ c, date, office }: C & { date: string; office: string }) {
  const t = c.get("t");
  return <p class="verified">{t("answer.verified", { date: webDate(date, c.get("lang")), office })}</p>;
}

/** Says when the text is Czech because the person's language is missing, or machine-made. */
export function TranslationNote({ c, fallback, machine }: C & { fallback: boolean; machine: boolean }) {
  const t = c.get("t");
  if (fallback) return <p class="note">{t("answer.missingTranslation")}</p>;
  if (machine) return <p class="note">{t("answer.machineTranslation")}</p>;
  return null;
}

/** Colour and words: the verdict is readable without seeing colour. */
export function VerdictBadge({ c, verdict }: C & { verdict: Verdict }) {
  return <span class={`badge v-${verdict}`}>{c.get("t")(`verdict.${verdict}`)}</span>;
}

/** A Markdown body as HTML (markdown-it with raw HTML off; see markdown.ts). */
export function Body({ source, headingBase = 2, lang }: { source: string; headingBase?: number; lang?: string }) {
  return <div class="body" lang={lang}>{raw(renderMarkdown(source, headingBase))}</div>;
}

/** JSON for a <script type="application/ld+json">: "<", ">" and "&" escaped so no "</script>" can close it early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json">{raw(jsonLdText(data))}</script>;
}

/** The text language of a piece when it differs from the page (screen readers switch voice). */
export function langIfOther(c: Context<WebEnv>, textLang: string): string | undefined {
  return textLang === c.get("lang") ? undefined : textLang;
}

// `hlasatel ask "question" [--lang L]`: what a person would see.
import { createAnswerEngine } from "../answers/engine.js";
import { headline, pickEntry } from "../content/pick.js";
import { createI18n, formatDate, uiLanguageFor } from "../i18n.js";
import { type CliIo, out } from "./io.js";
import { loadForUse } from "./content-source.js";

export async function askVerb(io: CliIo, question: string, lang: string, content: string | undefined): Promise<number> {
  const { kb } = await loadForUse(io, content);
  const engine = createAnswerEngine(kb.entries);
  const ui = uiLanguageFor(lang);
  const t = createI18n().getFixedT(ui);
  const r = engine.match(question, lang);
  if (r.smallTalk) {
    out(io, t(`answer.${r.smallTalk}`));
    return 0;
  }
  if (r.decision === "answer" && r.id) {
    const picked = pickEntry(kb, r.id, lang)!;
    const e = picked.entry;
    const lines: string[] = [];
    if (e.collection === "rumours") lines.push(`${t(`verdict.${e.verdict}`).toUpperCase()}: ${e.claim}`);
    else lines.push(e.title);
    lines.push("", e.body, "");
    if (picked.fallback) lines.push(t("answer.missingTranslation"));
    if (e.machineTranslated) lines.push(t("answer.machineTranslation"));
    lines.push(t("answer.verified", { date: formatDate(e.verified, ui), office: e.verifiedBy }));
    lines.push(`(${r.id}, score ${r.score})`);
    out(io, lines.join("\n"));
    return 0;
  }
  const options = [r.id, ...r.suggestions].filter((x): x is string => !!x);
  if (r.decision === "suggest") {
    out(io, t("answer.suggestIntro"));
    options.forEach((id, i) => out(io, `  ${i + 1}. ${headline(pickEntry(kb, id, lang)!.entry)}  (${id})`));
    out(io, "");
  }
  out(io, t("answer.forward"));
  return 0;
}

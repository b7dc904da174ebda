// Pieces of the content pages: the loader's problems, a line diff, the
// preview as the website shows it (the website's own Answer and Body).
import type { Context } from "hono";
import { headline } from "../../content/pick.js";
import type { ContentProblem } from "../../content/types.js";
import { loc } from "../../web/data.js";
import type { WebEnv } from "../../web/lang.js";
import { Body } from "../../web/parts.js";
import { Answer } from "../../web/pages/faq.js";
import { UI_LANGUAGES } from "../../i18n.js";
import type { StaffEnv } from "../env.js";
import { lineDiff } from "./diff.js";
import { markdownParts, type Checked } from "./model.js";

type C = { c: Context<StaffEnv> };

/** Each problem with its line and key and what to do, next to the text. */
export function Problems({ c, problems }: C & { problems: ContentProblem[] }) {
  const t = c.get("t");
  if (!problems.length) return <p class="notice">{t("staff:content.valid")}</p>;
  return (
    <div class="error" role="alert">
      <p><strong>{t("staff:content.problemsTitle", { count: problems.length })}</strong></p>
      <ul class="problems">
        {problems.map((p) => (
          <li>
            {p.line ? `${t("staff:content.line")} ${p.line}: ` : ""}{p.key ? <code>{p.key}</code> : null}{p.key ? " – " : ""}{p.message}
            {p.hint ? <><br />{t("staff:content.whatToDo")}: {p.hint}</> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Added and removed lines with a +/− mark and words (not colour alone). */
export function Diff({ c, before, after }: C & { before: string; after: string }) {
  const t = c.get("t");
  const lines = lineDiff(before, after);
  const added = lines.filter((l) => l.kind === "add").length;
  const removed = lines.filter((l) => l.kind === "del").length;
  if (!added && !removed) return <p>{t("staff:content.noChange")}</p>;
  return (
    <>
      <p>{t("staff:content.diffSummary", { added, removed })}</p>
      <table class="diff">
        <caption class="muted">{t("staff:content.diffCaption")}</caption>
        <tbody>
          {lines.map((l) =>
            l.kind === "same" ? (
              <tr><td class="mark" aria-hidden="true"> </td><td>{l.text}</td></tr>
            ) : (
              <tr class={l.kind === "add" ? "d-add" : "d-del"}>
                <td class="mark">{l.kind === "add" ? "+" : "−"}</td>
                <td><span class="skip">{t(l.kind === "add" ? "staff:content.addedLine" : "staff:content.removedLine")}: </span>{l.text}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}

/** The text as the website would show it; YAML files list their items in each language. */
export function Preview({ c, path, checked }: C & { path: string; checked: Checked }) {
  const t = c.get("t");
  const web = c as unknown as Context<WebEnv>;
  const md = markdownParts(path);
  const { kb } = checked;
  if (checked.own.length) return <p class="muted">{t("staff:content.noPreview")}</p>;
  if (md && md.dir !== "updates") {
    const entry = kb.byId.get(`${md.dir}/${md.id}`)?.get(md.lang);
    if (!entry) return <p class="muted">{t("staff:content.noPreview")}</p>;
    return (
      <section class="card preview" lang={md.lang}>
        <h3>{headline(entry)}</h3>
        <Answer c={web} picked={{ entry, fallback: false }} headingBase={4} />
      </section>
    );
  }
  if (md) {
    const u = kb.updates.find((x) => x.id === md.id && x.lang === md.lang);
    if (!u) return <p class="muted">{t("staff:content.noPreview")}</p>;
    return <section class="card preview" lang={md.lang}><h3>{u.title}</h3><p class="muted">{u.published}</p><Body source={u.body} headingBase={4} /></section>;
  }
  const rows = (lang: string): string[] => {
    if (path.startsWith("timeline")) return kb.phases.map((p) => `${loc(p.title, lang)?.text} (${p.status})`);
    if (path.startsWith("contacts")) return kb.contacts.map((k) => `${k.organisation}: ${loc(k.role, lang)?.text}${k.phone ? `, ${k.phone}` : ""}`);
    if (path.startsWith("meetings")) return kb.meetings.map((m) => `${loc(m.title, lang)?.text} – ${m.starts ?? "?"}, ${m.place}`);
    if (path.startsWith("site") && kb.site) return [kb.site.city, kb.site.building.name, loc(kb.site.garant.office, lang)?.text ?? ""];
    return [];
  };
  if (!rows("cs").length) return <p class="muted">{t("staff:content.noPreview")}</p>;
  return (
    <>
      {UI_LANGUAGES.map((lang) => (
        <section class="card preview" lang={lang}>
          <h3>{lang.toUpperCase()}</h3>
          <ul>{rows(lang).map((r) => <li>{r}</li>)}</ul>
        </section>
      ))}
    </>
  );
}

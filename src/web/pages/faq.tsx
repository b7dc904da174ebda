// /faq: the questions grouped by topic, with a search box answered by the
// same engine as the bots; /faq/:id: one answer.
import type { Context } from "hono";
import { headline, pickEntry, type Picked } from "../../content/pick.js";
import type { Entry, KnowledgeBase } from "../../content/types.js";
import type { AppDeps } from "../../deps.js";
import { anchor, groupFaq } from "../data.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { askHref, entryHref } from "../links.js";
import { Body, langIfOther, TranslationNote, VerdictBadge, Verified } from "../parts.js";
import { notFoundPage } from "./not-found.js";

const MAX_Q = 500;

/** The first sentence or so of a Markdown body, as plain text for <meta name="description">. */
export function summary(markdown: string, max = 160): string {
  const text = markdown.replace(/^#+\s.*$/gm, "").replace(/[*_`>#\[\]]|\(https?:[^)]*\)/g, "").replace(/\s+/g, " ").trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s\S*$/, "")}…`;
}

/** One full answer (FAQ or rumour) inside a page. */
export function Answer({ c, picked, headingBase }: { c: Context<WebEnv>; picked: Picked; headingBase: number }) {
  const e = picked.entry;
  return (
    <>
      <TranslationNote c={c} fallback={picked.fallback} machine={e.machineTranslated} />
      <div lang={langIfOther(c, e.lang)}>
        {e.collection === "rumours" ? (
          <p>
            <VerdictBadge c={c} verdict={e.verdict} />
          </p>
        ) : null}
        <Body source={e.body} headingBase={headingBase} />
      </div>
      <Verified c={c} date={e.verified} office={e.verifiedBy} />
    </>
  );
}

function EntryLinks({ c, kb, ids }: { c: Context<WebEnv>; kb: KnowledgeBase; ids: string[] }) {
  const lang = c.get("lang");
  const picked = ids.map((id) => pickEntry(kb, id, lang)).filter((p): p is Picked => p !== null);
  return (
    <ul class="list">
      {picked.map((p) => (
        <li>
          <a href={entryHref(p.entry)} lang={langIfOther(c, p.entry.lang)}>{headline(p.entry)}</a>
        </li>
      ))}
    </ul>
  );
}

function SearchResult({ c, deps, q }: { c: Context<WebEnv>; deps: AppDeps; q: string }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { kb, engine } = deps.knowledge.current();
  const result = engine.match(q, lang);
  const picked = result.decision === "answer" && result.id ? pickEntry(kb, result.id, lang) : null;
  if (picked) {
    const e: Entry = picked.entry;
    return (
      <section class="result" aria-labelledby="result-title">
        <h2 id="result-title">{t("web:faq.answerTitle", { q })}</h2>
        <h3 lang={langIfOther(c, e.lang)}>{headline(e)}</h3>
        <Answer c={c} picked={picked} headingBase={4} />
        <p>
          <a href={entryHref(e)}>{t("web:faq.readMore")}</a> · <a href={askHref(q)}>{t("web:faq.notFoundAsk")}</a>
        </p>
      </section>
    );
  }
  // A suggestion offers the best candidate (id) and the runners-up (CONTENT-FORMAT.md).
  const offered = result.decision === "suggest" ? [result.id, ...result.suggestions].filter((x): x is string => !!x) : [];
  if (offered.length) {
    return (
      <section class="result" aria-labelledby="result-title">
        <h2 id="result-title">{t("web:faq.suggestTitle")}</h2>
        <EntryLinks c={c} kb={kb} ids={offered} />
        <p>
          <a href={askHref(q)}>{t("web:faq.notFoundAsk")}</a>
        </p>
      </section>
    );
  }
  return (
    <section class="result" aria-labelledby="result-title">
      <h2 id="result-title">{t("web:faq.forwardTitle")}</h2>
      <p>{t("web:faq.forwardText")}</p>
      <p>
        <a class="btn" href={askHref(q)}>{t("web:faq.forwardAsk")}</a>
      </p>
      {result.suggestions.length ? (
        <>
          <p>{t("web:faq.alsoSee")}</p>
          <EntryLinks c={c} kb={kb} ids={result.suggestions} />
        </>
      ) : null}
    </section>
  );
}

export function SearchBox({ c, q }: { c: Context<WebEnv>; q: string }) {
  const t = c.get("t");
  return (
    <form class="search" method="get" action="/faq" role="search">
      <label for="q">{t("web:faq.searchLabel")}</label>
      <input id="q" name="q" type="search" value={q} maxlength={MAX_Q} placeholder={t("web:faq.searchPlaceholder")} autocomplete="off" />
      <button class="btn" type="submit">{t("web:faq.searchButton")}</button>
    </form>
  );
}

export function faqList(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const lang = c.get("lang");
  const q = (c.req.query("q") ?? "").trim().slice(0, MAX_Q);
  const groups = groupFaq(deps.knowledge.current().kb, lang, t("web:faq.other"));
  return c.html(
    <Page c={c} title={t("web:faq.title")} description={t("web:faq.description")} noindex={q !== ""}>
      <h1>{t("web:faq.title")}</h1>
      <SearchBox c={c} q={q} />
      {q ? <SearchResult c={c} deps={deps} q={q} /> : null}
      {groups.length > 1 ? (
        <nav aria-label={t("web:faq.topics")}>
          <ul class="tags">
            {groups.map((g) => (
              <li>
                <a href={`#${anchor(g.key)}`}>{g.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section aria-labelledby={anchor(g.key)}>
          <h2 id={anchor(g.key)}>{g.label}</h2>
          <ul class="list">
            {g.items.map((p) => (
              <li>
                <a href={entryHref(p.entry)} lang={langIfOther(c, p.entry.lang)}>{p.entry.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a class="btn" href="/ask">{t("web:faq.notFoundAsk")}</a>
      </p>
    </Page>,
  );
}

export function faqEntry(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const picked = pickEntry(deps.knowledge.current().kb, `faq/${c.req.param("id")}`, c.get("lang"));
  if (!picked || picked.entry.collection !== "faq") return notFoundPage(c);
  const e = picked.entry;
  return c.html(
    <Page c={c} title={e.title} description={summary(e.body)}>
      <p>
        <a href="/faq">{t("web:faq.back")}</a>
      </p>
      <h1 lang={langIfOther(c, e.lang)}>{e.title}</h1>
      <Answer c={c} picked={picked} headingBase={2} />
      <p>
        <a class="btn" href="/ask">{t("web:faq.notFoundAsk")}</a>
      </p>
    </Page>,
  );
}

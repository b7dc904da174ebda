// /myty (alias /rumours): each claim, its verdict (badge with words, not
// colour alone) and the explanation, with schema.org ClaimReview JSON-LD;
// /myty/:id: one rumour.
import type { Context } from "hono";
import type { Picked } from "../../content/pick.js";
import { pickEntry } from "../../content/pick.js";
import type { RumourEntry, Verdict } from "../../content/types.js";
import type { AppDeps } from "../../deps.js";
import { rumours } from "../data.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { entryHref } from "../links.js";
import { Body, JsonLd, langIfOther, TranslationNote, VerdictBadge, Verified } from "../parts.js";
import { publicOrigin } from "../urls.js";
import { notFoundPage } from "./not-found.js";

/** ClaimReview ratings: 1 (false) … 5 (true); "unconfirmed" sits in the middle. */
const RATING: Record<Verdict, number> = { false: 1, misleading: 2, unconfirmed: 3, true: 5 };

export function claimReview(e: RumourEntry, url: string, verdictText: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: e.claim,
    datePublished: e.verified,
    inLanguage: e.lang,
    author: { "@type": "Organization", name: e.verifiedBy },
    reviewRating: { "@type": "Rating", ratingValue: RATING[e.verdict], bestRating: 5, worstRating: 1, alternateName: verdictText },
  };
}

function Rumour({ c, picked, origin, level }: { c: Context<WebEnv>; picked: Picked<RumourEntry>; origin: string; level: 1 | 2 }) {
  const t = c.get("t");
  const e = picked.entry;
  const id = `r-${e.slug}`;
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <article class={level === 2 ? "card" : undefined} aria-labelledby={id}>
      <p class="meta">{t("web:rumours.claim")}</p>
      <Heading id={id} class="claim" lang={langIfOther(c, e.lang)}>
        {level === 2 ? <a href={entryHref(e)}>{e.claim}</a> : e.claim}
      </Heading>
      <p>
        {t("web:rumours.verdict")} <VerdictBadge c={c} verdict={e.verdict} />
      </p>
      <TranslationNote c={c} fallback={picked.fallback} machine={e.machineTranslated} />
      <Body source={e.body} headingBase={level + 1} lang={langIfOther(c, e.lang)} />
      <Verified c={c} date={e.verified} office={e.verifiedBy} />
      <JsonLd data={claimReview(e, `${origin}${entryHref(e)}`, t(`verdict.${e.verdict}`))} />
    </article>
  );
}

export function rumourList(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const origin = publicOrigin(c, deps.config.PUBLIC_URL);
  const items = rumours(deps.knowledge.current().kb, c.get("lang"));
  return c.html(
    <Page c={c} title={t("web:rumours.title")} description={t("web:rumours.description")}>
      <h1>{t("web:rumours.title")}</h1>
      <p>{t("web:rumours.lead")}</p>
      {items.map((p) => (
        <Rumour c={c} picked={p} origin={origin} level={2} />
      ))}
    </Page>,
  );
}

export function rumourPage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const picked = pickEntry(deps.knowledge.current().kb, `rumours/${c.req.param("id")}`, c.get("lang"));
  if (!picked || picked.entry.collection !== "rumours") return notFoundPage(c);
  return c.html(
    <Page c={c} title={picked.entry.claim} description={t("web:rumours.description")}>
      <p>
        <a href="/myty">{t("web:rumours.back")}</a>
      </p>
      <Rumour c={c} picked={picked as Picked<RumourEntry>} origin={publicOrigin(c, deps.config.PUBLIC_URL)} level={1} />
      <p>
        <a class="btn" href="/ask">{t("web:faq.notFoundAsk")}</a>
      </p>
    </Page>,
  );
}

// /novinky: news from content/updates and the console, newest first;
// /novinky/:id: one item. The Atom feed is in feeds.ts.
import type { Context } from "hono";
import type { AppDeps } from "../../deps.js";
import { webDate } from "../format.js";
import { newsItems, type NewsItem } from "../data.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { Body, TranslationNote } from "../parts.js";
import { notFoundPage } from "./not-found.js";

/** How many console updates the site reads at most (the feed and list show the newest). */
export const NEWS_LIMIT = 50;

export async function loadNews(c: Context<WebEnv>, deps: AppDeps, limit = NEWS_LIMIT): Promise<NewsItem[]> {
  const published = await deps.store.updates.listPublished({ limit });
  return newsItems(deps.knowledge.current().kb, published, c.get("lang"));
}

/** Names the newest published console updates: what a cached news list or home page depends on. */
export async function newsVersion(deps: AppDeps, limit = NEWS_LIMIT): Promise<string> {
  const published = await deps.store.updates.listPublished({ limit });
  return published.map((u) => `${u.id}:${u.publishedAt}:${u.title.length}`).join(",");
}

export function publishedLine(c: Context<WebEnv>, n: NewsItem): string {
  const t = c.get("t");
  const date = webDate(n.date, c.get("lang"));
  return n.office ? t("web:updates.publishedBy", { date, office: n.office }) : t("web:updates.published", { date });
}

export async function updatesList(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const items = await loadNews(c, deps);
  return c.html(
    <Page c={c} title={t("web:updates.title")} description={t("web:updates.description")}>
      <h1>{t("web:updates.title")}</h1>
      <p>
        <a href={`/novinky.atom?lang=${c.get("lang")}`}>{t("web:updates.atom")}</a>
      </p>
      {items.length ? (
        <ul class="list">
          {items.map((n) => (
            <li>
              <a href={`/novinky/${encodeURIComponent(n.id)}`} lang={n.fallback ? "cs" : undefined}>
                {n.title}
              </a>
              <span class="meta">{webDate(n.date, c.get("lang"))}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("web:updates.none")}</p>
      )}
    </Page>,
  );
}

export async function updatePage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const id = c.req.param("id") ?? "";
  let n = (await loadNews(c, deps)).find((x) => x.id === id);
  if (!n) {
    // An older console update than the list reads: fetch it alone.
    const stored = await deps.store.updates.get(id);
    if (stored?.status === "published") n = newsItems(deps.knowledge.current().kb, [stored], c.get("lang")).find((x) => x.id === id);
  }
  if (!n) return notFoundPage(c);
  return c.html(
    <Page c={c} title={n.title} description={t("web:updates.description")}>
      <p>
        <a href="/novinky">{t("web:updates.back")}</a>
      </p>
      <h1 lang={n.fallback ? "cs" : undefined}>{n.title}</h1>
      <p class="meta">{publishedLine(c, n)}</p>
      <TranslationNote c={c} fallback={n.fallback} machine={n.machineTranslated} />
      <Body source={n.body} headingBase={2} lang={n.fallback ? "cs" : undefined} />
    </Page>,
  );
}

// /: big clear ways to ask, read the myths and find contacts; crisis numbers;
// the latest news, the next meetings and where the timeline stands.
import type { Context } from "hono";
import type { AppDeps } from "../../deps.js";
import { webDate } from "../format.js";
import { loc, phaseState, sortMeetings } from "../data.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { SearchBox } from "./faq.js";
import { L, meetingWhen, telHref } from "./info.js";
import { loadNews } from "./updates.js";

/** How many news items the home page lists. */
export const HOME_NEWS = 3;

export function CrisisBox({ c, deps }: { c: Context<WebEnv>; deps: AppDeps }) {
  const t = c.get("t");
  const lines = deps.knowledge.current().kb.contacts.filter((k) => k.emergency && k.phone);
  const numbers = lines.length ? lines : [{ id: "112", phone: "112", organisation: "112" }];
  return (
    <section class="crisis" aria-labelledby="crisis">
      <h2 id="crisis">{t("web:home.crisisTitle")}</h2>
      <ul>
        {numbers.map((k) => (
          <li>
            <a href={telHref(k.phone!)}>{k.phone}</a> <span lang={c.get("lang") === "cs" ? undefined : "cs"}>{k.organisation}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function homePage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { kb } = deps.knowledge.current();
  const news = (await loadNews(c, deps, HOME_NEWS)).slice(0, HOME_NEWS);
  const meetings = sortMeetings(kb.meetings, deps.clock()).upcoming.slice(0, 3);
  const phase = phaseState(kb.phases);
  const title = kb.site ? t("web:home.title", { building: kb.site.building.name }) : t("web:home.titleGeneric");
  return (
    c.html(
      <Page c={c} title={title} description={t("web:home.lead")}>
        <h1>{title}</h1>
        <p>{t("web:home.lead")}</p>
        <ul class="big-links">
          <li>
            <a class="primary" href="/ask">
              {t("web:home.askTitle")}
              <span>{t("web:home.askText")}</span>
            </a>
          </li>
          <li>
            <a href="/myty">
              {t("web:nav.rumours")}
              <span>{t("web:home.rumoursText")}</span>
            </a>
          </li>
          <li>
            <a href="/faq">
              {t("web:nav.faq")}
              <span>{t("web:home.faqText")}</span>
            </a>
          </li>
          <li>
            <a href="/kontakty">
              {t("web:nav.contacts")}
              <span>{t("web:home.contactsText")}</span>
            </a>
          </li>
        </ul>
        <SearchBox c={c} q="" />
        <CrisisBox c={c} deps={deps} />
        {phase ? (
          <section aria-labelledby="now">
            <h2 id="now">{t("web:home.timelineTitle")}</h2>
            <p>
              {phase.kind === "done"
                ? t("web:home.phaseDone")
                : t(phase.kind === "current" ? "web:home.phaseNow" : "web:home.phaseNext", { title: loc(phase.phase.title, lang)?.text ?? "" })}
            </p>
            {phase.kind !== "done" ? (
              <p>
                <L text={loc(phase.phase.summary, lang)} />
              </p>
            ) : null}
            <p>
              <a href="/casova-osa">{t("web:home.timeline")}</a>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="news">
          <h2 id="news">{t("web:home.updatesTitle")}</h2>
          {news.length ? (
            <ul class="list">
              {news.map((n) => (
                <li>
                  <a href={`/novinky/${encodeURIComponent(n.id)}`} lang={n.fallback ? "cs" : undefined}>{n.title}</a>
                  <span class="meta">{webDate(n.date, lang)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("web:home.noUpdates")}</p>
          )}
          <p>
            <a href="/novinky">{t("web:home.allUpdates")}</a>
          </p>
        </section>
        <section aria-labelledby="meet">
          <h2 id="meet">{t("web:home.meetingsTitle")}</h2>
          {meetings.length ? (
            <ul class="list">
              {meetings.map((m) => (
                <li>
                  <a href={`/setkani#m-${m.id}`}>
                    <L text={loc(m.title, lang)} />
                  </a>
                  <span class="meta">{meetingWhen(c, m)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("web:home.noMeetings")}</p>
          )}
          <p>
            <a href="/setkani">{t("web:home.allMeetings")}</a>
          </p>
        </section>
      </Page>,
    )
  );
}

// /casova-osa (timeline), /kontakty (contacts, crisis lines first) and
// /setkani (meetings): the YAML collections, in the person's language.
import type { Context } from "hono";
import type { Contact, Meeting, Phase } from "../../content/schemas.js";
import type { AppDeps } from "../../deps.js";
import { webDate, webMonth } from "../format.js";
import { loc, sortMeetings, type Localised } from "../data.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { Verified } from "../parts.js";

type C = { c: Context<WebEnv> };

/** A localised text; when it is the Czech stand-in, it says so to screen readers by its lang. */
export function L({ text }: { text: Localised | null }) {
  if (!text) return null;
  return text.fallback ? <span lang="cs">{text.text}</span> : <>{text.text}</>;
}

/** "2026-03" or "2026-03-15" as people read it; null as "bude upřesněno". */
export function when(c: Context<WebEnv>, value: string | null): string {
  if (!value) return c.get("t")("tbd");
  if (value.length === 7) return webMonth(value, c.get("lang"));
  return webDate(value, c.get("lang"));
}

/** A meeting's start in Prague time, e.g. "3. prosince 2026, 17:00". */
export function meetingWhen(c: Context<WebEnv>, m: Meeting): string {
  if (!m.starts) return c.get("t")("tbd");
  return `${webDate(m.starts.slice(0, 10), c.get("lang"))}, ${m.starts.slice(11, 16)}`;
}

function PhaseItem({ c, p }: C & { p: Phase }) {
  const t = c.get("t");
  const lang = c.get("lang");
  return (
    <li class={p.status}>
      <h2>
        <L text={loc(p.title, lang)} />
      </h2>
      <p>
        <span class="status">{t(`web:timeline.status.${p.status}`)}</span>
      </p>
      <p>{t("web:timeline.when", { from: when(c, p.start), to: when(c, p.end) })}</p>
      <p>
        <L text={loc(p.summary, lang)} />
      </p>
      <Verified c={c} date={p.verified} office={p.verified_by} />
    </li>
  );
}

export function timelinePage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const phases = deps.knowledge.current().kb.phases;
  return c.html(
    <Page c={c} title={t("web:timeline.title")} description={t("web:timeline.description")}>
      <h1>{t("web:timeline.title")}</h1>
      <p>{t("web:timeline.lead")}</p>
      <ol class="phases">
        {phases.map((p) => (
          <PhaseItem c={c} p={p} />
        ))}
      </ol>
    </Page>,
  );
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function ContactCard({ c, k }: C & { k: Contact }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const tbd = t("tbd");
  return (
    <article class="card" aria-labelledby={`c-${k.id}`}>
      <h3 id={`c-${k.id}`}>{k.organisation}</h3>
      {k.phone ? (
        <p>
          <a class="tel" href={telHref(k.phone)}>{t("web:contacts.call", { phone: k.phone })}</a>
        </p>
      ) : null}
      <p>
        <L text={loc(k.role, lang)} />
      </p>
      {k.helps_with.length ? (
        <>
          <p>{t("web:contacts.helpsWith")}</p>
          <ul>
            {k.helps_with.map((h) => (
              <li>
                <L text={loc(h, lang)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <dl>
        {k.phone ? null : (
          <>
            <dt>{t("web:contacts.phone")}</dt>
            <dd>{tbd}</dd>
          </>
        )}
        {k.emergency && !k.email ? null : (
          <>
            <dt>{t("web:contacts.email")}</dt>
            <dd>{k.email ? <a href={`mailto:${k.email}`}>{k.email}</a> : tbd}</dd>
          </>
        )}
        {k.address ? (
          <>
            <dt>{t("web:contacts.address")}</dt>
            <dd>{k.address}</dd>
          </>
        ) : null}
        {k.hours ? (
          <>
            <dt>{t("web:contacts.hours")}</dt>
            <dd>
              <L text={loc(k.hours, lang)} />
            </dd>
          </>
        ) : null}
        {k.web ? (
          <>
            <dt>{t("web:contacts.web")}</dt>
            <dd>
              <a href={k.web}>{k.web}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <Verified c={c} date={k.verified} office={k.verified_by} />
    </article>
  );
}

export function contactsPage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const contacts = deps.knowledge.current().kb.contacts;
  const crisis = contacts.filter((k) => k.emergency);
  const others = contacts.filter((k) => !k.emergency);
  return c.html(
    <Page c={c} title={t("web:contacts.title")} description={t("web:contacts.description")}>
      <h1>{t("web:contacts.title")}</h1>
      {crisis.length ? (
        <section aria-labelledby="crisis">
          <h2 id="crisis">{t("web:contacts.crisisTitle")}</h2>
          {crisis.map((k) => (
            <ContactCard c={c} k={k} />
          ))}
        </section>
      ) : null}
      {others.length ? (
        <section aria-labelledby="others">
          <h2 id="others">{t("web:contacts.othersTitle")}</h2>
          {others.map((k) => (
            <ContactCard c={c} k={k} />
          ))}
        </section>
      ) : null}
    </Page>,
  );
}

export function MeetingCard({ c, m, level = 2 }: C & { m: Meeting; level?: 2 | 3 }) {
  const t = c.get("t");
  const lang = c.get("lang");
  const H = level === 2 ? "h2" : "h3";
  return (
    <article class="card" aria-labelledby={`m-${m.id}`}>
      <H id={`m-${m.id}`}>
        <L text={loc(m.title, lang)} />
      </H>
      <dl>
        <dt>{t("web:meetings.when")}</dt>
        <dd>{meetingWhen(c, m)}</dd>
        <dt>{t("web:meetings.where")}</dt>
        <dd lang={lang === "cs" ? undefined : "cs"}>{m.place}</dd>
        <dt>{t("web:meetings.languages")}</dt>
        <dd>{m.languages.map((l) => t(`web:lang.${l}`, { defaultValue: l })).join(", ")}</dd>
      </dl>
      {m.description ? (
        <p>
          <L text={loc(m.description, lang)} />
        </p>
      ) : null}
      <Verified c={c} date={m.verified} office={m.verified_by} />
    </article>
  );
}

export function meetingsPage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const { upcoming, past } = sortMeetings(deps.knowledge.current().kb.meetings, deps.clock());
  return c.html(
    <Page c={c} title={t("web:meetings.title")} description={t("web:meetings.description")}>
      <h1>{t("web:meetings.title")}</h1>
      <p>{t("web:meetings.lead")}</p>
      <p>
        <a href="/setkani.ics">{t("web:meetings.ical")}</a>
      </p>
      {upcoming.map((m) => (
        <MeetingCard c={c} m={m} />
      ))}
      {past.length ? (
        <section aria-labelledby="past">
          <h2 id="past">{t("web:meetings.past")}</h2>
          {past.map((m) => (
            <MeetingCard c={c} m={m} level={3} />
          ))}
        </section>
      ) : null}
    </Page>,
  );
}

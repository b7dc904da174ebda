// Publishing updates: compose (texts per language, audiences, channels,
// optional time), preview each language, approve and publish by a second
// person when REQUIRE_SECOND_APPROVAL is on, then live delivery progress.
import type { Context } from "hono";
import { raw } from "hono/html";
import type { AppDeps } from "../deps.js";
import { deliveryProgress, publishUpdate } from "../delivery/publish.js";
import { deliveryTexts } from "../delivery/texts.js";
import { AUDIENCES, type Audience, type Update, type UpdateChannel, type UpdateExtras } from "../store/index.js";
import { UPDATE_CHANNELS } from "../store/repos/update-drafts.js";
import type { StaffEnv } from "./env.js";
import { Csrf, Done, formatTime, StaffPage } from "./layout.js";
import { renderMarkdown } from "./markdown.js";
import { pragueLocalToUtc, utcToPragueLocal } from "./prague-time.js";
import { everyone, notFound, type StaffRoute } from "./routes.js";
import { formList, formString } from "./session.js";
import { staffNames } from "./staff-names.js";

const TEXT_LANGS = ["cs", "en", "uk"] as const;

interface Draft {
  texts: { lang: string; title: string; body: string }[];
  audiences: Audience[];
  channels: UpdateChannel[];
  scheduledAt: number | null;
}

async function readDraft(c: Context<StaffEnv>): Promise<Draft | string> {
  const texts = [];
  for (const lang of TEXT_LANGS) {
    const title = (await formString(c, `title_${lang}`)).slice(0, 300);
    const body = (await formString(c, `body_${lang}`)).slice(0, 50_000);
    if (title && body) texts.push({ lang, title, body });
    else if (title || body) return "textIncomplete";
  }
  if (!texts.length) return "textMissing";
  const audiences = (await formList(c, "audience")).filter((a): a is Audience => (AUDIENCES as readonly string[]).includes(a));
  if (!audiences.length) return "audienceMissing";
  const channels = (await formList(c, "channel")).filter((a): a is UpdateChannel => (UPDATE_CHANNELS as readonly string[]).includes(a));
  if (!channels.length) return "channelMissing";
  const when = await formString(c, "scheduled");
  const scheduledAt = when ? pragueLocalToUtc(when) : null;
  if (when && scheduledAt === null) return "badTime";
  return { texts, audiences, channels, scheduledAt };
}

function ComposeForm({ c, action, draft, error }: { c: Context<StaffEnv>; action: string; draft?: Partial<Draft>; error?: string }) {
  const t = c.get("t");
  const text = (lang: string) => draft?.texts?.find((x) => x.lang === lang);
  return (
    <form method="post" action={action}>
      <Csrf c={c} />
      {error ? <p class="error" role="alert">{t(`staff:updates.errors.${error}`)}</p> : null}
      {TEXT_LANGS.map((lang) => (
        <fieldset>
          <legend>{t(`staff:updates.textIn.${lang}`)}{lang === "cs" ? "" : ` ${t("staff:updates.optional")}`}</legend>
          <label for={`title_${lang}`}>{t("staff:updates.titleLabel")}</label>
          <input type="text" id={`title_${lang}`} name={`title_${lang}`} maxlength={300} size={60} value={text(lang)?.title ?? ""} required={lang === "cs"} />
          <label for={`body_${lang}`}>{t("staff:updates.bodyLabel")}</label>
          <textarea id={`body_${lang}`} name={`body_${lang}`} maxlength={50000} required={lang === "cs"}>{text(lang)?.body ?? ""}</textarea>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t("staff:updates.audience")}</legend>
        {AUDIENCES.map((a) => (
          <label><input type="checkbox" name="audience" value={a} checked={draft?.audiences ? draft.audiences.includes(a) : true} /> {t(`staff:audience.${a}`)}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("staff:updates.channels")}</legend>
        {UPDATE_CHANNELS.map((ch) => (
          <label><input type="checkbox" name="channel" value={ch} checked={draft?.channels ? draft.channels.includes(ch) : true} /> {t(`staff:channel.${ch}`)}</label>
        ))}
      </fieldset>
      <label for="scheduled">{t("staff:updates.scheduled")}</label>
      <input type="datetime-local" id="scheduled" name="scheduled" value={draft?.scheduledAt ? utcToPragueLocal(draft.scheduledAt) : ""} />
      <p class="muted">{t("staff:updates.scheduledHint")}</p>
      <p><button type="submit">{t("staff:updates.saveDraft")}</button></p>
    </form>
  );
}

/** Who may approve this draft, and if not, why not (a message key). */
export function approvalCheck(deps: AppDeps, update: Pick<Update, "createdBy">, user: { id: string; role: string }): string | null {
  if (deps.config.REQUIRE_SECOND_APPROVAL) {
    if (user.role === "editor") return "needsGarant";
    if (update.createdBy === user.id) return "notOwn";
    return null;
  }
  if (user.role === "editor" && update.createdBy !== user.id) return "needsGarant";
  return null;
}

function canEdit(update: Update, user: { id: string; role: string }): boolean {
  return update.status === "draft" && !update.approvedBy && (user.role !== "editor" || update.createdBy === user.id);
}

async function listPage(c: Context<StaffEnv>, deps: AppDeps) {
  const t = c.get("t");
  const lang = c.get("lang");
  const [drafts, published, names] = await Promise.all([
    deps.store.updates.listDrafts(100), deps.store.updates.listPublished({ limit: 20 }), staffNames(deps),
  ]);
  const Row = ({ u }: { u: Update }) => (
    <tr>
      <td><a href={`/staff/updates/${u.id}`}>{u.title}</a></td>
      <td>{u.langs.join(", ")}</td>
      <td>{u.createdBy ? names.get(u.createdBy) ?? "?" : "–"}</td>
      <td>{formatTime(u.status === "published" ? u.publishedAt : u.createdAt, lang)}</td>
      <td>{u.status === "published" ? t("staff:updates.published") : u.approvedBy ? t("staff:updates.approvedScheduled") : t("staff:updates.waiting")}</td>
    </tr>
  );
  const Table = ({ rows, caption }: { rows: Update[]; caption: string }) => (
    <table>
      <caption>{caption}</caption>
      <thead><tr>
        <th scope="col">{t("staff:updates.titleLabel")}</th><th scope="col">{t("staff:updates.langs")}</th>
        <th scope="col">{t("staff:updates.author")}</th><th scope="col">{t("staff:updates.when")}</th><th scope="col">{t("staff:updates.state")}</th>
      </tr></thead>
      <tbody>{rows.map((u) => <Row u={u} />)}</tbody>
    </table>
  );
  return c.html(
    <StaffPage c={c} title={t("staff:updates.title")}>
      <Done c={c} />
      <p><a class="button" href="/staff/updates/new">{t("staff:updates.new")}</a></p>
      <h2>{t("staff:updates.drafts")}</h2>
      {drafts.length ? <Table rows={drafts} caption={t("staff:updates.draftsCaption")} /> : <p>{t("staff:updates.noDrafts")}</p>}
      <h2>{t("staff:updates.recent")}</h2>
      {published.length ? <Table rows={published} caption={t("staff:updates.recentCaption")} /> : <p>{t("staff:updates.noneYet")}</p>}
    </StaffPage>,
  );
}

function Progress({ c, id, p }: { c: Context<StaffEnv>; id: string; p: Awaited<ReturnType<typeof deliveryProgress>> }) {
  const t = c.get("t");
  const done = p.total - p.left;
  return (
    <section class="card" data-progress-url={`/staff/updates/${id}/progress.json`} aria-live="polite">
      <h2>{t("staff:updates.progress")}</h2>
      <label for="delivery-progress">{t("staff:updates.progressLabel")}</label>
      <progress id="delivery-progress" max={Math.max(1, p.total)} value={done}>{`${done} / ${p.total}`}</progress>
      <p>
        {t("staff:updates.sent")} <strong data-k="sent">{p.sent}</strong> · {t("staff:updates.failed")} <strong data-k="failed">{p.failed + p.blocked}</strong> ·{" "}
        {t("staff:updates.left")} <strong data-k="left">{p.left}</strong> · {t("staff:updates.total")} <strong data-k="total">{p.total}</strong>
      </p>
      {p.total === 0 ? <p class="muted">{t("staff:updates.noSubscribers")}</p> : null}
    </section>
  );
}

function Preview({ c, extras, update }: { c: Context<StaffEnv>; extras: UpdateExtras; update: Update }) {
  const t = c.get("t");
  const texts = extras.texts.length ? extras.texts : [{ lang: update.langs[0] ?? "cs", title: update.title, body: update.body }];
  return (
    <>
      <h2>{t("staff:updates.preview")}</h2>
      {texts.map((x) => (
        <section class="card" lang={x.lang} aria-label={t(`staff:updates.textIn.${x.lang}`, { defaultValue: x.lang })}>
          <h3>{t(`staff:updates.textIn.${x.lang}`, { defaultValue: x.lang })}</h3>
          <div class="preview">
            <p><strong>{x.title}</strong></p>
            {raw(renderMarkdown(x.body))}
            <p class="muted">{deliveryTexts(x.lang).stop}</p>
          </div>
        </section>
      ))}
    </>
  );
}

async function detailPage(c: Context<StaffEnv>, deps: AppDeps, error?: string) {
  const t = c.get("t");
  const lang = c.get("lang");
  const update = await deps.store.updates.get(c.req.param("id") ?? "");
  if (!update) return notFound(c);
  const extras = (await deps.store.updateDrafts.extras(update.id))!;
  const names = await staffNames(deps);
  const user = c.get("session").user;
  const progress = update.status === "published" ? await deliveryProgress(deps, update.id) : null;
  const why = update.status === "draft" && !update.approvedBy ? approvalCheck(deps, update, user) : null;
  const scheduledLater = extras.scheduledAt !== null && extras.scheduledAt > deps.clock();
  if (error) c.status(403);
  return c.html(
    <StaffPage c={c} title={update.title} refresh={progress && progress.left > 0 ? 5 : undefined} script={!!progress && progress.left > 0}>
      <Done c={c} />
      {error ? <p class="error" role="alert">{t(`staff:updates.why.${error}`)}</p> : null}
      <p><a href="/staff/updates">{t("staff:updates.back")}</a></p>
      <dl class="card">
        <dt>{t("staff:updates.state")}</dt>
        <dd>{update.status === "published" ? `${t("staff:updates.published")} ${formatTime(update.publishedAt, lang)}` : update.approvedBy ? t("staff:updates.approvedScheduled") : t("staff:updates.waiting")}</dd>
        <dt>{t("staff:updates.author")}</dt><dd>{update.createdBy ? names.get(update.createdBy) ?? "?" : "–"}</dd>
        {update.approvedBy ? <><dt>{t("staff:updates.approver")}</dt><dd>{names.get(update.approvedBy) ?? "?"}</dd></> : null}
        <dt>{t("staff:updates.audience")}</dt><dd>{update.audiences.map((a) => t(`staff:audience.${a}`)).join(", ")}</dd>
        <dt>{t("staff:updates.channels")}</dt><dd>{extras.channels.map((ch) => t(`staff:channel.${ch}`)).join(", ")}</dd>
        <dt>{t("staff:updates.scheduled")}</dt><dd>{extras.scheduledAt ? formatTime(extras.scheduledAt, lang) : t("staff:updates.now")}</dd>
      </dl>
      {progress ? <Progress c={c} id={update.id} p={progress} /> : null}
      {update.status === "draft" && !update.approvedBy ? (
        <section class="card">
          <h2>{t("staff:updates.approval")}</h2>
          {why ? <p>{t(`staff:updates.why.${why}`)}</p> : (
            <form method="post" action={`/staff/updates/${update.id}/publish`}>
              <Csrf c={c} />
              <p>{scheduledLater ? t("staff:updates.approveScheduledHint", { when: formatTime(extras.scheduledAt, lang) }) : t("staff:updates.approveHint")}</p>
              <button type="submit">{scheduledLater ? t("staff:updates.approveScheduled") : t("staff:updates.approvePublish")}</button>
            </form>
          )}
          {canEdit(update, user) ? (
            <div>
              <a href={`/staff/updates/${update.id}/edit`}>{t("staff:updates.edit")}</a>{" "}
              <form class="inline" method="post" action={`/staff/updates/${update.id}/delete`}>
                <Csrf c={c} />
                <button type="submit" class="secondary">{t("staff:updates.delete")}</button>
              </form>
            </div>
          ) : null}
        </section>
      ) : null}
      <Preview c={c} extras={extras} update={update} />
    </StaffPage>,
  );
}

async function saveDraft(deps: AppDeps, id: string, d: Draft): Promise<void> {
  await deps.store.updateDrafts.saveDraft(id, { channels: d.channels, scheduledAt: d.scheduledAt, texts: d.texts, audiences: d.audiences });
}

export function updateRoutes(deps: AppDeps): StaffRoute[] {
  const find = async (c: Context<StaffEnv>) => deps.store.updates.get(c.req.param("id") ?? "");
  return [
    { method: "GET", path: "/staff/updates", roles: everyone, handler: (c) => listPage(c, deps) },
    {
      method: "GET", path: "/staff/updates/new", roles: everyone,
      handler: (c) => c.html(<StaffPage c={c} title={c.get("t")("staff:updates.new")}><ComposeForm c={c} action="/staff/updates" /></StaffPage>),
    },
    {
      method: "POST", path: "/staff/updates", roles: everyone,
      handler: async (c) => {
        const d = await readDraft(c);
        if (typeof d === "string") {
          c.status(400);
          return c.html(<StaffPage c={c} title={c.get("t")("staff:updates.new")}><ComposeForm c={c} action="/staff/updates" error={d} /></StaffPage>);
        }
        const me = c.get("session").user.id;
        const first = d.texts[0]!;
        const u = await deps.store.updates.create({ title: first.title, body: first.body, audiences: d.audiences, langs: d.texts.map((x) => x.lang), createdBy: me });
        await saveDraft(deps, u.id, d);
        await deps.store.audit.add({ staffId: me, action: "update.draft", target: u.id, detail: { langs: d.texts.map((x) => x.lang), channels: d.channels } });
        return c.redirect(`/staff/updates/${u.id}?done=drafted`, 303);
      },
    },
    { method: "GET", path: "/staff/updates/:id", roles: everyone, handler: (c) => detailPage(c, deps) },
    {
      method: "GET", path: "/staff/updates/:id/progress.json", roles: everyone,
      handler: async (c) => {
        const u = await find(c);
        if (!u) return notFound(c);
        return c.json(await deliveryProgress(deps, u.id));
      },
    },
    {
      method: "GET", path: "/staff/updates/:id/edit", roles: everyone,
      handler: async (c) => {
        const u = await find(c);
        if (!u) return notFound(c);
        if (!canEdit(u, c.get("session").user)) return c.text(c.get("t")("staff:errors.forbidden"), 403);
        const x = (await deps.store.updateDrafts.extras(u.id))!;
        const draft = { texts: x.texts, audiences: u.audiences, channels: x.channels, scheduledAt: x.scheduledAt };
        return c.html(<StaffPage c={c} title={c.get("t")("staff:updates.edit")}><ComposeForm c={c} action={`/staff/updates/${u.id}/edit`} draft={draft} /></StaffPage>);
      },
    },
    {
      method: "POST", path: "/staff/updates/:id/edit", roles: everyone,
      handler: async (c) => {
        const u = await find(c);
        if (!u) return notFound(c);
        const me = c.get("session").user;
        if (!canEdit(u, me)) return c.text(c.get("t")("staff:errors.forbidden"), 403);
        const d = await readDraft(c);
        if (typeof d === "string") {
          c.status(400);
          return c.html(<StaffPage c={c} title={c.get("t")("staff:updates.edit")}><ComposeForm c={c} action={`/staff/updates/${u.id}/edit`} error={d} /></StaffPage>);
        }
        await saveDraft(deps, u.id, d);
        await deps.store.audit.add({ staffId: me.id, action: "update.edit", target: u.id });
        return c.redirect(`/staff/updates/${u.id}?done=saved`, 303);
      },
    },
    {
      method: "POST", path: "/staff/updates/:id/delete", roles: everyone,
      handler: async (c) => {
        const u = await find(c);
        if (!u) return notFound(c);
        const me = c.get("session").user;
        if (!canEdit(u, me)) return c.text(c.get("t")("staff:errors.forbidden"), 403);
        await deps.store.updateDrafts.deleteDraft(u.id);
        await deps.store.audit.add({ staffId: me.id, action: "update.delete", target: u.id });
        return c.redirect("/staff/updates?done=deleted", 303);
      },
    },
    {
      method: "POST", path: "/staff/updates/:id/publish",
      roles: (config) => (config.REQUIRE_SECOND_APPROVAL ? ["garant", "admin"] : ["editor", "garant", "admin"]),
      handler: async (c) => {
        const u = await find(c);
        if (!u) return notFound(c);
        if (u.status === "published" || u.approvedBy) return c.redirect(`/staff/updates/${u.id}?done=alreadyPublished`, 303);
        const me = c.get("session").user;
        const why = approvalCheck(deps, u, me);
        if (why) return detailPage(c, deps, why);
        const extras = await deps.store.updateDrafts.extras(u.id);
        await deps.store.audit.add({ staffId: me.id, action: "update.approve", target: u.id, detail: { author: u.createdBy, fourEyes: deps.config.REQUIRE_SECOND_APPROVAL } });
        if (extras?.scheduledAt && extras.scheduledAt > deps.clock()) {
          await deps.store.updateDrafts.approveScheduled(u.id, me.id);
          return c.redirect(`/staff/updates/${u.id}?done=scheduled`, 303);
        }
        await publishUpdate(deps, u.id, me.id);
        return c.redirect(`/staff/updates/${u.id}?done=published`, 303);
      },
    },
  ];
}

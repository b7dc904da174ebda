// The content pages: the list by collection with status and search, one
// file (edit → draft, language versions, waiting drafts, history) and one
// revision (problems, diff against the published text, preview, approval).
import type { Context } from "hono";
import { headline } from "../../content/pick.js";
import type { AppDeps } from "../../deps.js";
import type { ContentItemSummary, ContentRevision } from "../../store/index.js";
import type { StaffEnv } from "../env.js";
import { Csrf, formatTime, StaffPage } from "../layout.js";
import { staffNames } from "../staff-names.js";
import { approvalCheck } from "../updates.js";
import { collectionOf, COLLECTIONS, itemHref, markdownParts, revHref, type Checked } from "./model.js";
import { Diff, Preview, Problems } from "./parts.js";

type C = Context<StaffEnv>;

/** ?done=… after an action (own keys under staff:content.done). */
export function ContentDone({ c }: { c: C }) {
  const done = c.req.query("done");
  if (!done || !/^[a-zA-Z]+$/.test(done)) return null;
  return <p class="notice" role="status">{c.get("t")(`staff:content.done.${done}`, { defaultValue: "" })}</p>;
}

function statusOf(i: ContentItemSummary): "conflict" | "waiting" | "published" | "unpublished" {
  if (i.conflicts) return "conflict";
  if (i.drafts) return "waiting";
  return i.publishedRev ? "published" : "unpublished";
}

export async function listPage(c: C, deps: AppDeps) {
  const t = c.get("t");
  const q = (c.req.query("q") ?? "").slice(0, 100);
  const only = c.req.query("status");
  const [items, inboxDrafts] = await Promise.all([deps.store.contentItems.list({ q }), deps.store.faqDrafts.list({ status: "open", limit: 50 })]);
  const titles = new Map<string, string>();
  for (const e of deps.knowledge.current().kb.entries) titles.set(e.file, headline(e));
  const shown = items.filter((i) => !only || statusOf(i) === only);
  return c.html(
    <StaffPage c={c} title={t("staff:content.title")}>
      <ContentDone c={c} />
      <p><a class="button" href="/staff/content/new">{t("staff:content.new")}</a></p>
      <form method="get" action="/staff/content" class="row" role="search">
        <div><label for="q">{t("staff:content.search")}</label><input type="text" id="q" name="q" value={q} /></div>
        <div>
          <label for="status">{t("staff:content.state")}</label>
          <select id="status" name="status">
            <option value="">{t("staff:content.any")}</option>
            {(["conflict", "waiting", "published", "unpublished"] as const).map((s) => <option value={s} selected={only === s}>{t(`staff:content.status.${s}`)}</option>)}
          </select>
        </div>
        <div><button type="submit">{t("staff:content.find")}</button></div>
      </form>
      {inboxDrafts.length ? (
        <section class="card">
          <h2>{t("staff:content.inboxDrafts")}</h2>
          <ul>
            {inboxDrafts.map((d) => (
              <li lang={d.lang}>{d.title} <span class="muted">({d.lang}, {formatTime(d.createdAt, c.get("lang"))})</span> – <a href={`/staff/content/new?draft=${d.id}`}>{t("staff:content.makeEntry")}</a></li>
            ))}
          </ul>
        </section>
      ) : null}
      {!shown.length ? <p>{t("staff:content.nothing")}</p> : null}
      {COLLECTIONS.map((col) => {
        const rows = shown.filter((i) => collectionOf(i.path) === col);
        if (!rows.length) return null;
        return (
          <>
            <h2>{t(`staff:content.collection.${col}`)} ({rows.length})</h2>
            <table>
              <thead><tr><th scope="col">{t("staff:content.file")}</th><th scope="col">{t("staff:content.state")}</th><th scope="col">{t("staff:content.changed")}</th></tr></thead>
              <tbody>
                {rows.map((i) => (
                  <tr>
                    <td><a href={itemHref(i.path)}>{titles.get(i.path) ?? i.path}</a>{titles.has(i.path) ? <><br /><span class="muted">{i.path}</span></> : null}</td>
                    <td>{t(`staff:content.status.${statusOf(i)}`)}{i.inFile ? "" : ` · ${t("staff:content.onlyInConsole")}`}</td>
                    <td>{formatTime(i.updatedAt, c.get("lang"))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      })}
    </StaffPage>,
  );
}

function History({ c, path, revs, publishedRev, names }: { c: C; path: string; revs: ContentRevision[]; publishedRev: number | null; names: Map<string, string> }) {
  const t = c.get("t");
  return (
    <table>
      <caption>{t("staff:content.history")}</caption>
      <thead><tr><th scope="col">#</th><th scope="col">{t("staff:content.state")}</th><th scope="col">{t("staff:content.source")}</th><th scope="col">{t("staff:content.author")}</th><th scope="col">{t("staff:content.changed")}</th></tr></thead>
      <tbody>
        {revs.map((r) => (
          <tr>
            <td><a href={revHref(path, r.rev)}>{`r${r.rev}`}</a></td>
            <td>{r.rev === publishedRev ? t("staff:content.current") : t(`staff:content.rev.${r.status}`)}</td>
            <td>{t(`staff:content.from.${r.source}`)}</td>
            <td>{r.createdBy ? names.get(r.createdBy) ?? "?" : "–"}</td>
            <td>{formatTime(r.createdAt, c.get("lang"))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One file: the editor (textarea), its problems when a save had some, its language versions, drafts and history. */
export async function itemPage(c: C, deps: AppDeps, path: string, opts: { text?: string; checked?: Checked; savedRev?: number } = {}) {
  const t = c.get("t");
  const item = await deps.store.contentItems.get(path);
  if (!item) return c.text(t("staff:errors.notFound"), 404);
  const [revs, names, all] = await Promise.all([deps.store.contentItems.revisions(path), staffNames(deps), deps.store.contentItems.list()]);
  const from = Number(c.req.query("from"));
  const base = opts.text ?? (revs.find((r) => r.rev === from)?.text ?? item.publishedText ?? revs[0]?.text ?? "");
  const md = markdownParts(path);
  const siblings = md ? all.filter((i) => i.path !== path && markdownParts(i.path)?.id === md.id && markdownParts(i.path)?.dir === md.dir) : [];
  const waiting = revs.filter((r) => r.status === "draft");
  return c.html(
    <StaffPage c={c} title={path}>
      <ContentDone c={c} />
      <p><a href="/staff/content">{t("staff:content.back")}</a></p>
      <dl class="card">
        <dt>{t("staff:content.state")}</dt>
        <dd>{item.publishedRev ? t("staff:content.publishedRev", { rev: item.publishedRev }) : t("staff:content.status.unpublished")}{item.inFile ? "" : ` · ${t("staff:content.onlyInConsole")}`}</dd>
        {siblings.length ? <><dt>{t("staff:content.otherLanguages")}</dt><dd>{siblings.map((s) => <><a href={itemHref(s.path)}>{markdownParts(s.path)?.lang}</a>{" "}</>)}</dd></> : null}
      </dl>
      {waiting.some((r) => r.source === "conflict") ? <p class="error" role="alert">{t("staff:content.conflictNote")}</p> : null}
      {waiting.length ? (
        <section class="card">
          <h2>{t("staff:content.waiting")}</h2>
          <ul>{waiting.map((r) => <li><a href={revHref(path, r.rev)}>{`r${r.rev}`}</a> – {t(`staff:content.from.${r.source}`)}, {r.createdBy ? names.get(r.createdBy) ?? "?" : "–"}, {formatTime(r.createdAt, c.get("lang"))}</li>)}</ul>
        </section>
      ) : null}
      <h2>{t("staff:content.edit")}</h2>
      {opts.savedRev ? <p class="notice" role="status">{t("staff:content.savedWithProblems", { rev: opts.savedRev })}</p> : null}
      {opts.checked ? <Problems c={c} problems={opts.checked.own} /> : null}
      <form method="post" action={itemHref(path)}>
        <Csrf c={c} />
        <label for="text">{t("staff:content.textLabel")}</label>
        <p class="muted" id="text-hint">{t(md ? "staff:content.textHintMd" : "staff:content.textHintYaml")}</p>
        <textarea class="source" id="text" name="text" aria-describedby="text-hint" maxlength={200000} spellcheck={false}>{`\n${base}`}</textarea>
        <p><button type="submit">{t("staff:content.saveDraft")}</button></p>
      </form>
      <History c={c} path={path} revs={revs} publishedRev={item.publishedRev} names={names} />
    </StaffPage>,
  );
}

/** One revision: problems, diff against the published text, preview, approve / reject. */
export async function revisionPage(c: C, deps: AppDeps, path: string, rev: number, checked: Checked, error?: string) {
  const t = c.get("t");
  const [item, r, names] = await Promise.all([deps.store.contentItems.get(path), deps.store.contentItems.revision(path, rev), staffNames(deps)]);
  if (!item || !r) return c.text(t("staff:errors.notFound"), 404);
  const me = c.get("session").user;
  const why = r.status === "draft" ? approvalCheck(deps, r, me) : null;
  const canReject = r.status === "draft" && (me.role !== "editor" || r.createdBy === me.id);
  if (error) c.status(error === "invalid" ? 400 : 403);
  return c.html(
    <StaffPage c={c} title={`${path} – r${rev}`}>
      <ContentDone c={c} />
      {error ? <p class="error" role="alert">{t(error === "invalid" ? "staff:content.cannotPublishInvalid" : `staff:updates.why.${error}`)}</p> : null}
      <p><a href={itemHref(path)}>{t("staff:content.backToFile")}</a> · <a href={`${itemHref(path)}?from=${rev}`}>{t("staff:content.editFrom")}</a></p>
      <dl class="card">
        <dt>{t("staff:content.state")}</dt><dd>{r.rev === item.publishedRev ? t("staff:content.current") : t(`staff:content.rev.${r.status}`)}</dd>
        <dt>{t("staff:content.source")}</dt><dd>{t(`staff:content.from.${r.source}`)}</dd>
        <dt>{t("staff:content.author")}</dt><dd>{r.createdBy ? names.get(r.createdBy) ?? "?" : "–"} ({formatTime(r.createdAt, c.get("lang"))})</dd>
        {r.approvedBy ? <><dt>{t("staff:content.approver")}</dt><dd>{names.get(r.approvedBy) ?? "?"} ({formatTime(r.approvedAt, c.get("lang"))})</dd></> : null}
      </dl>
      {r.source === "conflict" && r.status === "draft" ? <p class="error">{t("staff:content.conflictNote")}</p> : null}
      <Problems c={c} problems={checked.own} />
      {r.status === "draft" ? (
        <section class="card">
          <h2>{t("staff:content.approval")}</h2>
          {checked.own.length ? <p>{t("staff:content.cannotPublishInvalid")}</p> : why ? <p>{t(`staff:updates.why.${why}`)}</p> : (
            <form method="post" action={`${revHref(path, rev)}/publish`}>
              <Csrf c={c} />
              <p>{t("staff:content.approveHint")}</p>
              <button type="submit">{t("staff:content.approvePublish")}</button>
            </form>
          )}
          {canReject ? (
            <form method="post" action={`${revHref(path, rev)}/reject`}>
              <Csrf c={c} />
              <p><button type="submit" class="secondary">{t("staff:content.reject")}</button></p>
            </form>
          ) : null}
        </section>
      ) : null}
      <h2>{t("staff:content.diffTitle")}</h2>
      <Diff c={c} before={item.publishedText ?? ""} after={r.text} />
      <h2>{t("staff:content.preview")}</h2>
      <Preview c={c} path={path} checked={checked} />
    </StaffPage>,
  );
}

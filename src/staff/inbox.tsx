// The garant's inbox: redacted questions from every channel, never who asked
// (this module reads only the questions table, never reply routes).
import type { Context } from "hono";
import type { AppDeps } from "../deps.js";
import type { FaqEntry } from "../content/types.js";
import { answerQuestion } from "../relay/questions.js";
import { CHANNELS, QUESTION_AUDIENCES, QUESTION_STATUSES, type Question, type QuestionFilter } from "../store/index.js";
import type { StaffEnv } from "./env.js";
import { Csrf, Done, formatTime, StaffPage } from "./layout.js";
import { answerers, notFound, type StaffRoute } from "./routes.js";
import { proposeWording } from "./content/add-wording.js";
import { WordingNotice } from "./content/wording-notice.js";
import { formString } from "./session.js";
import { staffNames } from "./staff-names.js";

const LANGS = ["cs", "sk", "en", "uk"];

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function themes(deps: AppDeps): string[] {
  const tags = new Set<string>();
  for (const e of deps.knowledge.current().kb.entries) for (const tag of e.tags) tags.add(tag);
  return [...tags].sort();
}

function faqEntries(deps: AppDeps, lang: string): FaqEntry[] {
  const out: FaqEntry[] = [];
  for (const byLang of deps.knowledge.current().kb.byId.values()) {
    const e = byLang.get(lang) ?? byLang.get("cs");
    if (e?.collection === "faq") out.push(e);
  }
  return out.sort((a, b) => a.title.localeCompare(b.title, "cs"));
}

function Select({ name, label, value, options, t }: {
  name: string; label: string; value: string | undefined; options: readonly string[]; t: (k: string) => string;
}) {
  return (
    <div>
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{t("staff:inbox.any")}</option>
        {options.map((o) => <option value={o} selected={o === value}>{o}</option>)}
      </select>
    </div>
  );
}

async function inboxList(c: Context<StaffEnv>, deps: AppDeps) {
  const t = c.get("t");
  const q = (k: string) => c.req.query(k) || undefined;
  const status = q("status") === "all" ? undefined : pick(q("status") ?? "new", QUESTION_STATUSES);
  const filter: QuestionFilter = {
    status, theme: q("theme"), audience: pick(q("audience"), QUESTION_AUDIENCES), lang: q("lang")?.slice(0, 3),
    channel: pick(q("channel"), CHANNELS), assignedTo: q("mine") ? c.get("session").user.id : undefined, limit: 200,
  };
  const [questions, counts, names] = await Promise.all([
    deps.store.questions.list(filter), deps.store.questions.countByStatus(), staffNames(deps),
  ]);
  return c.html(
    <StaffPage c={c} title={t("staff:inbox.title")}>
      <p>{t("staff:inbox.counts", counts)}</p>
      <form method="get" action="/staff/inbox" class="card row" aria-label={t("staff:inbox.filters")}>
        <Select name="status" label={t("staff:inbox.status")} value={q("status") ?? "new"} options={[...QUESTION_STATUSES, "all"]} t={t} />
        <Select name="theme" label={t("staff:inbox.theme")} value={filter.theme} options={themes(deps)} t={t} />
        <Select name="audience" label={t("staff:inbox.audience")} value={filter.audience} options={QUESTION_AUDIENCES} t={t} />
        <Select name="lang" label={t("staff:inbox.lang")} value={filter.lang} options={LANGS} t={t} />
        <Select name="channel" label={t("staff:inbox.channel")} value={filter.channel} options={CHANNELS} t={t} />
        <div><label><input type="checkbox" name="mine" value="1" checked={!!q("mine")} /> {t("staff:inbox.mine")}</label></div>
        <div><button type="submit">{t("staff:inbox.filter")}</button></div>
      </form>
      {questions.length === 0 ? <p>{t("staff:inbox.empty")}</p> : (
        <table>
          <caption class="muted">{t("staff:inbox.shown", { count: questions.length })}</caption>
          <thead><tr>
            <th scope="col">{t("staff:inbox.question")}</th><th scope="col">{t("staff:inbox.channel")}</th>
            <th scope="col">{t("staff:inbox.audience")}</th><th scope="col">{t("staff:inbox.theme")}</th>
            <th scope="col">{t("staff:inbox.created")}</th><th scope="col">{t("staff:inbox.status")}</th>
            <th scope="col">{t("staff:inbox.assigned")}</th>
          </tr></thead>
          <tbody>
            {questions.map((x) => (
              <tr>
                <td><a href={`/staff/inbox/${x.id}`}>{x.textRedacted.length > 120 ? `${x.textRedacted.slice(0, 120)}…` : x.textRedacted}</a></td>
                <td>{x.channel}</td><td>{t(`staff:audience.${x.audience}`)}</td><td>{x.theme ?? "–"}</td>
                <td>{formatTime(x.createdAt, c.get("lang"))}</td><td>{t(`staff:status.${x.status}`)}</td>
                <td>{x.assignedTo ? names.get(x.assignedTo) ?? "?" : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffPage>,
  );
}

async function questionPage(c: Context<StaffEnv>, deps: AppDeps) {
  const t = c.get("t");
  const question = await deps.store.questions.get(c.req.param("id") ?? "");
  if (!question) return notFound(c);
  const [notes, names, users, drafts] = await Promise.all([
    deps.store.questions.listNotes(question.id), staffNames(deps), deps.store.staff.listUsers(),
    deps.store.faqDrafts.list({ questionId: question.id }),
  ]);
  const base = `/staff/inbox/${question.id}`;
  const lang = c.get("lang");
  return c.html(
    <StaffPage c={c} title={t("staff:question.title")}>
      <Done c={c} />
      <WordingNotice c={c} />
      <p><a href="/staff/inbox">{t("staff:question.back")}</a></p>
      <div class="card">
        <p class="question">{question.textRedacted}</p>
        <p class="muted">
          {t("staff:question.meta", {
            channel: question.channel, audience: t(`staff:audience.${question.audience}`), lang: question.lang,
            created: formatTime(question.createdAt, lang), status: t(`staff:status.${question.status}`),
          })}
        </p>
        {question.answerText ? (
          <div>
            <h2>{t("staff:question.answered", { who: question.answeredBy ? names.get(question.answeredBy) ?? "?" : "–", when: formatTime(question.answeredAt, lang) })}</h2>
            <p class="question">{question.answerText}</p>
            <p class="muted">{question.deliveredAt ? t("staff:question.delivered") : t("staff:question.notDelivered")}</p>
          </div>
        ) : null}
      </div>

      <h2 id="answer">{question.answerText ? t("staff:question.answerAgain") : t("staff:question.answer")}</h2>
      <form method="post" action={`${base}/answer`} class="card">
        <Csrf c={c} />
        <label for="answer-text">{t("staff:question.answerText")}</label>
        <textarea id="answer-text" name="text" required maxlength={20000}></textarea>
        <p><button type="submit">{t("staff:question.send")}</button></p>
      </form>
      <form method="post" action={`${base}/answer-faq`} class="card">
        <Csrf c={c} />
        <label for="faq">{t("staff:question.withFaq")}</label>
        <select id="faq" name="faqId" required>
          {faqEntries(deps, question.lang).map((e) => <option value={e.id}>{e.title}</option>)}
        </select>
        <p><label><input type="checkbox" name="addWording" value="1" /> {t("staff:question.addWording")}</label></p>
        <p><button type="submit">{t("staff:question.sendFaq")}</button></p>
      </form>

      <div class="grid">
        <form method="post" action={`${base}/assign`} class="card">
          <Csrf c={c} />
          <label for="assign">{t("staff:question.assign")}</label>
          <select id="assign" name="staffId">
            <option value="">{t("staff:question.nobody")}</option>
            {users.filter((u) => !u.disabled && u.role !== "editor").map((u) => <option value={u.id} selected={u.id === question.assignedTo}>{u.email}</option>)}
          </select>
          <p><button type="submit" class="secondary">{t("staff:question.assignSubmit")}</button></p>
        </form>
        <form method="post" action={`${base}/theme`} class="card">
          <Csrf c={c} />
          <label for="theme">{t("staff:inbox.theme")}</label>
          <input type="text" id="theme" name="theme" list="themes" value={question.theme ?? ""} maxlength={60} />
          <datalist id="themes">{themes(deps).map((x) => <option value={x} />)}</datalist>
          <p><button type="submit" class="secondary">{t("staff:question.save")}</button></p>
        </form>
        {question.status !== "closed" ? (
          <form method="post" action={`${base}/close`} class="card">
            <Csrf c={c} />
            <p>{t("staff:question.closeHint")}</p>
            <button type="submit" class="danger">{t("staff:question.close")}</button>
          </form>
        ) : null}
      </div>

      <h2>{t("staff:question.notes")}</h2>
      {notes.length ? (
        <ul>{notes.map((n) => <li><strong>{n.staffId ? names.get(n.staffId) ?? "?" : "–"}</strong>{` (${formatTime(n.createdAt, lang)}): `}{n.text}</li>)}</ul>
      ) : <p class="muted">{t("staff:question.noNotes")}</p>}
      <form method="post" action={`${base}/note`} class="card">
        <Csrf c={c} />
        <label for="note">{t("staff:question.addNote")}</label>
        <textarea id="note" name="text" required maxlength={10000}></textarea>
        <p><button type="submit" class="secondary">{t("staff:question.saveNote")}</button></p>
      </form>

      <h2>{t("staff:question.faqDraft")}</h2>
      {drafts.length ? <p class="muted">{t("staff:question.draftsExist", { count: drafts.length })}</p> : null}
      <form method="post" action={`${base}/faq-draft`} class="card">
        <Csrf c={c} />
        <label for="draft-title">{t("staff:question.draftTitle")}</label>
        <input type="text" id="draft-title" name="title" required maxlength={300} value={question.textRedacted.slice(0, 200)} />
        <label for="draft-body">{t("staff:question.draftBody")}</label>
        <textarea id="draft-body" name="body" required maxlength={50000}>{question.answerText ?? ""}</textarea>
        <p><button type="submit" class="secondary">{t("staff:question.draftSubmit")}</button></p>
      </form>
    </StaffPage>,
  );
}

/** A FAQ answer: the entry's text and a link to it on the website (in the entry's language). */
export function faqAnswerText(entry: FaqEntry, origin: string): string {
  const lang = entry.lang === "cs" ? "" : `?lang=${entry.lang}`;
  return `${entry.body.trim()}\n\n[${entry.title}](${origin}/faq/${entry.slug}${lang})`;
}

function withQuestion(deps: AppDeps, act: (c: Context<StaffEnv>, q: Question, staffId: string) => Promise<string | Response>) {
  return async (c: Context<StaffEnv>) => {
    const question = await deps.store.questions.get(c.req.param("id") ?? "");
    if (!question) return notFound(c);
    const done = await act(c, question, c.get("session").user.id);
    if (done instanceof Response) return done;
    return c.redirect(`/staff/inbox/${question.id}?done=${done}`, 303);
  };
}

export function inboxRoutes(deps: AppDeps): StaffRoute[] {
  const bad = (c: Context<StaffEnv>) => c.text(c.get("t")("staff:errors.badInput"), 400);
  return [
    { method: "GET", path: "/staff/inbox", roles: answerers, handler: (c) => inboxList(c, deps) },
    { method: "GET", path: "/staff/inbox/:id", roles: answerers, handler: (c) => questionPage(c, deps) },
    {
      method: "POST", path: "/staff/inbox/:id/answer", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const text = (await formString(c, "text")).slice(0, 20_000);
        if (!text) return bad(c);
        const outcome = await answerQuestion(deps, { questionId: q.id, staffId, text });
        return outcome === "queued" ? "answerQueued" : "answered";
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/answer-faq", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const faqId = await formString(c, "faqId");
        const byLang = deps.knowledge.current().kb.byId.get(faqId);
        const entry = byLang?.get(q.lang) ?? byLang?.get("cs");
        if (!entry || entry.collection !== "faq") return bad(c);
        const origin = deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
        const outcome = await answerQuestion(deps, { questionId: q.id, staffId, text: faqAnswerText(entry, origin), faqId: entry.id });
        const done = outcome === "queued" ? "answerQueued" : "answered";
        if ((await formString(c, "addWording")) !== "1") return done;
        const w = await proposeWording(deps, { slug: entry.slug, lang: q.lang, redacted: q.textRedacted, questionId: q.id, staffId });
        const where = w.added ? `&file=${encodeURIComponent(w.path)}&rev=${w.rev}` : "";
        return c.redirect(`/staff/inbox/${q.id}?done=${done}&wording=${w.added ? "added" : w.reason}${where}`, 303);
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/note", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const text = (await formString(c, "text")).slice(0, 10_000);
        if (!text) return bad(c);
        const note = await deps.store.questions.addNote(q.id, staffId, text);
        await deps.store.audit.add({ staffId, action: "question.note", target: q.id, detail: { note: note.id } });
        return "noted";
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/assign", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const to = await formString(c, "staffId");
        const user = to ? await deps.store.staff.getUser(to) : null;
        // Only people who can open the inbox can take a question.
        if (to && (!user || user.disabled || user.role === "editor")) return bad(c);
        await deps.store.questions.assign(q.id, user?.id ?? null);
        await deps.store.audit.add({ staffId, action: "question.assign", target: q.id, detail: { to: user?.id ?? null } });
        return "assigned";
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/theme", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const theme = (await formString(c, "theme")).toLowerCase().replace(/[^a-z0-9\u00C0-\u024F-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
        await deps.store.questions.setTheme(q.id, theme || null);
        await deps.store.audit.add({ staffId, action: "question.theme", target: q.id, detail: { theme: theme || null } });
        return "saved";
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/close", roles: answerers,
      handler: withQuestion(deps, async (_c, q, staffId) => {
        await deps.store.questions.close(q.id);
        await deps.store.audit.add({ staffId, action: "question.close", target: q.id });
        return "closed";
      }),
    },
    {
      method: "POST", path: "/staff/inbox/:id/faq-draft", roles: answerers,
      handler: withQuestion(deps, async (c, q, staffId) => {
        const title = (await formString(c, "title")).slice(0, 300);
        const body = (await formString(c, "body")).slice(0, 50_000);
        if (!title || !body) return bad(c);
        const draft = await deps.store.faqDrafts.create({ questionId: q.id, lang: q.lang, title, body, createdBy: staffId });
        await deps.store.audit.add({ staffId, action: "faq_draft.create", target: draft.id, detail: { question: q.id } });
        return "drafted";
      }),
    },
  ];
}

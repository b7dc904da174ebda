// The content routes (registered in the console's one route table, so the
// authorisation matrix covers them). Editors draft; with
// REQUIRE_SECOND_APPROVAL a garant or admin other than the author publishes.
import type { Context } from "hono";
import type { AppDeps } from "../../deps.js";
import { MAX_CONTENT_TEXT } from "../../store/repos/content-items.js";
import type { StaffEnv } from "../env.js";
import { everyone, notFound, type StaffRoute } from "../routes.js";
import { approvalCheck } from "../updates.js";
import { checkText, itemHref, normaliseNewlines, pathOf, publishRevision, revHref } from "./model.js";
import { composeFile, newEntryDefaults, newEntryPage, readNewEntry } from "./new-entry.js";
import { itemPage, listPage, revisionPage } from "./pages.js";

type C = Context<StaffEnv>;

/** The textarea exactly as sent (not trimmed: the text is stored verbatim). */
async function rawText(c: C): Promise<string | null> {
  const v = (await c.req.parseBody({ all: true })).text;
  const one = Array.isArray(v) ? v[0] : v;
  return typeof one === "string" && one.length <= MAX_CONTENT_TEXT ? one : null;
}

/** Saves a draft and shows it: the revision page when valid, else the editor with the problems next to the text. */
async function saveAndShow(c: C, deps: AppDeps, path: string, text: string, detail: Record<string, unknown>) {
  const me = c.get("session").user.id;
  const rev = await deps.store.contentItems.saveDraft({ path, text, createdBy: me });
  const checked = await checkText(deps, path, text);
  await deps.store.audit.add({ staffId: me, action: "content.draft", target: `${path}#${rev}`, detail: { ...detail, problems: checked.own.length } });
  if (checked.own.length) {
    c.status(400);
    return itemPage(c, deps, path, { text, checked, savedRev: rev });
  }
  return c.redirect(`${revHref(path, rev)}?done=saved`, 303);
}

export function contentRoutes(deps: AppDeps): StaffRoute[] {
  const target = (c: C) => pathOf(c.req.param("key") ?? "");
  const revOf = async (c: C) => {
    const rev = Number(c.req.param("rev"));
    return Number.isInteger(rev) && rev > 0 ? deps.store.contentItems.revision(target(c), rev) : null;
  };
  return [
    { method: "GET", path: "/staff/content", roles: everyone, handler: (c) => listPage(c, deps) },
    {
      method: "GET", path: "/staff/content/new", roles: everyone,
      handler: async (c) => {
        const id = c.req.query("draft");
        const draft = id ? await deps.store.faqDrafts.get(id) : null;
        return newEntryPage(c, newEntryDefaults(deps, draft));
      },
    },
    {
      method: "POST", path: "/staff/content/new", roles: everyone,
      handler: async (c) => {
        const e = await readNewEntry(c);
        if ("error" in e) return newEntryPage(c, e.entry, e.error);
        const { path, text } = composeFile(e);
        if ((await deps.store.contentItems.get(path))?.publishedText != null) return newEntryPage(c, e, "exists");
        const draft = e.faqDraft ? await deps.store.faqDrafts.get(e.faqDraft) : null;
        if (draft?.status === "open") await deps.store.faqDrafts.setStatus(draft.id, "taken");
        return saveAndShow(c, deps, path, text, { created: true, fromInbox: draft ? draft.id : null });
      },
    },
    {
      method: "GET", path: "/staff/content/f/:key", roles: everyone,
      handler: (c) => itemPage(c, deps, target(c)),
    },
    {
      method: "POST", path: "/staff/content/f/:key", roles: everyone,
      handler: async (c) => {
        const item = await deps.store.contentItems.get(target(c));
        if (!item) return notFound(c);
        const text = await rawText(c);
        if (text === null || !text.trim()) return c.text(c.get("t")("staff:content.newErrors.body"), 400);
        return saveAndShow(c, deps, item.path, normaliseNewlines(text, item.publishedText), {});
      },
    },
    {
      method: "GET", path: "/staff/content/f/:key/r/:rev", roles: everyone,
      handler: async (c) => {
        const r = await revOf(c);
        if (!r) return notFound(c);
        return revisionPage(c, deps, r.path, r.rev, await checkText(deps, r.path, r.text));
      },
    },
    {
      method: "POST", path: "/staff/content/f/:key/r/:rev/publish",
      roles: (config) => (config.REQUIRE_SECOND_APPROVAL ? ["garant", "admin"] : ["editor", "garant", "admin"]),
      handler: async (c) => {
        const r = await revOf(c);
        if (!r) return notFound(c);
        if (r.status !== "draft") return c.redirect(`${revHref(r.path, r.rev)}?done=notWaiting`, 303);
        const me = c.get("session").user;
        const checked = await checkText(deps, r.path, r.text);
        const why = approvalCheck(deps, r, me);
        if (why) return revisionPage(c, deps, r.path, r.rev, checked, why);
        if (checked.own.length) return revisionPage(c, deps, r.path, r.rev, checked, "invalid");
        await deps.store.audit.add({ staffId: me.id, action: "content.publish", target: `${r.path}#${r.rev}`, detail: { author: r.createdBy, source: r.source, fourEyes: deps.config.REQUIRE_SECOND_APPROVAL } });
        await publishRevision(deps, r.path, r.rev, me.id);
        return c.redirect(`${itemHref(r.path)}?done=published`, 303);
      },
    },
    {
      method: "POST", path: "/staff/content/f/:key/r/:rev/reject", roles: everyone,
      handler: async (c) => {
        const r = await revOf(c);
        if (!r) return notFound(c);
        const me = c.get("session").user;
        if (me.role === "editor" && r.createdBy !== me.id) return c.text(c.get("t")("staff:errors.forbidden"), 403);
        if (await deps.store.contentItems.reject(r.path, r.rev, me.id)) {
          await deps.store.audit.add({ staffId: me.id, action: "content.reject", target: `${r.path}#${r.rev}` });
        }
        return c.redirect(`${itemHref(r.path)}?done=rejected`, 303);
      },
    },
  ];
}

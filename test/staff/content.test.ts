// Content in the console through real HTTP on createApp: an invalid edit shows
// the loader's problems and keeps the draft; four-eyes publication puts the
// new text on the website at once; the diff; an inbox FAQ draft becomes an
// entry draft.
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { importContent, storeKnowledge } from "../../src/content/store-source.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { lineDiff } from "../../src/staff/content/diff.js";
import { projectContent } from "../helpers/deps.js";
import { addStaff, call, signIn, staffDeps, type TestSession } from "./helpers.js";

const PATH = "faq/closure-date.cs.md";
const ITEM = "/staff/content/f/faq~closure-date.cs.md";

async function setup(env: Record<string, string> = {}) {
  const { deps } = await staffDeps({ env });
  await importContent(deps.store, await readContentDir(projectContent));
  deps.knowledge = await storeKnowledge(deps.store, deps.clock);
  const app = createApp(deps);
  const editor = await signIn(deps, await addStaff(deps, "editor"));
  const garant = await signIn(deps, await addStaff(deps, "garant"));
  const garant2 = await signIn(deps, await addStaff(deps, "garant", "garant2@example.cz"));
  return { deps, app, editor, garant, garant2 };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function saveDraft(s: Setup, session: TestSession, text: string) {
  return call(s.app, ITEM, { session, form: { text } });
}

describe("content in the staff console", () => {
  let s: Setup;
  let published: string;
  beforeAll(async () => {
    s = await setup();
    published = (await s.deps.store.contentItems.get(PATH))!.publishedText!;
  }, 60_000);

  it("lists the collections with status and finds by text", async () => {
    const res = await call(s.app, "/staff/content", { session: s.editor });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Otázky a odpovědi (FAQ)");
    expect(html).toContain("Harmonogram");
    expect(html).toContain(ITEM);
    const found = await (await call(s.app, "/staff/content?q=closure-date", { session: s.editor })).text();
    expect(found).toContain(ITEM);
    expect(found).not.toContain("faq~debts.cs.md");
  });

  it("an invalid edit shows the loader's problems next to the text and keeps the draft", async () => {
    const broken = published.replace(/^verified_by:.*$/m, "verified_by_typo: x");
    const res = await saveDraft(s, s.editor, broken.replace(/\n/g, "\r\n")); // as a browser sends it
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("verified_by_typo");
    expect(html).toMatch(/řádek \d+/);
    expect(html).toContain("Co udělat");
    expect(html).toContain("verified_by_typo: x\n---"); // the draft is back in the textarea
    const revs = await s.deps.store.contentItems.revisions(PATH);
    expect(revs[0]).toMatchObject({ status: "draft", text: broken, createdBy: s.editor.user.id });
    // Nobody can publish it.
    const pub = await call(s.app, `${ITEM}/r/${revs[0]!.rev}/publish`, { session: s.garant, form: {} });
    expect(pub.status).toBe(400);
    expect((await s.deps.store.contentItems.get(PATH))!.publishedText).toBe(published);
  });

  it("valid draft → the author cannot approve → a garant approves → /faq/<id> shows the new text at once", async () => {
    const text = published.replace(/\n---\n/, "\n---\nTOTO JE NOVÁ VĚTA Z KONZOLE.\n\n");
    const res = await saveDraft(s, s.garant, text);
    expect(res.status).toBe(303);
    const revUrl = res.headers.get("location")!.replace(/\?.*$/, "");
    expect(revUrl).toMatch(/\/r\/\d+$/);
    const page = await (await call(s.app, revUrl, { session: s.garant })).text();
    expect(page).toContain("TOTO JE NOVÁ VĚTA Z KONZOLE.");
    expect(page).toContain("Přidáno řádků: 2, odebráno řádků: 0");
    expect(page).toContain("d-add");

    // Before publication the website still shows the old text.
    expect(await (await s.app.request("http://localhost/faq/closure-date")).text()).not.toContain("TOTO JE NOVÁ VĚTA");
    const own = await call(s.app, `${revUrl}/publish`, { session: s.garant, form: {} });
    expect(own.status).toBe(403);
    expect(await own.text()).toContain("nemůže");
    const byEditor = await call(s.app, `${revUrl}/publish`, { session: s.editor, form: {} });
    expect(byEditor.status).toBe(403);

    const ok = await call(s.app, `${revUrl}/publish`, { session: s.garant2, form: {} });
    expect(ok.status).toBe(303);
    const web = await (await s.app.request("http://localhost/faq/closure-date")).text();
    expect(web).toContain("TOTO JE NOVÁ VĚTA Z KONZOLE.");
    expect((await s.deps.store.contentItems.get(PATH))!.publishedText).toBe(text);
    // The earlier invalid draft is superseded, and the audit log has every step.
    expect((await s.deps.store.contentItems.revisions(PATH)).map((r) => r.status).slice(0, 3)).toEqual(["published", "superseded", "published"]);
    const actions = (await s.deps.store.audit.list({ limit: 50 })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["content.draft", "content.publish"]));
    published = text;
  });

  it("the history compares any revision with the published one", async () => {
    const first = await call(s.app, `${ITEM}/r/1`, { session: s.editor });
    const html = await first.text();
    expect(html).toContain("odebráno řádků: 2");
    expect(html).toMatch(/<td class="mark">−<\/td><td><span class="skip">odebráno: <\/span>TOTO JE NOVÁ VĚTA Z KONZOLE.<\/td>/);
  });

  it("an inbox FAQ draft becomes an entry draft, prefilled, with verified date and office", async () => {
    const { id: qid } = await s.deps.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Můžu si vzít psa?" });
    const d = await s.deps.store.faqDrafts.create({ questionId: qid, lang: "cs", title: "Můžu si do nového bytu vzít psa?", body: "Záleží na nájemní smlouvě.", createdBy: s.garant.user.id });
    const list = await (await call(s.app, "/staff/content", { session: s.editor })).text();
    expect(list).toContain(`/staff/content/new?draft=${d.id}`);
    const form = await (await call(s.app, `/staff/content/new?draft=${d.id}`, { session: s.editor })).text();
    expect(form).toContain('value="Můžu si do nového bytu vzít psa?"');
    expect(form).toContain("Záleží na nájemní smlouvě.");
    expect(form).toContain('value="2026-11-22"');

    const res = await call(s.app, "/staff/content/new", {
      session: s.editor,
      form: { collection: "faq", id: "dog-in-new-flat", lang: "cs", title: "Můžu si do nového bytu vzít psa?", verdict: "false", verified: "2026-11-22", verified_by: "Odbor sociálních věcí", body: "Záleží na nájemní smlouvě.", faqDraft: d.id },
    });
    expect(res.status, (await res.clone().text()).replace(/^[^]*<main/, "")).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/staff\/content\/f\/faq~dog-in-new-flat\.cs\.md\/r\/1/);
    const rev = await s.deps.store.contentItems.revision("faq/dog-in-new-flat.cs.md", 1);
    expect(rev?.text).toBe('---\ntitle: "Můžu si do nového bytu vzít psa?"\nverified: 2026-11-22\nverified_by: "Odbor sociálních věcí"\n---\nZáleží na nájemní smlouvě.\n');
    expect(await s.deps.store.faqDrafts.get(d.id)).toMatchObject({ status: "taken" });
    const missing = await call(s.app, "/staff/content/new", { session: s.editor, form: { collection: "faq", id: "x", lang: "cs", title: "T", verified: "", verified_by: "", body: "B" } });
    expect(missing.status).toBe(400);
    // Published by a garant, it is a page of its own.
    await call(s.app, "/staff/content/f/faq~dog-in-new-flat.cs.md/r/1/publish", { session: s.garant, form: {} });
    expect((await s.app.request("http://localhost/faq/dog-in-new-flat")).status).toBe(200);
  });

  it("previews a YAML file in each language", async () => {
    const html = await (await call(s.app, "/staff/content/f/timeline.yml/r/1", { session: s.editor })).text();
    for (const lang of ["cs", "en", "uk"]) expect(html).toContain(`<section class="card preview" lang="${lang}">`);
    expect(html).toContain("Stejné jako zveřejněná verze.");
  });

  it("shows an import conflict on the list and the file", async () => {
    await importContent(s.deps.store, [{ path: PATH, text: `${published}\nZe souboru.\n` }]);
    const list = await (await call(s.app, "/staff/content?status=conflict", { session: s.editor })).text();
    expect(list).toContain(ITEM);
    expect(list).toContain("konflikt");
    const item = await (await call(s.app, ITEM, { session: s.editor })).text();
    expect(item).toContain("Platí verze z konzole");
  });
});

describe("line diff", () => {
  it("marks removed and added lines and keeps the rest", () => {
    expect(lineDiff("a\nb\nc\nd\n", "a\nx\nc\nd\ne\n")).toEqual([
      { kind: "same", text: "a" }, { kind: "del", text: "b" }, { kind: "add", text: "x" }, { kind: "same", text: "c" },
      { kind: "same", text: "d" }, { kind: "add", text: "e" },
    ]);
    expect(lineDiff("", "a")).toEqual([{ kind: "add", text: "a" }]);
    expect(lineDiff("a\r\nb", "a\nb\n").every((l) => l.kind === "same")).toBe(true);
  });
});

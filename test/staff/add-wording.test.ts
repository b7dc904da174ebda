// A question answered with a FAQ entry becomes another wording of that entry: the file edit itself, then
// the whole path through real HTTP on createApp (answer with the box ticked, a draft, publication by a
// second garant) until the engine answers the same words with that entry.
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { importContent, storeKnowledge } from "../../src/content/store-source.js";
import { readContentDir } from "../../src/content/read-dir.js";
import { submitQuestion } from "../../src/relay/questions.js";
import { withWording, wordingOf } from "../../src/staff/content/add-wording.js";
import { projectContent } from "../helpers/deps.js";
import { addStaff, call, signIn, staffDeps } from "./helpers.js";

const FILE = `---
title: "Kdy se ubytovna zavře?"
# checked with the department
questions:
  - "Do kdy tu můžeme zůstat?"
audience: [residents, public]
tags: ["termíny"]
verified: 2026-11-15
verified_by: "Odbor sociálních věcí"
---
Přesné datum **bude upřesněno**.

---
Druhý odstavec.
`;

describe("adding a wording to a FAQ file", () => {
  it("appends it to `questions` and leaves every other line as it was", () => {
    const r = withWording(FILE, "do kdy muzem zustat v ty nasi ubytce");
    if (!("text" in r)) throw new Error(r.reason);
    expect(r.text).toBe(FILE.replace(`  - "Do kdy tu můžeme zůstat?"\n`, `  - "Do kdy tu můžeme zůstat?"\n  - do kdy muzem zustat v ty nasi ubytce\n`));
  });
  it("creates `questions` when the entry has none, and keeps Windows line ends", () => {
    const bare = FILE.replace(`questions:\n  - "Do kdy tu můžeme zůstat?"\n`, "").replace(/\n/g, "\r\n");
    const r = withWording(bare, "kdy konec?");
    if (!("text" in r)) throw new Error(r.reason);
    expect(r.text).toContain("questions:\r\n  - kdy konec?\r\n---\r\n");
    expect(r.text.split("---\r\n").slice(2).join("---\r\n")).toBe(bare.split("---\r\n").slice(2).join("---\r\n"));
  });
  it("refuses a wording the entry already has (title or question, whatever the accents and punctuation)", () => {
    expect(withWording(FILE, "do kdy tu muzeme zustat")).toEqual({ reason: "duplicate" });
    expect(withWording(FILE, "KDY SE UBYTOVNA ZAVŘE")).toEqual({ reason: "duplicate" });
    expect(withWording("no frontmatter", "kdy?")).toEqual({ reason: "invalid" });
    expect(withWording(FILE.replace(`  - "Do kdy tu můžeme zůstat?"`, "  oops: [unclosed"), "kdy?")).toEqual({ reason: "invalid" });
  });
  it("takes the redacted question as one line, only its asking sentences, and not a long message", () => {
    expect(wordingOf("  kdy\n  se   stěhujeme? ")).toBe("kdy se stěhujeme?");
    expect(wordingOf("Mám tři děti a nic nevím. Kdy přijdeme na řadu?")).toBe("Kdy přijdeme na řadu?");
    expect(wordingOf("a ".repeat(150))).toBeNull();
  });
});

describe("answering with a FAQ entry teaches the engine the asker's words", () => {
  const PATH = "faq/closure-date.cs.md";
  const WORDS = "a kdy uz tu jako konec, do kdy muzem zustat v ty nasi ubytce";
  let s: Awaited<ReturnType<typeof setup>>;
  async function setup() {
    const { deps } = await staffDeps();
    await importContent(deps.store, await readContentDir(projectContent));
    deps.knowledge = await storeKnowledge(deps.store, deps.clock);
    const app = createApp(deps);
    return { deps, app, garant: await signIn(deps, await addStaff(deps, "garant")), garant2: await signIn(deps, await addStaff(deps, "garant", "g2@example.cz")) };
  }
  beforeAll(async () => { s = await setup(); }, 60_000);

  it("drafts the wording, a second garant publishes it, and the same words are then answered with the entry", async () => {
    const before = s.deps.knowledge.current().engine.match(WORDS, "cs");
    expect(before.decision).not.toBe("answer");
    const { question } = await submitQuestion(s.deps, { channel: "web", lang: "cs", audience: "residents", text: WORDS });

    const res = await call(s.app, `/staff/inbox/${question.id}/answer-faq`, { session: s.garant, form: { faqId: "faq/closure-date", addWording: "1" } });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(/done=answered&wording=added&file=faq%2Fclosure-date\.cs\.md&rev=\d+$/);
    const rev = Number(/rev=(\d+)$/.exec(location)![1]);
    const draft = (await s.deps.store.contentItems.revision(PATH, rev))!;
    expect(draft).toMatchObject({ status: "draft", createdBy: s.garant.user.id });
    expect(draft.text).toContain(`  - ${WORDS}\n`);
    const page = await (await call(s.app, location.replace("http://localhost", ""), { session: s.garant })).text();
    expect(page).toContain(`/staff/content/f/faq~closure-date.cs.md/r/${rev}`);
    expect((await s.deps.store.audit.list({ action: "content.draft" }))[0]).toMatchObject({ target: `${PATH}#${rev}`, detail: { wordingFromQuestion: question.id } });
    // Not yet published: the engine has not changed.
    expect(s.deps.knowledge.current().engine.match(WORDS, "cs").decision).not.toBe("answer");

    // Four eyes: the author cannot publish it, another garant can.
    await call(s.app, `/staff/content/f/faq~closure-date.cs.md/r/${rev}/publish`, { session: s.garant, form: {} });
    expect((await s.deps.store.contentItems.revision(PATH, rev))!.status).toBe("draft");
    await call(s.app, `/staff/content/f/faq~closure-date.cs.md/r/${rev}/publish`, { session: s.garant2, form: {} });
    expect((await s.deps.store.contentItems.revision(PATH, rev))!.status).toBe("published");
    expect(s.deps.knowledge.current().engine.match(WORDS, "cs")).toMatchObject({ id: "faq/closure-date", decision: "answer" });
  });

  it("says why no wording was added: already there, or no file in the question's language", async () => {
    const again = await submitQuestion(s.deps, { channel: "web", lang: "cs", audience: "residents", text: "Do kdy tu můžeme zůstat?" });
    const dup = await call(s.app, `/staff/inbox/${again.question.id}/answer-faq`, { session: s.garant, form: { faqId: "faq/closure-date", addWording: "1" } });
    expect(dup.headers.get("location")).toMatch(/wording=duplicate$/);
    const html = await (await call(s.app, dup.headers.get("location")!.replace("http://localhost", ""), { session: s.garant })).text();
    expect(html).toContain("Formulace se nepřidala: záznam ji už má.");
    const slovak = await submitQuestion(s.deps, { channel: "web", lang: "sk", audience: "residents", text: "dokedy tu mozeme zostat" });
    const none = await call(s.app, `/staff/inbox/${slovak.question.id}/answer-faq`, { session: s.garant, form: { faqId: "faq/closure-date", addWording: "1" } });
    expect(none.headers.get("location")).toMatch(/wording=noFile$/);
    // Without the box ticked nothing is drafted.
    const plain = await submitQuestion(s.deps, { channel: "web", lang: "cs", audience: "residents", text: "kdy uz zavrete drahomiru" });
    const off = await call(s.app, `/staff/inbox/${plain.question.id}/answer-faq`, { session: s.garant, form: { faqId: "faq/closure-date" } });
    expect(off.headers.get("location")).toBe(`/staff/inbox/${plain.question.id}?done=answered`);
  });
});

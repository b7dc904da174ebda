import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InboundEvent, OutboundMessage, StaffNotifier } from "../../src/channels/types.js";
import { createConversation, type Conversation } from "../../src/conversation/index.js";
import type { AppDeps } from "../../src/deps.js";
import type { Question } from "../../src/store/index.js";
import { makeTestDeps } from "../helpers/deps.js";

let n = 0;
const USER = "tg_0123456789abcdef0123456789abcdef";
function ev(e: Partial<InboundEvent>): InboundEvent {
  return { channel: "telegram", userRef: USER, address: "4242", eventId: `e${++n}`, kind: "text", ...e };
}
const text = (t: string, extra: Partial<InboundEvent> = {}) => ev({ kind: "text", text: t, ...extra });
const cmd = (c: string, args?: string) => ev({ kind: "command", command: c, args });
const act = (a: string) => ev({ kind: "action", action: a });
const actions = (r: OutboundMessage[]) => r.flatMap((m) => m.buttons ?? []).flatMap((b) => (b.kind === "action" ? [b.action] : []));
const all = (r: OutboundMessage[]) => r.map((m) => [m.title, m.text, m.note].filter(Boolean).join("\n")).join("\n---\n");

describe("the conversation core", () => {
  let deps: AppDeps;
  let convo: Conversation;
  let staff: Question[];
  beforeEach(async () => {
    deps = await makeTestDeps();
    staff = [];
    const notifier: StaffNotifier = { channel: "telegram", questionCreated: async (q) => void staff.push(q) };
    deps.staffNotifiers.push(notifier);
    convo = createConversation(deps);
  });
  afterEach(() => deps.store.close());

  it("/start greets with the consent note, language and 'who are you', then the menu", async () => {
    const r = await convo.handle(cmd("start"));
    expect(r).toHaveLength(2);
    expect(r[0]!.note).toMatch(/forget/);
    expect(actions(r)).toEqual(expect.arrayContaining(["lang:cs", "lang:en", "lang:uk", "who:residents", "who:neighbours", "who:public"]));
    expect(actions([r[1]!])).toEqual(["faq", "myty", "timeline", "kontakty", "setkani", "ask", "sub", "lang"]);
    // Nothing is stored before the note was seen; the next interaction is consent.
    expect(await deps.store.people.get("telegram", USER)).toBeNull();
    await convo.handle(cmd("menu"));
    expect((await deps.store.people.get("telegram", USER))?.consentAt).not.toBeNull();
  });

  it("stores nothing about a person before they saw the consent note; the next message is consent", async () => {
    const rows = () => deps.store.driver.all<{ user_ref: string }>("SELECT user_ref FROM people WHERE user_ref = ?", [USER]);
    const first = await convo.handle(text("kdy se zavre ubytovna"));
    expect(first[0]!.title).toBeTruthy(); // answered at once
    expect(first.at(-1)!.note).toMatch(/Pokračováním .*souhlasíte.*\/forget/);
    expect(await rows()).toHaveLength(0);
    expect(await deps.store.subscriptions.get("telegram", USER)).toBeNull();
    const second = await convo.handle(text("kde najdu kontakty"));
    expect(all(second)).not.toMatch(/Pokračováním/); // the note is not shown twice
    expect(await rows()).toHaveLength(1);
    const person = await deps.store.people.get("telegram", USER);
    expect(person?.consentAt).toBe(person?.lastInboundAt);
  });

  it("a question offered for forwarding in the first message still travels after 'yes' (the state waited in memory)", async () => {
    const r = await convo.handle(cmd("zeptat", "Kdo mi zaplatí nové záclony do bytu po přestěhování?"));
    expect(actions(r)).toContain("ask:yes");
    expect(await deps.store.people.get("telegram", USER)).toBeNull();
    const sent = await convo.handle(act("ask:yes"));
    expect(all(sent)).toMatch(/předán/);
    expect(staff).toHaveLength(1);
    expect(await deps.store.people.get("telegram", USER)).not.toBeNull();
  });

  it("a button pressed first counts as continuing; /forget before consent leaves nothing", async () => {
    await convo.handle(act("sub:residents"));
    expect(await deps.store.people.get("telegram", USER)).not.toBeNull();
    expect(await deps.store.subscriptions.get("telegram", USER)).not.toBeNull();
    const other = "tg_fedcba9876543210fedcba9876543210";
    await convo.handle(ev({ userRef: other, kind: "text", text: "kdy se zavre ubytovna" }));
    await convo.handle(ev({ userRef: other, kind: "command", command: "forget" }));
    const after = await convo.handle(ev({ userRef: other, kind: "text", text: "kdy se zavre ubytovna" }));
    expect(after.at(-1)!.note).toMatch(/forget/); // a fresh start: the note again
    expect(await deps.store.people.get("telegram", other)).toBeNull();
  });

  it("answers a question typed as the very first message at once, then offers the choices", async () => {
    const r = await convo.handle(text("kdy se zavre ubytovna"));
    expect(r[0]!.title).toBeTruthy();
    expect(r[0]!.note).toMatch(/Ověřeno/);
    expect(actions([r[0]!])).toEqual(expect.arrayContaining(["ask", "menu"]));
    expect(actions([r[0]!]).some((a) => a.startsWith("fb:1:faq/"))).toBe(true);
    expect(r.at(-1)!.note).toMatch(/forget/);
    // the welcome comes once only
    const r2 = await convo.handle(text("kdy se zavre ubytovna"));
    expect(r2).toHaveLength(1);
  });

  it("answers in Ukrainian when the text is Cyrillic", async () => {
    const r = await convo.handle(text("Коли закриють гуртожиток?"));
    expect(all(r)).toMatch(/[\u0400-\u04FF]/);
    expect((await deps.store.people.get("telegram", USER))?.lang ?? null).toBeNull();
  });

  it("a Slovak-speaking phone gets Czech", async () => {
    const r = await convo.handle(ev({ kind: "command", command: "help", langHint: "sk" }));
    expect(r[0]!.text).toMatch(/Napište otázku/);
  });

  it("offers to forward, shows the redacted text, and forwards only after yes", async () => {
    await convo.handle(act("ask"));
    const r = await convo.handle(text("Můj soused Petr Novák volá na 777 123 456 a křičí, můžete s tím něco udělat?"));
    expect(actions(r)).toEqual(expect.arrayContaining(["ask:yes", "ask:no"]));
    expect(all(r)).not.toContain("777 123 456");
    expect(all(r)).toContain("[telefon]");
    expect(staff).toHaveLength(0);
    const sent = await convo.handle(act("ask:yes"));
    expect(sent[0]!.text).toMatch(/předána/);
    expect(staff).toHaveLength(1);
    expect(staff[0]!.textRedacted).not.toContain("777");
    expect(await deps.store.replyRoutes.forQuestion(staff[0]!.id)).toMatchObject({ channel: "telegram", address: "4242" });
    // pressing yes again forwards nothing more
    await convo.handle(act("ask:yes"));
    expect(staff).toHaveLength(1);
  });

  it("a question the engine cannot answer gets the offer to forward", async () => {
    const { engine } = deps.knowledge.current();
    const q = ["jaky je kurz eura", "kolik stoji jizdenka na vlak do prahy", "jake bude zitra pocasi v karlovych varech"]
      .find((s) => engine.match(s, "cs").decision === "forward");
    expect(q).toBeDefined();
    const r = await convo.handle(text(q!));
    expect(r[0]!.text).toMatch(/garant/);
    expect(actions(r)).toEqual(expect.arrayContaining(["ask:yes", "ask:no"]));
  });

  it("after an answer, 'ask a person' asks for the question anew; after suggestions it offers the words typed", async () => {
    await convo.handle(text("kdy se zavre ubytovna"));
    expect((await convo.handle(act("ask")))[0]!.text).toMatch(/Napište svou otázku/);
    const { engine } = deps.knowledge.current();
    const q = ["stehovani", "byt", "penize", "kdy", "deti skola"].find((s) => engine.match(s, "cs").decision === "suggest")!;
    await convo.handle(act("ask:no"));
    await convo.handle(text(q));
    const preview = await convo.handle(act("ask"));
    expect(actions(preview)).toContain("ask:yes");
    expect(preview.map((m) => m.text).join(" ")).toContain(q);
  });

  it("'ask' with nothing asked waits for the question, then previews it", async () => {
    const r = await convo.handle(act("ask"));
    expect(r[0]!.text).toMatch(/Napište svou otázku/);
    const p = await convo.handle(text("kdy bude schuze"));
    expect(actions(p)).toContain("ask:yes");
    await convo.handle(act("ask:no"));
    await convo.handle(act("ask:yes"));
    expect(staff).toHaveLength(0);
  });

  it("suggestions are buttons that open the entry; feedback is stored", async () => {
    const { engine } = deps.knowledge.current();
    const q = ["stehovani", "byt", "penize", "kdy", "deti skola"].find((s) => engine.match(s, "cs").decision === "suggest");
    expect(q).toBeDefined();
    const r = await convo.handle(text(q!));
    const entry = actions(r).find((a) => a.startsWith("e:"))!;
    const opened = await convo.handle(act(entry));
    expect(opened[0]!.title).toBeTruthy();
    await convo.handle(act(`fb:0:${entry.slice(2)}`));
    const summary = await deps.store.feedback.summary();
    expect(summary[0]).toMatchObject({ entryId: entry.slice(2), notHelpful: 1 });
  });

  it("menu sections and paging", async () => {
    const faq = await convo.handle(cmd("faq"));
    expect(actions(faq)).toContain("faq:1");
    expect(actions(faq).filter((a) => a.startsWith("e:faq/"))).toHaveLength(8);
    expect((await convo.handle(act("faq:1")))[0]!.text).toMatch(/9–16/);
    expect((await convo.handle(cmd("rumours")))[0]!.text).toMatch(/Mýty/);
    expect((await convo.handle(cmd("kontakty")))[0]!.text).toContain("112");
    expect((await convo.handle(cmd("timeline")))[0]!.text).toMatch(/Mapování/);
    expect((await convo.handle(cmd("setkani")))[0]!.text).toMatch(/Drahomír/);
    for (const a of actions(faq)) expect(new TextEncoder().encode(a).length).toBeLessThanOrEqual(64);
  });

  it("language switch changes the UI and is remembered", async () => {
    await convo.handle(act("lang:en"));
    expect((await convo.handle(cmd("menu")))[0]!.text).toMatch(/Choose a topic/);
    expect((await deps.store.people.get("telegram", USER))?.lang).toBe("en");
  });

  it("subscribes by audience and language, /stop ends it", async () => {
    await convo.handle(act("lang:uk"));
    const menu = await convo.handle(cmd("odber"));
    expect(actions(menu)).toEqual(["sub:residents", "sub:neighbours", "sub:public"]);
    await convo.handle(act("sub:neighbours"));
    expect(await deps.store.subscriptions.get("telegram", USER)).toMatchObject({ active: true, audience: "neighbours", lang: "uk", address: "4242" });
    await convo.handle(cmd("stop"));
    expect((await deps.store.subscriptions.get("telegram", USER))?.active).toBe(false);
  });

  it("/forget deletes subscription, state and reply routes, and confirms", async () => {
    await convo.handle(act("sub:residents"));
    await convo.handle(act("ask"));
    await convo.handle(text("Prosím o radu ohledně mého dluhu u města"));
    await convo.handle(act("ask:yes"));
    expect(staff).toHaveLength(1);
    const r = await convo.handle(cmd("forget"));
    expect(r[0]!.text).toMatch(/Smazal/);
    expect(await deps.store.people.get("telegram", USER)).toBeNull();
    expect(await deps.store.subscriptions.get("telegram", USER)).toBeNull();
    expect(await deps.store.replyRoutes.forQuestion(staff[0]!.id)).toBeNull();
  });

  it("handles an event id once", async () => {
    const e = cmd("menu");
    expect(await convo.handle(e)).not.toHaveLength(0);
    expect(await convo.handle(e)).toHaveLength(0);
  });

  it("non-text gets a polite request for text; unknown commands point to the menu", async () => {
    expect((await convo.handle(ev({ kind: "unsupported" })))[0]!.text).toMatch(/Rozumím jen textu/);
    expect((await convo.handle(cmd("nonsense")))[0]!.text).toMatch(/neznám/);
  });

  it("works with a content directory holding only faq/ and rumours/", async () => {
    const { mkdtemp, cp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { projectContent } = await import("../helpers/deps.js");
    const dir = await mkdtemp(join(tmpdir(), "hl-content-"));
    await cp(join(projectContent, "faq"), join(dir, "faq"), { recursive: true });
    await cp(join(projectContent, "rumours"), join(dir, "rumours"), { recursive: true });
    const d2 = await makeTestDeps({ contentDir: dir });
    const c2 = createConversation(d2);
    expect((await c2.handle(cmd("timeline")))[0]!.text).toMatch(/zatím nemáme/);
    expect((await c2.handle(cmd("kontakty")))[0]!.text).toMatch(/zatím nemáme/);
    expect((await c2.handle(cmd("setkani")))[0]!.text).toMatch(/Žádné/);
    expect((await c2.handle(text("kdy se zavre ubytovna")))[0]!.title).toBeTruthy();
    await d2.store.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userRef } from "../../src/privacy/user-ref.js";
import { tgUpdate } from "../fakes/telegram-api.js";
import { buttons, STAFF_CHAT, texts, tgHarness, type TgHarness } from "./telegram-helpers.js";

const ASKER = 55501;
const GARANT = 77701;

describe("Telegram bot over the webhook", () => {
  let h: TgHarness;
  beforeEach(async () => { h = await tgHarness(); });
  afterEach(async () => { await h.close(); });

  it("refuses a missing or forged secret token (401) and handles nothing", async () => {
    expect((await h.post(tgUpdate.text(ASKER, "/start"), null)).status).toBe(401);
    expect((await h.post(tgUpdate.text(ASKER, "/start"), "forged")).status).toBe(401);
    expect(h.tg.calls).toHaveLength(0);
    expect(await h.deps.store.people.get("telegram", await userRef(h.deps.secret, "telegram", ASKER))).toBeNull();
  });

  it("onboarding: /start greets with consent note, language and 'who are you', then the menu; English on request", async () => {
    const { status, seen } = await h.post(tgUpdate.text(ASKER, "/start"));
    expect(status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.via).toBe("api");
    expect(seen[1]!.via).toBe("webhook"); // the last reply rides in the webhook response
    expect(texts(seen)).toMatch(/\/forget/);
    expect(buttons(seen)).toEqual(expect.arrayContaining(["lang:en", "who:residents", "faq", "myty", "ask", "sub"]));
    const en = await h.post(tgUpdate.callback(ASKER, "lang:en"));
    expect(texts(en.seen)).toMatch(/English/);
    const menu = await h.post(tgUpdate.text(ASKER, "/menu"));
    expect(texts(menu.seen)).toMatch(/Choose a topic/);
  });

  it("answers a question sent as the very first message, in HTML with the verified line", async () => {
    const { seen } = await h.post(tgUpdate.text(ASKER, "kdy se zavre ubytovna?"));
    expect(seen[0]!.text).toMatch(/^<b>.+<\/b>/);
    expect(seen[0]!.text).toMatch(/<i>Ověřeno/);
    expect((seen[0] as unknown as { parse_mode: string }).parse_mode).toBe("HTML");
    expect(buttons([seen[0]!]).some((b) => b.startsWith("fb:1:"))).toBe(true);
    expect(texts(seen)).toMatch(/\/forget/); // the consent note comes with the first answer
  });

  it("stores nothing about the person before the consent note was seen; the next interaction stores the row", async () => {
    const ref = await userRef(h.deps.secret, "telegram", ASKER);
    const rows = () => h.deps.store.driver.all("SELECT 1 FROM people WHERE user_ref = ?", [ref]);
    const first = await h.post(tgUpdate.text(ASKER, "kdy se zavre ubytovna?"));
    expect(texts(first.seen)).toMatch(/Pokračováním .*souhlasíte/);
    expect(await rows()).toHaveLength(0);
    const second = await h.post(tgUpdate.text(ASKER, "/menu"));
    expect(texts(second.seen)).not.toMatch(/Pokračováním/);
    expect(await rows()).toHaveLength(1);
  });

  it("suggestions are buttons; pressing one shows the entry", async () => {
    const { engine } = h.deps.knowledge.current();
    const q = ["stehovani", "byt", "penize", "kdy", "deti skola"].find((s) => engine.match(s, "cs").decision === "suggest")!;
    const first = await h.post(tgUpdate.text(ASKER, q));
    const entry = buttons(first.seen).find((b) => b.startsWith("e:"))!;
    const opened = await h.post(tgUpdate.callback(ASKER, entry));
    expect(opened.seen[0]!.text).toMatch(/^<b>/);
  });

  it("forwards with a redacted preview; the phone number never reaches the staff chat; the linked garant's reply reaches the asker", async () => {
    const question = "Jsem Jana Dvořáková, volejte mi na 777 123 456. Dostanu byt, i když mám dluh za elektřinu u ČEZ?";
    await h.post(tgUpdate.callback(ASKER, "ask"));
    const offer = await h.post(tgUpdate.text(ASKER, question, { fromId: ASKER }));
    expect(buttons(offer.seen)).toContain("ask:yes");
    expect(texts(offer.seen)).not.toContain("777 123 456");
    expect(texts(offer.seen)).toContain("[telefon]");
    await h.post(tgUpdate.callback(ASKER, "ask:yes"));

    const staffMsgs = h.tg.sent(STAFF_CHAT);
    expect(staffMsgs).toHaveLength(1);
    const posted = JSON.stringify(staffMsgs[0]);
    expect(posted).not.toMatch(/777|123 456/);
    expect(posted).not.toContain(String(ASKER));
    expect(posted).not.toContain("jana_k");
    expect(posted).toContain("sq:faq:");
    const staffMessageId = 1; // the fake numbers messages per chat

    // An unlinked person's reply in the staff chat is ignored.
    const stranger = await h.post(tgUpdate.text(STAFF_CHAT, "Ne, nedostanete.", { fromId: 99999, replyTo: staffMessageId }));
    expect(stranger.seen).toHaveLength(0);
    expect(h.tg.sent(ASKER).some((m) => String(m.text).includes("nedostanete"))).toBe(false);

    // The garant links their account with the one-time code, then replies.
    const garant = await h.deps.store.staff.addUser({ email: "garant@kv.example", role: "garant" });
    const { code } = await h.deps.store.staff.createLinkCode(garant.id);
    const linked = await h.post(tgUpdate.text(GARANT, `/link ${code}`));
    expect(texts(linked.seen)).toMatch(/Propojeno s účtem garant@kv.example/);
    const reply = await h.post(tgUpdate.text(STAFF_CHAT, "Ano, dluh řešíme splátkovým kalendářem.", { fromId: GARANT, replyTo: staffMessageId }));
    expect(texts(reply.seen)).toMatch(/odeslána/);
    const delivered = h.tg.sent(ASKER).find((m) => String(m.text).includes("splátkovým"));
    expect(delivered).toBeDefined();
    const [q] = await h.deps.store.questions.list({});
    expect(q).toMatchObject({ status: "answered", answerText: "Ano, dluh řešíme splátkovým kalendářem." });
    expect(q!.textRedacted).not.toContain("777");

    // "Do FAQ" from the garant is recorded.
    await h.post(tgUpdate.callback(STAFF_CHAT, `sq:faq:${(await h.deps.store.staffMessages.questionFor({ channel: "telegram", chatId: STAFF_CHAT, messageId: 1 }))!}`, { fromId: GARANT, messageId: 1 }));
    expect((await h.deps.store.audit.list()).map((a) => a.action)).toContain("question.faq_draft");
  });

  it("/forget deletes the person's data and confirms", async () => {
    await h.post(tgUpdate.callback(ASKER, "sub:residents"));
    const ref = await userRef(h.deps.secret, "telegram", ASKER);
    expect(await h.deps.store.subscriptions.get("telegram", ref)).not.toBeNull();
    const { seen } = await h.post(tgUpdate.text(ASKER, "/forget"));
    expect(texts(seen)).toMatch(/Smazal/);
    expect(await h.deps.store.subscriptions.get("telegram", ref)).toBeNull();
    expect(await h.deps.store.people.get("telegram", ref)).toBeNull();
  });

  it("answers an update delivered twice only once", async () => {
    const update = { ...tgUpdate.text(ASKER, "/menu"), update_id: 424242 };
    const first = await h.post(update);
    const second = await h.post(update);
    expect(first.seen).toHaveLength(2); // menu + first-contact welcome
    expect(second.seen).toHaveLength(0);
    expect(second.status).toBe(200);
  });

  it("a failing Bot API call is contained (200, no retry storm); a 403 marks the subscriber inactive", async () => {
    await h.post(tgUpdate.callback(ASKER, "sub:residents"));
    h.tg.failNext("sendMessage", { status: 500 });
    expect((await h.post(tgUpdate.text(ASKER, "/start"))).status).toBe(200);
    h.tg.blockChat(ASKER);
    expect((await h.post(tgUpdate.text(ASKER, "/start"))).status).toBe(200);
    const ref = await userRef(h.deps.secret, "telegram", ASKER);
    expect((await h.deps.store.subscriptions.get("telegram", ref))?.active).toBe(false);
  });

  it("links an account from the staff group too; an editor's reply does not answer", async () => {
    const editor = await h.deps.store.staff.addUser({ email: "editor@kv.example", role: "editor" });
    const { code } = await h.deps.store.staff.createLinkCode(editor.id);
    const linked = await h.post(tgUpdate.text(STAFF_CHAT, `/link ${code}`, { fromId: 8801 }));
    expect(texts(linked.seen)).toMatch(/editor@kv.example/);
    await h.post(tgUpdate.callback(ASKER, "ask"));
    await h.post(tgUpdate.text(ASKER, "Kdo bude platit stěhovací firmu a kdy přijede?"));
    await h.post(tgUpdate.callback(ASKER, "ask:yes"));
    const [q] = await h.deps.store.questions.list({});
    const [posted] = await h.deps.store.staffMessages.listForQuestion(q!.id);
    expect(posted).toBeDefined();
    const reply = await h.post(tgUpdate.text(STAFF_CHAT, "Město.", { fromId: 8801, replyTo: Number(posted!.messageId) }));
    expect(reply.seen).toHaveLength(0);
    expect((await h.deps.store.questions.list({}))[0]!.status).toBe("new");
  });

  it("a person who blocks the bot (my_chat_member: kicked) stops getting news", async () => {
    await h.post(tgUpdate.callback(ASKER, "sub:public"));
    await h.post({
      my_chat_member: {
        chat: { id: ASKER, type: "private", first_name: "Jana" }, from: { id: ASKER, is_bot: false, first_name: "Jana" }, date: 1790000000,
        old_chat_member: { status: "member", user: { id: 7000001, is_bot: true, first_name: "Hlasatel" } },
        new_chat_member: { status: "kicked", until_date: 0, user: { id: 7000001, is_bot: true, first_name: "Hlasatel" } },
      },
    });
    const ref = await userRef(h.deps.secret, "telegram", ASKER);
    expect((await h.deps.store.subscriptions.get("telegram", ref))?.active).toBe(false);
  });

  it("asks politely for text when a sticker arrives", async () => {
    const { seen } = await h.post(tgUpdate.sticker(ASKER));
    expect(texts(seen)).toMatch(/Rozumím jen textu/);
  });

  it("ignores group messages other than the staff chat", async () => {
    const { seen } = await h.post(tgUpdate.text(-100777, "/start"));
    expect(seen).toHaveLength(0);
    expect(h.tg.calls.filter((c) => c.method !== "getMe")).toHaveLength(0);
  });

  it("escapes HTML in everything it echoes", async () => {
    await h.post(tgUpdate.callback(ASKER, "ask"));
    const { seen } = await h.post(tgUpdate.text(ASKER, "Co je <b>tohle</b> & <script>x</script> tady prosím?"));
    expect(texts(seen)).toContain("&lt;script&gt;");
    expect(texts(seen)).not.toContain("<script>");
  });
});

describe("Telegram webhook without a configured secret", () => {
  it("refuses every update, whatever header is sent", async () => {
    const h = await tgHarness({ TELEGRAM_WEBHOOK_SECRET: "" });
    try {
      expect((await h.post(tgUpdate.text(ASKER, "/start"), "")).status).toBe(401);
      expect((await h.post(tgUpdate.text(ASKER, "/start"), "anything")).status).toBe(401);
      expect(h.tg.calls).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});

describe("Telegram bot without a staff chat", () => {
  it("still forwards questions (web inbox only)", async () => {
    const h = await tgHarness({ TELEGRAM_STAFF_CHAT_ID: "" });
    try {
      await h.post(tgUpdate.callback(ASKER, "ask"));
      await h.post(tgUpdate.text(ASKER, "Kdo mi zaplatí nové záclony do bytu po přestěhování?"));
      const { seen } = await h.post(tgUpdate.callback(ASKER, "ask:yes"));
      expect(texts(seen)).toMatch(/předána/);
      expect(h.tg.sent(STAFF_CHAT)).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});

// `/novinka` in the staff group drafts an update as the console's compose
// form would; nothing is published from the chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userRef } from "../../src/privacy/user-ref.js";
import type { StaffRole, StaffUser } from "../../src/store/index.js";
import { tgUpdate } from "../fakes/telegram-api.js";
import { call, signIn } from "../staff/helpers.js";
import { STAFF_CHAT, texts, tgHarness, type TgHarness } from "./telegram-helpers.js";

const EDITOR = 88801;
const STRANGER = 99901;
const OTHER_GROUP = -100777;
const TITLE = "Schůzka s obyvateli ve čtvrtek";
const BODY = "Ve čtvrtek 3. 12. v 17:00 ve společenské místnosti Drahomíry.\nPřijďte se zeptat na stěhování.";

describe("/novinka in the staff Telegram chat", () => {
  let h: TgHarness;
  beforeEach(async () => { h = await tgHarness(); });
  afterEach(async () => { await h.close(); });

  async function linked(tgId: number, role: StaffRole, email = `${role}@kv.example`): Promise<StaffUser> {
    const user = await h.deps.store.staff.addUser({ email, role });
    const { code } = await h.deps.store.staff.createLinkCode(user.id);
    expect(await h.deps.store.staff.consumeLinkCode(code, await userRef(h.deps.secret, "telegram", tgId))).not.toBeNull();
    return user;
  }

  it("a linked editor drafts an update; the console lists it; nothing is published", async () => {
    const editor = await linked(EDITOR, "editor");
    const { seen } = await h.post(tgUpdate.text(STAFF_CHAT, `/novinka ${TITLE}\n${BODY}`, { fromId: EDITOR }));

    const drafts = await h.deps.store.updates.listDrafts();
    expect(drafts).toHaveLength(1);
    const d = drafts[0]!;
    expect(d).toMatchObject({ title: TITLE, body: BODY, status: "draft", langs: ["cs"], createdBy: editor.id, approvedBy: null });
    expect(d.audiences).toEqual(["residents", "neighbours", "public"]);
    const extras = await h.deps.store.updateDrafts.extras(d.id);
    expect(extras).toMatchObject({ channels: ["telegram", "whatsapp", "discord", "web"], scheduledAt: null, texts: [{ lang: "cs", title: TITLE, body: BODY }] });
    const audit = await h.deps.store.audit.list();
    expect(audit.find((a) => a.action === "update.draft")).toMatchObject({ staffId: editor.id, target: d.id });
    expect(await h.deps.store.updates.listPublished()).toHaveLength(0);

    // The answer in the staff chat: the title, the console link, the four-eyes rule.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.chat_id).toBe(String(STAFF_CHAT));
    expect(seen[0]!.text).toContain(TITLE);
    expect(seen[0]!.text).toContain(`/staff/updates/${d.id}`);
    expect(seen[0]!.text).toMatch(/druhý člověk/);

    // The console shows it to a logged-in staff member, waiting for approval.
    const session = await signIn(h.deps, editor);
    const list = await call(h.app as never, "/staff/updates", { session });
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain(`href="/staff/updates/${d.id}"`);
    expect(html).toContain(TITLE);
    // The editor who drafted it cannot approve it; a garant can.
    const garant = await h.deps.store.staff.addUser({ email: "garant@kv.example", role: "garant" });
    const own = await call(h.app as never, `/staff/updates/${d.id}/publish`, { session, form: {} });
    expect(own.status).toBe(403);
    const approved = await call(h.app as never, `/staff/updates/${d.id}/publish`, { session: await signIn(h.deps, garant), form: {} });
    expect(approved.status).toBe(303);
    expect((await h.deps.store.updates.get(d.id))?.status).toBe("published");
  });

  it("as a reply, the replied message's text becomes the body", async () => {
    await linked(EDITOR, "garant");
    const update = tgUpdate.text(STAFF_CHAT, `/novinka@${h.tg.bot.username} ${TITLE}`, { fromId: EDITOR, replyTo: 41 });
    (update.message as { reply_to_message: { text: string } }).reply_to_message.text = BODY;
    const { seen } = await h.post(update);
    expect(texts(seen)).toContain(TITLE);
    const [d] = await h.deps.store.updates.listDrafts();
    expect(d).toMatchObject({ title: TITLE, body: BODY });
  });

  it("ignores unlinked people, other groups, other bots' commands, and private chats draft nothing", async () => {
    await linked(EDITOR, "editor");
    const stranger = await h.post(tgUpdate.text(STAFF_CHAT, `/novinka ${TITLE}\n${BODY}`, { fromId: STRANGER }));
    expect(stranger.seen).toHaveLength(0);
    const elsewhere = await h.post(tgUpdate.text(OTHER_GROUP, `/novinka ${TITLE}\n${BODY}`, { fromId: EDITOR }));
    expect(elsewhere.seen).toHaveLength(0);
    const otherBot = await h.post(tgUpdate.text(STAFF_CHAT, `/novinka@jiny_bot ${TITLE}\n${BODY}`, { fromId: EDITOR }));
    expect(otherBot.seen).toHaveLength(0);
    await h.post(tgUpdate.text(EDITOR, `/novinka ${TITLE}\n${BODY}`));
    expect(await h.deps.store.updates.listDrafts()).toHaveLength(0);
    expect((await h.deps.store.audit.list()).some((a) => a.action === "update.draft")).toBe(false);
  });

  it("a disabled account is ignored too", async () => {
    const editor = await linked(EDITOR, "editor");
    await h.deps.store.staff.setDisabled(editor.id, true);
    const { seen } = await h.post(tgUpdate.text(STAFF_CHAT, `/novinka ${TITLE}\n${BODY}`, { fromId: EDITOR }));
    expect(seen).toHaveLength(0);
    expect(await h.deps.store.updates.listDrafts()).toHaveLength(0);
  });

  it("empty or too long input gets the short usage, and no draft", async () => {
    await linked(EDITOR, "editor");
    for (const text of ["/novinka", `/novinka ${TITLE}`, `/novinka ${"T".repeat(201)}\n${BODY}`, `/novinka ${TITLE}\n${"x".repeat(4001)}`]) {
      const { seen } = await h.post(tgUpdate.text(STAFF_CHAT, text, { fromId: EDITOR }));
      expect(texts(seen)).toMatch(/^Použití: \/novinka/);
    }
    expect(await h.deps.store.updates.listDrafts()).toHaveLength(0);
  });
});

describe("/novinka with PUBLIC_URL and without the four-eyes rule", () => {
  it("links to the console by its full address and does not mention a second person", async () => {
    const h = await tgHarness({ PUBLIC_URL: "https://hlasatel.example.cz/", REQUIRE_SECOND_APPROVAL: "false" });
    try {
      const user = await h.deps.store.staff.addUser({ email: "admin@kv.example", role: "admin" });
      const { code } = await h.deps.store.staff.createLinkCode(user.id);
      await h.deps.store.staff.consumeLinkCode(code, await userRef(h.deps.secret, "telegram", EDITOR));
      const { seen } = await h.post(tgUpdate.text(STAFF_CHAT, `/novinka ${TITLE}\n${BODY}`, { fromId: EDITOR }));
      const [d] = await h.deps.store.updates.listDrafts();
      expect(seen[0]!.text).toContain(`https://hlasatel.example.cz/staff/updates/${d!.id}`);
      expect(seen[0]!.text).not.toMatch(/druhý člověk/);
      expect(await h.deps.store.updates.listPublished()).toHaveLength(0);
    } finally {
      await h.close();
    }
  });
});

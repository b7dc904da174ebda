// The garant's inbox: filters, answering (a fake sender receives it),
// answering with a FAQ entry, notes, assignment, FAQ drafts, closing, and no
// trace of who asked on any page.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChannelSender, OutboundMessage } from "../../src/channels/types.js";
import { submitQuestion } from "../../src/relay/questions.js";
import { addStaff, call, signIn, staffDeps, type TestSession } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof staffDeps>>;
let ctx: Ctx;
let garant: TestSession;
let sent: { channel: string; address: string; message: OutboundMessage }[];
const TG_ADDRESS = "777123456";
const WA_ADDRESS = "420777888999";

function fakeSender(channel: "telegram" | "whatsapp"): ChannelSender {
  return { channel, send: async (address, message) => (sent.push({ channel, address, message }), { ok: true }) };
}

beforeEach(async () => {
  ctx = await staffDeps();
  sent = [];
  ctx.deps.senders.telegram = fakeSender("telegram");
  ctx.deps.senders.whatsapp = fakeSender("whatsapp");
  garant = await signIn(ctx.deps, await addStaff(ctx.deps, "garant"));
});
afterEach(async () => ctx.deps.store.close());

async function ask() {
  const tg = await submitQuestion(ctx.deps, {
    channel: "telegram", lang: "cs", audience: "residents", theme: "byty",
    text: "Dobrý den, volejte mi na 777 123 456, kdy dostaneme byt?", replyTo: { channel: "telegram", address: TG_ADDRESS },
  });
  const wa = await submitQuestion(ctx.deps, {
    channel: "whatsapp", lang: "uk", audience: "residents", text: "Коли переїзд?", replyTo: { channel: "whatsapp", address: WA_ADDRESS },
  });
  const web = await submitQuestion(ctx.deps, { channel: "web", lang: "cs", audience: "neighbours", text: "Bude u nás víc hluku?" });
  return { tg: tg.question, wa: wa.question, web: web.question, ticket: web.ticketToken! };
}

const page = async (path: string, s: TestSession = garant) => {
  const res = await call(ctx.app, path, { session: s });
  expect(res.status, path).toBe(200);
  return res.text();
};

const ids = (html: string) => [...html.matchAll(/href="\/staff\/inbox\/([a-z2-7]{26})"/g)].map((m) => m[1]);

describe("the inbox", () => {
  it("lists new questions from every channel, redacted, and filters them", async () => {
    const q = await ask();
    const all = await page("/staff/inbox");
    expect(new Set(ids(all))).toEqual(new Set([q.tg.id, q.wa.id, q.web.id]));
    expect(all).toContain("[telefon]");
    expect(ids(await page("/staff/inbox?channel=telegram"))).toEqual([q.tg.id]);
    expect(ids(await page("/staff/inbox?lang=uk"))).toEqual([q.wa.id]);
    expect(ids(await page("/staff/inbox?audience=neighbours"))).toEqual([q.web.id]);
    expect(ids(await page("/staff/inbox?theme=byty"))).toEqual([q.tg.id]);
    expect(ids(await page("/staff/inbox?status=answered"))).toEqual([]);
    expect(ids(await page("/staff/inbox?channel=fax"))).toHaveLength(3); // unknown values are ignored, not errors
  });

  it("answers: the fake sender gets it at the asker's address, the web ticket has it, the audit log records it", async () => {
    const q = await ask();
    const res = await call(ctx.app, `/staff/inbox/${q.tg.id}/answer`, { session: garant, form: { text: "Byty se přidělují od ledna." } });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/staff/inbox/${q.tg.id}?done=answered`);
    expect(sent).toEqual([{ channel: "telegram", address: TG_ADDRESS, message: expect.objectContaining({ text: "Byty se přidělují od ledna." }) }]);
    expect(await ctx.deps.store.questions.get(q.tg.id)).toMatchObject({ status: "answered", answeredBy: garant.user.id });
    expect(ids(await page("/staff/inbox?status=answered"))).toEqual([q.tg.id]);
    expect(await page(`/staff/inbox/${q.tg.id}?done=answered`)).toContain("Odpověď je uložená a odeslaná.");

    await call(ctx.app, `/staff/inbox/${q.web.id}/answer`, { session: garant, form: { text: "Ne, stavební práce budou jen přes den." } });
    expect((await ctx.deps.store.questions.getByTicketToken(q.ticket))!.answerText).toBe("Ne, stavební práce budou jen přes den.");
    expect((await ctx.deps.store.audit.list({ action: "question.answer" })).map((e) => e.target).sort()).toEqual([q.tg.id, q.web.id].sort());
    expect((await call(ctx.app, `/staff/inbox/${q.wa.id}/answer`, { session: garant, form: { text: "  " } })).status).toBe(400);
  });

  it("answers with an existing FAQ entry: its text and a link", async () => {
    const q = await ask();
    const kb = ctx.deps.knowledge.current().kb;
    const entry = kb.entries.find((e) => e.collection === "faq" && e.lang === "uk")
      ?? kb.entries.find((e) => e.collection === "faq")!;
    const html = await page(`/staff/inbox/${q.wa.id}`);
    expect(html).toContain(`<option value="${entry.id}">`);
    await call(ctx.app, `/staff/inbox/${q.wa.id}/answer-faq`, { session: garant, form: { faqId: entry.id } });
    const answered = (await ctx.deps.store.questions.get(q.wa.id))!;
    expect(answered.answerFaqId).toBe(entry.id);
    expect(answered.answerText).toContain(entry.body.trim().slice(0, 40));
    const langQ = entry.lang === "cs" ? "" : `\\?lang=${entry.lang}`;
    expect(answered.answerText).toMatch(new RegExp(`\\]\\(http://localhost/faq/${entry.slug}${langQ}\\)$`));
    expect(sent[0]).toMatchObject({ channel: "whatsapp", address: WA_ADDRESS });
    expect((await call(ctx.app, `/staff/inbox/${q.wa.id}/answer-faq`, { session: garant, form: { faqId: "faq/nope" } })).status).toBe(400);
  });

  it("keeps internal notes, assigns to a colleague, turns into a FAQ draft and closes — each audited", async () => {
    const q = await ask();
    const colleague = await addStaff(ctx.deps, "admin", "kolega@example.cz");
    const base = `/staff/inbox/${q.web.id}`;
    expect((await call(ctx.app, `${base}/note`, { session: garant, form: { text: "Zavolat na odbor výstavby." } })).status).toBe(303);
    expect((await call(ctx.app, `${base}/assign`, { session: garant, form: { staffId: colleague.id } })).status).toBe(303);
    expect((await call(ctx.app, `${base}/faq-draft`, { session: garant, form: { title: "Bude víc hluku?", body: "Ne." } })).status).toBe(303);
    expect((await call(ctx.app, `${base}/theme`, { session: garant, form: { theme: "Sousedé a hluk" } })).status).toBe(303);
    const html = await page(base);
    expect(html).toContain("Zavolat na odbor výstavby.");
    expect(html).toContain(`<option value="${colleague.id}" selected="">kolega@example.cz</option>`);
    expect(await ctx.deps.store.faqDrafts.list({ questionId: q.web.id })).toEqual([
      expect.objectContaining({ title: "Bude víc hluku?", body: "Ne.", lang: "cs", status: "open", createdBy: garant.user.id }),
    ]);
    expect((await ctx.deps.store.questions.get(q.web.id))!.theme).toBe("sousedé-a-hluk");
    const mine = await signIn(ctx.deps, colleague);
    expect(ids(await page("/staff/inbox?mine=1", mine))).toEqual([q.web.id]);
    expect((await call(ctx.app, `${base}/assign`, { session: garant, form: { staffId: "nobody" } })).status).toBe(400);
    const pressOfficer = await addStaff(ctx.deps, "editor", "mluvci@example.cz");
    expect(await page(base)).not.toContain("mluvci@example.cz");
    expect((await call(ctx.app, `${base}/assign`, { session: garant, form: { staffId: pressOfficer.id } })).status).toBe(400);
    expect((await call(ctx.app, `${base}/close`, { session: garant, form: {} })).status).toBe(303);
    expect((await ctx.deps.store.questions.get(q.web.id))!.status).toBe("closed");
    const actions = (await ctx.deps.store.audit.list()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["question.note", "question.assign", "faq_draft.create", "question.theme", "question.close"]));
  });

  it("never shows who asked: no reply address, phone or ticket on any console page", async () => {
    const q = await ask();
    await call(ctx.app, `/staff/inbox/${q.tg.id}/answer`, { session: garant, form: { text: "Odpověď" } });
    const pages = [
      "/staff/inbox", "/staff/inbox?status=all", `/staff/inbox/${q.tg.id}`, `/staff/inbox/${q.wa.id}`, `/staff/inbox/${q.web.id}`,
      "/staff/stats", "/staff/stats/questions.csv",
    ];
    for (const p of pages) {
      const html = await (await call(ctx.app, p, { session: garant })).text();
      for (const secret of [TG_ADDRESS, "777 123 456", WA_ADDRESS, q.ticket]) expect(html, `${p} leaks`).not.toContain(secret);
    }
  });
});

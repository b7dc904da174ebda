import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../src/store/ids.js";
import { addGarant, advance, MINUTE, type StoreTestContext } from "./context.js";

export function questionCases(t: StoreTestContext): void {
  describe("questions", () => {
    it("round-trips a web ticket token and stores only its hash", async () => {
      const { id, ticketToken } = await t.store.questions.create({
        channel: "web", audience: "neighbours", lang: "cs", textRedacted: "Kdy zavřou ubytovnu? Volejte [telefon]",
      });
      expect(ticketToken).toMatch(/^[a-z2-7]{52}$/);
      const found = await t.store.questions.getByTicketToken(ticketToken!);
      expect(found).toMatchObject({ id, channel: "web", audience: "neighbours", status: "new", createdAt: t.now });
      expect(found).not.toHaveProperty("ticketHash");
      const tampered = (ticketToken![0] === "a" ? "b" : "a") + ticketToken!.slice(1);
      expect(await t.store.questions.getByTicketToken(tampered)).toBeNull();
      expect(await t.store.questions.getByTicketToken("")).toBeNull();

      const rows = await t.driver.all<Record<string, unknown>>("SELECT * FROM questions");
      expect(rows).toHaveLength(1);
      expect(Object.values(rows[0]!)).not.toContain(ticketToken);
      expect(rows[0]!.ticket_hash).toBe(await sha256Hex(ticketToken!));
    });

    it("gives bot questions no ticket and files the reply route with them", async () => {
      const { id, ticketToken } = await t.store.questions.create({
        channel: "telegram", lang: "uk", textRedacted: "Коли переїзд?", replyTo: { channel: "telegram", address: "12345" },
      });
      expect(ticketToken).toBeNull();
      expect(await t.store.questions.get(id)).toMatchObject({ audience: "unknown", theme: null, lang: "uk" });
      expect(await t.store.replyRoutes.forQuestion(id)).toEqual({ questionId: id, channel: "telegram", address: "12345", createdAt: t.now });
      expect(await t.store.questions.get("nope")).toBeNull();
    });

    it("rejects invalid input at the boundary", async () => {
      await expect(t.store.questions.create({ channel: "sms" as never, lang: "cs", textRedacted: "x" })).rejects.toThrow();
      await expect(t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "   " })).rejects.toThrow();
      await expect(t.store.questions.create({ channel: "web", lang: "Czech", textRedacted: "x" })).rejects.toThrow();
      expect(await t.driver.all("SELECT id FROM questions")).toEqual([]);
    });

    it("lists newest first with filters, limit and offset", async () => {
      const make = async (over: Record<string, string>) => {
        advance(t, MINUTE);
        return (await t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "otázka", ...over } as never)).id;
      };
      const a = await make({ theme: "housing", audience: "residents" });
      const b = await make({ theme: "schools", lang: "en", channel: "discord" });
      const c = await make({ theme: "housing", audience: "neighbours" });
      const ids = async (f: Parameters<typeof t.store.questions.list>[0]) => (await t.store.questions.list(f)).map((q) => q.id);
      expect(await ids({})).toEqual([c, b, a]);
      expect(await ids({ theme: "housing" })).toEqual([c, a]);
      expect(await ids({ audience: "residents" })).toEqual([a]);
      expect(await ids({ lang: "en" })).toEqual([b]);
      expect(await ids({ channel: "discord" })).toEqual([b]);
      expect(await ids({ status: "new", limit: 2 })).toEqual([c, b]);
      expect(await ids({ limit: 2, offset: 2 })).toEqual([a]);
      expect(await ids({ status: "answered" })).toEqual([]);
    });

    it("answers, re-answers, delivers, assigns and closes", async () => {
      const garant = await addGarant(t);
      const { id } = await t.store.questions.create({ channel: "whatsapp", lang: "cs", textRedacted: "Kam se stěhujeme?" });
      expect(await t.store.questions.assign(id, garant.id)).toBe(true);
      expect((await t.store.questions.list({ assignedTo: garant.id })).map((q) => q.id)).toEqual([id]);
      expect(await t.store.questions.assign(id, null)).toBe(true);

      advance(t, 5 * MINUTE);
      expect(await t.store.questions.answer(id, { text: "Do bytů po městě.", staffId: garant.id, faqId: "faq/where" })).toBe(true);
      expect(await t.store.questions.get(id)).toMatchObject({
        status: "answered", answerText: "Do bytů po městě.", answeredBy: garant.id, answerFaqId: "faq/where",
        answeredAt: t.now, deliveredAt: null, assignedTo: null,
      });
      expect((await t.store.questions.listUndelivered()).map((q) => q.id)).toEqual([id]);
      expect(await t.store.questions.markDelivered(id)).toBe(true);
      expect((await t.store.questions.get(id))!.deliveredAt).toBe(t.now);
      expect(await t.store.questions.listUndelivered()).toEqual([]);

      // A corrected answer must travel again.
      await t.store.questions.answer(id, { text: "Oprava.", staffId: garant.id });
      expect(await t.store.questions.get(id)).toMatchObject({ answerText: "Oprava.", answerFaqId: null, deliveredAt: null });

      expect(await t.store.questions.answer("missing", { text: "x", staffId: garant.id })).toBe(false);
      expect(await t.store.questions.markDelivered("missing")).toBe(false);
      await expect(t.store.questions.answer(id, { text: "", staffId: garant.id })).rejects.toThrow();
      // answered_by is a foreign key: an unknown staff id is refused.
      await expect(t.store.questions.answer(id, { text: "x", staffId: "ghost" })).rejects.toThrow();

      expect(await t.store.questions.setTheme(id, "housing")).toBe(true);
      expect(await t.store.questions.close(id)).toBe(true);
      expect(await t.store.questions.countByStatus()).toEqual({ new: 0, answered: 0, closed: 1 });
    });

    it("keeps internal notes in order and deletes them with the question", async () => {
      const garant = await addGarant(t);
      const { id } = await t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "Otázka" });
      const first = await t.store.questions.addNote(id, garant.id, "Ověřím na odboru.");
      advance(t, MINUTE);
      await t.store.questions.addNote(id, null, "Odbor odpoví zítra.");
      expect(first).toMatchObject({ questionId: id, staffId: garant.id, text: "Ověřím na odboru." });
      expect((await t.store.questions.listNotes(id)).map((n) => n.text)).toEqual(["Ověřím na odboru.", "Odbor odpoví zítra."]);
      await expect(t.store.questions.addNote("missing", null, "x")).rejects.toThrow();
      await t.driver.run("DELETE FROM questions WHERE id = ?", [id]);
      expect(await t.store.questions.listNotes(id)).toEqual([]);
    });
  });
}

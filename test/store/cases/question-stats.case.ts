import { describe, expect, it } from "vitest";
import { addGarant, DAY, HOUR, type StoreTestContext } from "./context.js";

export function questionStatsCases(t: StoreTestContext): void {
  describe("question statistics", () => {
    const monday = Date.UTC(2025, 2, 3); // Monday 3 March 2025, 00:00 UTC

    const ask = async (at: number, theme?: string) => {
      t.now = at;
      return (await t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "?", theme })).id;
    };

    it("counts questions per Monday-based week and theme", async () => {
      await ask(monday - 1, "housing"); // Sunday of the week before
      await ask(monday, "housing");
      await ask(monday + 6 * DAY + 23 * HOUR, "housing");
      await ask(monday + 2 * DAY, "schools");
      await ask(monday + 3 * DAY);
      await ask(monday + 7 * DAY, "housing");
      expect(await t.store.questions.countByWeekAndTheme()).toEqual([
        { weekStart: monday - 7 * DAY, theme: "housing", count: 1 },
        { weekStart: monday, theme: null, count: 1 },
        { weekStart: monday, theme: "housing", count: 2 },
        { weekStart: monday, theme: "schools", count: 1 },
        { weekStart: monday + 7 * DAY, theme: "housing", count: 1 },
      ]);
      expect(await t.store.questions.countByWeekAndTheme({ from: monday, until: monday + 7 * DAY })).toHaveLength(3);
    });

    it("reports the median answer time and lists by date range", async () => {
      expect(await t.store.questions.answerTimes()).toEqual({ answered: 0, medianMs: null });
      const garant = await addGarant(t);
      const answerAfter = async (id: string, askedAt: number, ms: number) => {
        t.now = askedAt + ms;
        await t.store.questions.answer(id, { text: "Odpověď", staffId: garant.id });
      };
      const a = await ask(monday);
      const b = await ask(monday + DAY);
      const c = await ask(monday + 2 * DAY);
      await ask(monday + 3 * DAY); // unanswered: not counted
      await answerAfter(a, monday, 2 * HOUR);
      await answerAfter(b, monday + DAY, 10 * HOUR);
      expect(await t.store.questions.answerTimes()).toEqual({ answered: 2, medianMs: 6 * HOUR });
      await answerAfter(c, monday + 2 * DAY, 3 * HOUR);
      expect(await t.store.questions.answerTimes()).toEqual({ answered: 3, medianMs: 3 * HOUR });
      expect(await t.store.questions.answerTimes({ from: monday + DAY })).toEqual({ answered: 2, medianMs: 6.5 * HOUR });

      const inRange = await t.store.questions.list({ from: monday + DAY, until: monday + 3 * DAY });
      expect(inRange.map((q) => q.id)).toEqual([c, b]);
    });

    it("sends answers back only on the channel the question came from", async () => {
      await expect(t.store.questions.create({
        channel: "whatsapp", lang: "cs", textRedacted: "?", replyTo: { channel: "telegram", address: "1" },
      })).rejects.toThrow(/channel/);
    });
  });
}

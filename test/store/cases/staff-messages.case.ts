import { describe, expect, it } from "vitest";
import type { StoreTestContext } from "./context.js";

export function staffMessageCases(t: StoreTestContext): void {
  describe("staff messages", () => {
    it("maps staff-chat messages to questions", async () => {
      const { id } = await t.store.questions.create({ channel: "web", lang: "cs", textRedacted: "?" });
      await t.store.staffMessages.add({ channel: "telegram", chatId: -100123, messageId: 77 }, id);
      expect(await t.store.staffMessages.questionFor({ channel: "telegram", chatId: "-100123", messageId: 77 })).toBe(id);
      expect(await t.store.staffMessages.questionFor({ channel: "telegram", chatId: -100123, messageId: 78 })).toBeNull();
      expect(await t.store.staffMessages.listForQuestion(id)).toEqual([{ channel: "telegram", chatId: "-100123", messageId: "77" }]);
      await expect(t.store.staffMessages.add({ channel: "telegram", chatId: 1, messageId: 1 }, "missing")).rejects.toThrow();
      t.now += 1;
      expect(await t.store.staffMessages.pruneBefore(t.now)).toBe(1);
    });
  });
}

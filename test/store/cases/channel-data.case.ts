import { describe, expect, it } from "vitest";
import { addGarant, type StoreTestContext } from "./context.js";

export function channelDataCases(t: StoreTestContext): void {
  describe("WhatsApp delivery statuses", () => {
    it("keeps the furthest status, whatever order Meta reports them in", async () => {
      await t.store.whatsappStatuses.record("wamid.A", "sent");
      await t.store.whatsappStatuses.record("wamid.A", "read");
      await t.store.whatsappStatuses.record("wamid.A", "delivered");
      expect(await t.store.whatsappStatuses.get("wamid.A")).toEqual({ status: "read", errorCode: null });
      await t.store.whatsappStatuses.record("wamid.B", "sent");
      await t.store.whatsappStatuses.record("wamid.B", "failed", 131047);
      await t.store.whatsappStatuses.record("wamid.B", "delivered");
      expect(await t.store.whatsappStatuses.get("wamid.B")).toEqual({ status: "failed", errorCode: 131047 });
      await t.store.whatsappStatuses.record("wamid.C", "delivered");
      expect(await t.store.whatsappStatuses.counts()).toEqual({ sent: 0, delivered: 1, read: 1, failed: 1 });
      expect(await t.store.whatsappStatuses.counts(t.now + 1)).toEqual({ sent: 0, delivered: 0, read: 0, failed: 0 });
      await expect(t.store.whatsappStatuses.record("wamid.D", "deleted" as never)).rejects.toThrow();
      t.now += 1;
      expect(await t.store.whatsappStatuses.pruneBefore(t.now)).toBe(3);
    });
  });

  describe("Discord staff links", () => {
    it("links a Discord account with a one-time code, once", async () => {
      const garant = await addGarant(t);
      const { code } = await t.store.staff.createLinkCode(garant.id);
      expect(await t.store.discordStaff.staffFor("dc_x")).toBeNull();
      const linked = await t.store.discordStaff.consumeLinkCode(code.toUpperCase(), "dc_x");
      expect(linked?.id).toBe(garant.id);
      expect((await t.store.discordStaff.staffFor("dc_x"))?.id).toBe(garant.id);
      expect(await t.store.discordStaff.consumeLinkCode(code, "dc_y")).toBeNull();
      // The Telegram link is untouched.
      expect((await t.store.staff.getUser(garant.id))?.telegramUserRef).toBeNull();
      // A second code moves the staff user to another Discord account.
      const second = await t.store.staff.createLinkCode(garant.id);
      await t.store.discordStaff.consumeLinkCode(second.code, "dc_y");
      expect(await t.store.discordStaff.staffFor("dc_x")).toBeNull();
      expect((await t.store.discordStaff.staffFor("dc_y"))?.id).toBe(garant.id);
      await t.store.staff.setDisabled(garant.id, true);
      expect(await t.store.discordStaff.staffFor("dc_y")).toBeNull();
      expect(await t.store.discordStaff.unlink(garant.id)).toBe(true);
      expect(await t.store.discordStaff.staffFor("dc_y")).toBeNull();
    });

    it("refuses expired codes", async () => {
      const garant = await addGarant(t);
      const { code } = await t.store.staff.createLinkCode(garant.id, 1000);
      t.now += 2000;
      expect(await t.store.discordStaff.consumeLinkCode(code, "dc_x")).toBeNull();
    });
  });
}

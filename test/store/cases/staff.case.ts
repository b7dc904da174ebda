import { describe, expect, it } from "vitest";
import { advance, MINUTE, type StoreTestContext } from "./context.js";

export function staffCases(t: StoreTestContext): void {
  describe("staff users", () => {
    it("adds users with unique, case-insensitive e-mails", async () => {
      const user = await t.store.staff.addUser({ email: "Garant@Example.CZ", role: "garant", passwordHash: "scrypt$abc" });
      expect(user).toEqual({
        id: expect.any(String), email: "garant@example.cz", role: "garant", telegramUserRef: null,
        hasPassword: true, createdAt: t.now, disabled: false,
      });
      expect(await t.store.staff.findByEmail(" GARANT@example.cz ")).toEqual(user);
      expect(await t.store.staff.getUser(user.id)).toEqual(user);
      expect(await t.store.staff.passwordHashFor(user.id)).toBe("scrypt$abc");
      await expect(t.store.staff.addUser({ email: "garant@example.cz", role: "editor" })).rejects.toThrow();
      await expect(t.store.staff.addUser({ email: "not-an-email", role: "editor" })).rejects.toThrow();
      await expect(t.store.staff.addUser({ email: "x@example.cz", role: "boss" as never })).rejects.toThrow();
      expect(await t.store.staff.findByEmail("nobody@example.cz")).toBeNull();
    });

    it("changes role, password and disabled flag", async () => {
      const user = await t.store.staff.addUser({ email: "e@example.cz", role: "editor" });
      expect(user.hasPassword).toBe(false);
      await t.store.staff.setRole(user.id, "admin");
      await t.store.staff.setPasswordHash(user.id, "h");
      await t.store.staff.setDisabled(user.id, true);
      expect(await t.store.staff.getUser(user.id)).toMatchObject({ role: "admin", hasPassword: true, disabled: true });
      expect((await t.store.staff.listUsers()).map((u) => u.email)).toEqual(["e@example.cz"]);
    });
  });

  describe("staff link codes", () => {
    it("links a Telegram account once, tolerating case and dashes", async () => {
      const user = await t.store.staff.addUser({ email: "g@example.cz", role: "garant" });
      const { code, expiresAt } = await t.store.staff.createLinkCode(user.id, 10 * MINUTE);
      expect(code).toMatch(/^[a-z2-7]{8}$/);
      expect(expiresAt).toBe(t.now + 10 * MINUTE);
      const typed = `${code.slice(0, 4).toUpperCase()}-${code.slice(4)}`;
      expect(await t.store.staff.consumeLinkCode(typed, "tg-ref-1")).toMatchObject({ id: user.id, telegramUserRef: "tg-ref-1" });
      expect(await t.store.staff.findByTelegramRef("tg-ref-1")).toMatchObject({ id: user.id });
      expect(await t.store.staff.consumeLinkCode(code, "tg-ref-2")).toBeNull();
      const stored = await t.driver.all<{ code_hash: string }>("SELECT code_hash FROM staff_link_codes");
      expect(stored.map((r) => r.code_hash)).not.toContain(code);
    });

    it("refuses expired, unknown and disabled users' codes; racing uses win once", async () => {
      const user = await t.store.staff.addUser({ email: "g@example.cz", role: "garant" });
      const expired = await t.store.staff.createLinkCode(user.id, MINUTE);
      advance(t, MINUTE);
      expect(await t.store.staff.consumeLinkCode(expired.code, "tg")).toBeNull();
      expect(await t.store.staff.consumeLinkCode("aaaaaaaa", "tg")).toBeNull();

      const raced = await t.store.staff.createLinkCode(user.id);
      const results = await Promise.all([1, 2, 3].map((i) => t.store.staff.consumeLinkCode(raced.code, `tg-${i}`)));
      expect(results.filter(Boolean)).toHaveLength(1);

      const disabled = await t.store.staff.addUser({ email: "d@example.cz", role: "editor" });
      const code = await t.store.staff.createLinkCode(disabled.id);
      await t.store.staff.setDisabled(disabled.id, true);
      expect(await t.store.staff.consumeLinkCode(code.code, "tg-d")).toBeNull();
    });

    it("moves a Telegram account that was linked to someone else", async () => {
      const a = await t.store.staff.addUser({ email: "a@example.cz", role: "garant" });
      const b = await t.store.staff.addUser({ email: "b@example.cz", role: "garant" });
      await t.store.staff.consumeLinkCode((await t.store.staff.createLinkCode(a.id)).code, "tg-shared");
      await t.store.staff.consumeLinkCode((await t.store.staff.createLinkCode(b.id)).code, "tg-shared");
      expect(await t.store.staff.findByTelegramRef("tg-shared")).toMatchObject({ id: b.id });
      expect((await t.store.staff.getUser(a.id))!.telegramUserRef).toBeNull();
      await t.store.staff.unlinkTelegram(b.id);
      expect(await t.store.staff.findByTelegramRef("tg-shared")).toBeNull();
    });
  });

  describe("staff sessions", () => {
    it("creates, reads, expires and deletes sessions by token", async () => {
      const user = await t.store.staff.addUser({ email: "s@example.cz", role: "admin" });
      const s = await t.store.staff.createSession(user.id, 60 * MINUTE);
      expect(s.token).not.toBe(s.csrfSecret);
      expect(await t.store.staff.getSession(s.token)).toEqual({
        user, csrfSecret: s.csrfSecret, createdAt: t.now, expiresAt: t.now + 60 * MINUTE,
      });
      expect(await t.store.staff.getSession("wrong")).toBeNull();
      expect(await t.store.staff.getSession("")).toBeNull();
      const rows = await t.driver.all<Record<string, unknown>>("SELECT * FROM staff_sessions");
      expect(Object.values(rows[0]!)).not.toContain(s.token);

      advance(t, 60 * MINUTE);
      expect(await t.store.staff.getSession(s.token)).toBeNull();
      expect(await t.store.staff.pruneExpired()).toBe(1);

      const s2 = await t.store.staff.createSession(user.id);
      expect(await t.store.staff.deleteSession(s2.token)).toBe(true);
      expect(await t.store.staff.getSession(s2.token)).toBeNull();
    });

    it("ends the sessions of disabled users", async () => {
      const user = await t.store.staff.addUser({ email: "s@example.cz", role: "editor" });
      const s = await t.store.staff.createSession(user.id);
      await t.store.staff.createSession(user.id);
      await t.store.staff.setDisabled(user.id, true);
      expect(await t.store.staff.getSession(s.token)).toBeNull();
      expect(await t.store.staff.deleteSessionsFor(user.id)).toBe(2);
    });
  });
}

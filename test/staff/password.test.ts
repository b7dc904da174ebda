import { describe, expect, it } from "vitest";
import { constantTimeEqualText, generatePassword, hashPassword, PASSWORD_ITERATIONS, verifyPassword } from "../../src/staff/password.js";

describe("staff passwords", () => {
  it("hashes with PBKDF2-SHA256, 600,000 iterations, a random salt, and verifies", async () => {
    expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = await hashPassword("Žluťoučký kůň 42!");
    const b = await hashPassword("Žluťoučký kůň 42!");
    expect(a).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("Žluťoučký kůň 42!", a)).toBe(true);
    // NFC: the same text typed with combining accents.
    expect(await verifyPassword("Žluťoučký kůň 42!".normalize("NFD"), a)).toBe(true);
    expect(await verifyPassword("zlutoucky kun 42!", a)).toBe(false);
  });

  it("refuses malformed, foreign and too-cheap hashes", async () => {
    const cheap = await hashPassword("heslo-heslo", 10);
    for (const stored of [null, "", "scrypt$1$2$3", "pbkdf2-sha256$x$y$z", cheap, "pbkdf2-sha256$1000$!!$!!"]) {
      expect(await verifyPassword("heslo-heslo", stored)).toBe(false);
    }
  });

  it("compares in constant time and generates strong passwords", () => {
    expect(constantTimeEqualText("abc", "abc")).toBe(true);
    expect(constantTimeEqualText("abc", "abd")).toBe(false);
    expect(constantTimeEqualText("abc", "abcd")).toBe(false);
    const pw = generatePassword();
    expect(pw).toMatch(/^[a-zA-Z2-9]{20}$/);
    expect(new Set(Array.from({ length: 50 }, () => generatePassword())).size).toBe(50);
  });
});

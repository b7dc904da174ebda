import { describe, expect, it } from "vitest";
import { pbkdf2Sha256Js } from "../../src/staff/pbkdf2-js.js";
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

  it("the plain-JavaScript PBKDF2 (for Workers' 100,000 cap) matches Web Crypto and RFC 7914's vector", async () => {
    const webCrypto = async (pw: Uint8Array, salt: Uint8Array, n: number) => {
      const key = await crypto.subtle.importKey("raw", pw as BufferSource, "PBKDF2", false, ["deriveBits"]);
      return new Uint8Array(await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations: n }, key, 256));
    };
    const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
    const enc = new TextEncoder();
    // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", 1), first 32 bytes.
    expect(hex(await pbkdf2Sha256Js(enc.encode("passwd"), enc.encode("salt"), 1))).toBe("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    const long = enc.encode("x".repeat(100)); // longer than a block: the key is hashed first
    for (const [pw, salt, n] of [[enc.encode("heslo"), enc.encode("sůl-16-bajtů!!"), 2], [long, new Uint8Array(16), 1000], [enc.encode("Žluťoučký"), new Uint8Array(16).fill(7), 60_000]] as const) {
      expect(hex(await pbkdf2Sha256Js(pw, salt, n))).toBe(hex(await webCrypto(pw, salt, n)));
    }
    // And a stored 600,000-iteration hash verifies through it.
    const stored = await hashPassword("pro-workers-123");
    const [, , saltB64, hashB64] = stored.split("$");
    const js = await pbkdf2Sha256Js(enc.encode("pro-workers-123"), Uint8Array.from(atob(saltB64!), (c) => c.charCodeAt(0)), 600_000);
    expect(Buffer.from(js).toString("base64")).toBe(hashB64);
  }, 30_000);
});

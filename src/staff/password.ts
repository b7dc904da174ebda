// Staff passwords: PBKDF2-SHA256 through Web Crypto (Node 20 and Workers),
// stored as `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`, per-user
// random salt, compared in constant time. The iteration count is stored so
// it can be raised later without breaking existing hashes.
// Cloudflare Workers cap Web Crypto's PBKDF2 at 100,000 iterations; there
// the same standard PBKDF2 runs in plain JavaScript (pbkdf2-js.ts).
import { pbkdf2Sha256Js } from "./pbkdf2-js.js";

export const PASSWORD_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
/** Hashes below this count (e.g. forged rows) are refused outright. */
const MIN_ITERATIONS = 1_000;
const MAX_ITERATIONS = 10_000_000;

const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(password.normalize("NFC"));
  const key = await crypto.subtle.importKey("raw", bytes, "PBKDF2", false, ["deriveBits"]);
  try {
    const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations }, key, HASH_BITS);
    return new Uint8Array(bits);
  } catch (error) {
    // workerd: "iteration counts above 100000 are not supported".
    if (iterations <= 100_000) throw error;
    return pbkdf2Sha256Js(bytes, salt, iterations);
  }
}

export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return `pbkdf2-sha256$${iterations}$${b64(salt)}$${b64(await derive(password, salt, iterations))}`;
}

/** Equal-length comparison that always looks at every byte. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export function constantTimeEqualText(a: string, b: string): boolean {
  const enc = new TextEncoder();
  return constantTimeEqual(enc.encode(a), enc.encode(b));
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split("$");
  if (!parts || parts.length !== 4 || parts[0] !== "pbkdf2-sha256") return false;
  const iterations = Number(parts[1]);
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return false;
  try {
    const expected = unb64(parts[3]!);
    return constantTimeEqual(await derive(password, unb64(parts[2]!), iterations), expected);
  } catch {
    return false;
  }
}

/** Does a wrong-password check cost the same as a right one when the account does not exist. */
export async function burnPasswordCheck(password: string): Promise<void> {
  await derive(password, new Uint8Array(SALT_BYTES), PASSWORD_ITERATIONS);
}

/** A strong generated password: 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      // Reject bytes that would bias the choice.
      if (byte < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[byte % alphabet.length]!);
    }
  }
  return out.join("");
}

// Random ids, secret tokens and their hashes, with Web Crypto only so the same
// code runs on Node 20 and Cloudflare Workers.

// RFC 4648 base32 alphabet, lower-case: URL-safe, no ambiguous case, and easy
// to read aloud or retype from paper.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** A random token of `bytes` bytes in base32 (16 bytes → 26 characters). */
export function randomToken(bytes = 16): string {
  return base32(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Ids of rows: 128 random bits. */
export function newId(): string {
  return randomToken(16);
}

/** Secrets handed to people (web tickets, session cookies): 256 random bits. */
export function newSecret(): string {
  return randomToken(32);
}

/** SHA-256 of the UTF-8 text as lower-case hex: how secrets are stored. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

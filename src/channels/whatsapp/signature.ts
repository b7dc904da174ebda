// X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw request body
// under the app secret. Checked with Web Crypto (runs on Workers too) before
// anything in the body is parsed. crypto.subtle.verify compares in constant
// time, so the check leaks nothing about how much of a forged MAC was right.
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

/** Hex to bytes; null when it is not exactly `bytes` bytes of hex. */
export function hexToBytes(hex: string, bytes: number): Uint8Array<ArrayBuffer> | null {
  if (hex.length !== bytes * 2 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function verifyHubSignature(appSecret: string, rawBody: Uint8Array<ArrayBuffer>, header: string | null | undefined): Promise<boolean> {
  if (!header || !header.startsWith("sha256=")) return false;
  const mac = hexToBytes(header.slice(7), 32);
  if (!mac) return false;
  return crypto.subtle.verify("HMAC", await hmacKey(appSecret), mac, rawBody);
}

/** The header value for a body (the fake Graph API and tests sign with it). */
export async function signHubBody(appSecret: string, rawBody: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const bytes = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(appSecret), bytes));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

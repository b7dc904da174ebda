// Discord signs every interaction: X-Signature-Ed25519 (hex) over
// X-Signature-Timestamp + the raw body, with the application's public key.
// Web Crypto's Ed25519 runs on Node 20 and on Workers. Discord sends forged
// requests on purpose to check that we refuse them; old timestamps are
// refused too so a captured request cannot be replayed later.
import { hexToBytes } from "../whatsapp/signature.js";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey | null>>();
export const MAX_AGE_SECONDS = 5 * 60;

function publicKey(hex: string): Promise<CryptoKey | null> {
  let key = keys.get(hex);
  if (!key) {
    const raw = hexToBytes(hex, 32);
    key = raw ? crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]).catch(() => null) : Promise.resolve(null);
    keys.set(hex, key);
  }
  return key;
}

export async function verifyDiscordSignature(
  publicKeyHex: string,
  signatureHex: string | null | undefined,
  timestamp: string | null | undefined,
  rawBody: Uint8Array,
  nowMs: number,
): Promise<boolean> {
  if (!signatureHex || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const signature = hexToBytes(signatureHex, 64);
  const key = await publicKey(publicKeyHex);
  if (!signature || !key) return false;
  const stamp = encoder.encode(timestamp);
  const message = new Uint8Array(stamp.length + rawBody.length);
  message.set(stamp, 0);
  message.set(rawBody, stamp.length);
  return crypto.subtle.verify("Ed25519", key, signature, message);
}

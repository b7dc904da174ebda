// Pseudonymous references of people: an HMAC of the platform's user id under
// the server secret. The store keys conversation state and subscriptions by
// it, so a database dump does not list chat ids or phone numbers beside
// what people did. Web Crypto, so it runs on Workers too.
import type { BotChannel } from "../store/index.js";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, key);
  }
  return key;
}

/** "tg_3f9a…": the channel prefix keeps refs of different platforms apart; 128 bits of the HMAC. */
export async function userRef(secret: string, channel: BotChannel, platformUserId: string | number): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`${channel}:${platformUserId}`));
  const hex = Array.from(new Uint8Array(mac).slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  const prefix = channel === "telegram" ? "tg" : channel === "whatsapp" ? "wa" : "dc";
  return `${prefix}_${hex}`;
}

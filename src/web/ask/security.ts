// The form's defences, all keyed by the server secret (Web Crypto, so the
// same code runs on Workers): a CSRF token bound to a cookie, a signature
// over the hidden fields of the preview, and a pseudonymous key per client
// for the rate limit (the IP address itself is never stored).
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { randomToken } from "../../store/ids.js";

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

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The purpose is part of the signed message, so a signature made for one use is worthless for another. */
function message(purpose: string, parts: readonly string[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${purpose}\n${JSON.stringify(parts)}`);
}

export async function sign(secret: string, purpose: string, parts: readonly string[]): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), message(purpose, parts))));
}

/** Constant-time check (crypto.subtle.verify). */
export async function verify(secret: string, purpose: string, parts: readonly string[], signature: string): Promise<boolean> {
  const mac = fromHex(signature);
  if (!mac || mac.length !== 32) return false;
  return crypto.subtle.verify("HMAC", await hmacKey(secret), mac, message(purpose, parts));
}

// --- CSRF: a random cookie, and in every form an HMAC of it --------------------

export const CSRF_COOKIE = "ask_csrf";
const COOKIE_VALUE = /^[a-z2-7]{26}$/;

/** The cookie's value, set now if the browser has none (or a malformed one). */
export function ensureCsrfCookie(c: Context): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && COOKIE_VALUE.test(existing)) return existing;
  const value = randomToken(16);
  setCookie(c, CSRF_COOKIE, value, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: new URL(c.req.url).protocol === "https:",
    maxAge: 60 * 60 * 24 * 7,
  });
  return value;
}

export function csrfToken(secret: string, cookie: string): Promise<string> {
  return sign(secret, "ask-csrf", [cookie]);
}

/** Compares two strings in time that depends only on their length. */
export function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks the form's token against the request's cookie. Returns the token
 * (to put into the next form: one HMAC per request) when it matches, else null.
 */
export async function checkCsrf(c: Context, secret: string, token: unknown): Promise<string | null> {
  const cookie = getCookie(c, CSRF_COOKIE);
  if (!cookie || !COOKIE_VALUE.test(cookie) || typeof token !== "string") return null;
  const expected = await csrfToken(secret, cookie);
  return sameString(expected, token) ? expected : null;
}

// --- Who is the client (for the rate limit only) --------------------------------

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's address: the socket on Node (or, when a proxy on the same
 * machine forwards, the address it appended last to X-Forwarded-For); on
 * Workers Cloudflare's CF-Connecting-IP. Headers are trusted only there,
 * where a client cannot set them.
 */
export function clientAddress(c: Context): string {
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
  if (socket) {
    if (isLoopback(socket)) {
      const forwarded = c.req.header("x-forwarded-for")?.split(",").pop()?.trim();
      if (forwarded) return forwarded;
    }
    return socket;
  }
  return c.req.header("cf-connecting-ip") ?? "unknown";
}

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

/** IPv6 clients get a whole /64 (one phone usually has one); IPv4 the address. */
export function addressBucket(address: string): string {
  const v4 = address.replace(/^::ffff:/i, "");
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(v4)) return v4;
  if (!address.includes(":")) return address.toLowerCase();
  const [head = "", tail = ""] = address.toLowerCase().split("%")[0]!.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = address.includes("::") && tail ? tail.split(":") : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = address.includes("::") ? [...headGroups, ...Array(missing).fill("0"), ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

const clientKeys = new Map<string, string>();
const MAX_CLIENT_KEYS = 10_000;

/** A pseudonymous key for the client: 128 bits of an HMAC of its address bucket (kept in memory, bounded, never stored). */
export async function clientKey(c: Context, secret: string): Promise<string> {
  const bucket = addressBucket(clientAddress(c));
  let key = clientKeys.get(`${secret}\n${bucket}`);
  if (!key) {
    key = (await sign(secret, "ask-client", [bucket])).slice(0, 32);
    if (clientKeys.size >= MAX_CLIENT_KEYS) clientKeys.clear();
    clientKeys.set(`${secret}\n${bucket}`, key);
  }
  return key;
}

// --- The draft: what was typed, sealed for the preview's "Upravit" button -------
// The preview page must show only what the garant receives, so the original
// text travels back to the form encrypted (AES-GCM under a key derived from
// the secret), never in clear in the page.

const draftKeys = new Map<string, Promise<CryptoKey>>();

function draftKey(secret: string): Promise<CryptoKey> {
  let key = draftKeys.get(secret);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", encoder.encode(`ask-draft\n${secret}`))
      .then((raw) => crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]));
    draftKeys.set(secret, key);
  }
  return key;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function seal(secret: string, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await draftKey(secret), encoder.encode(plaintext)));
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return toBase64Url(out);
}

/** The plaintext, or null when the sealed text was altered or made under another secret. */
export async function unseal(secret: string, sealed: string): Promise<string | null> {
  const bytes = fromBase64Url(sealed);
  if (!bytes || bytes.length < 12 + 16) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.slice(0, 12) }, await draftKey(secret), bytes.slice(12));
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}

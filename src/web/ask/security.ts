// The form's defences, all keyed by the server secret: a CSRF token bound to
// a cookie, a signature over the hidden fields of the preview, a pseudonymous
// key per client for the rate limit (the IP address itself is never stored),
// and the sealed draft behind "Upravit".
// node:crypto's synchronous HMAC and AES-GCM (Workers provide them under the
// nodejs_compat flag that wrangler.toml sets): Web Crypto's asynchronous jobs
// cost 0.2-0.8 ms each on Node, many times the work itself.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { randomToken } from "../../store/ids.js";

/** The purpose is part of the signed message, so a signature made for one use is worthless for another. */
function message(purpose: string, parts: readonly string[]): string {
  return `${purpose}\n${JSON.stringify(parts)}`;
}

export function sign(secret: string, purpose: string, parts: readonly string[]): string {
  return createHmac("sha256", secret).update(message(purpose, parts)).digest("hex");
}

/** Constant-time check. */
export function verify(secret: string, purpose: string, parts: readonly string[], signature: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(signature)) return false;
  return timingSafeEqual(Buffer.from(sign(secret, purpose, parts), "hex"), Buffer.from(signature, "hex"));
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

export function csrfToken(secret: string, cookie: string): string {
  return sign(secret, "ask-csrf", [cookie]);
}

/**
 * Checks the form's token against the request's cookie. Returns the token
 * (to put into the next form: one HMAC per request) when it matches, else null.
 */
export function checkCsrf(c: Context, secret: string, token: unknown): string | null {
  const cookie = getCookie(c, CSRF_COOKIE);
  if (!cookie || !COOKIE_VALUE.test(cookie) || typeof token !== "string") return null;
  return verify(secret, "ask-csrf", [cookie], token) ? token : null;
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
export function clientKey(c: Context, secret: string): string {
  const bucket = addressBucket(clientAddress(c));
  let key = clientKeys.get(`${secret}\n${bucket}`);
  if (!key) {
    key = sign(secret, "ask-client", [bucket]).slice(0, 32);
    if (clientKeys.size >= MAX_CLIENT_KEYS) clientKeys.clear();
    clientKeys.set(`${secret}\n${bucket}`, key);
  }
  return key;
}

// --- The draft: what was typed, sealed for the preview's "Upravit" button -------
// The preview page must show only what the garant receives, so the original
// text travels back to the form encrypted (AES-256-GCM under a key derived
// from the secret), never in clear in the page.

const draftKeys = new Map<string, Buffer>();

function draftKey(secret: string): Buffer {
  let key = draftKeys.get(secret);
  if (!key) {
    key = createHash("sha256").update(`ask-draft\n${secret}`).digest();
    draftKeys.set(secret, key);
  }
  return key;
}

export function seal(secret: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", draftKey(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The plaintext, or null when the sealed text was altered or made under another secret. */
export function unseal(secret: string, sealed: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(sealed)) return null;
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", draftKey(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

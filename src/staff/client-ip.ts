// The client's address for the per-IP login limit. Only a proxy on our own
// machine or network is trusted to tell us (the last X-Forwarded-For entry is
// the one it appended); otherwise the socket's address. On Workers,
// CF-Connecting-IP is set by Cloudflare and cannot be forged.
import type { Context } from "hono";

function isPrivate(ip: string): boolean {
  return /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|::ffff:127\.|fc|fd)/i.test(ip);
}

export function clientIp(c: Context): string {
  const cf = c.req.header("cf-connecting-ip");
  if (cf) return cf.trim();
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress;
  const forwarded = c.req.header("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  if (forwarded?.length && (!socket || isPrivate(socket))) return forwarded[forwarded.length - 1]!;
  return socket ?? "unknown";
}

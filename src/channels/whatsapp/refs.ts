// userRef() costs an HMAC per message; people write many messages in a row,
// so the adapters keep the last few thousand refs in memory (never on disk,
// never logged), one cache per server secret.
import { userRef } from "../../privacy/user-ref.js";
import type { BotChannel } from "../../store/index.js";

const MAX = 5000;
const caches = new Map<string, Map<string, string>>();

export async function cachedUserRef(secret: string, channel: BotChannel, platformId: string): Promise<string> {
  let cache = caches.get(secret);
  if (!cache) {
    if (caches.size > 8) caches.clear();
    caches.set(secret, (cache = new Map()));
  }
  const key = `${channel}:${platformId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ref = await userRef(secret, channel, platformId);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, ref);
  return ref;
}

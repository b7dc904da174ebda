// Test helper: an Ed25519 key pair made with Web Crypto, and signed Discord
// interaction requests (X-Signature-Ed25519 over timestamp + body).
export interface DiscordSigner {
  publicKeyHex: string;
  sign(body: string, timestamp: string): Promise<string>;
}

const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");

export async function discordSigner(): Promise<DiscordSigner> {
  const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  const publicKeyHex = hex(await crypto.subtle.exportKey("raw", pair.publicKey));
  return {
    publicKeyHex,
    async sign(body, timestamp) {
      return hex(await crypto.subtle.sign("Ed25519", pair.privateKey, new TextEncoder().encode(timestamp + body)));
    },
  };
}

let counter = 1_310_000_000_000_000_000n;
export const nextSnowflake = () => String(++counter);

/** An interaction as Discord sends it, from a guild member. */
export function interaction(type: number, data: Record<string, unknown> | undefined, userId = "1234567890123456789", locale = "cs") {
  return {
    id: nextSnowflake(), application_id: "1100000000000000001", type, token: `tok-${nextSnowflake()}`, version: 1, locale,
    guild_id: "1000000000000000001", channel_id: "1000000000000000002",
    member: { user: { id: userId, username: "someone", global_name: "Someone" }, roles: [] },
    ...(data ? { data } : {}),
  };
}

// The form's defences in isolation: whose address counts for the rate limit
// (headers trusted only where a client cannot forge them), signatures and the
// sealed draft.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, seal, sign, unseal, verify } from "../../src/web/ask/security.js";

async function addressOf(socket: string | undefined, headers: Record<string, string> = {}): Promise<string> {
  const app = new Hono();
  app.get("/", (c) => c.text(clientAddress(c)));
  const env = socket ? { incoming: { socket: { remoteAddress: socket } } } : undefined;
  return (await app.request("/", { headers }, env)).text();
}

describe("clientAddress", () => {
  it("uses the socket, and ignores forwarding headers from a remote client", async () => {
    expect(await addressOf("198.51.100.7", { "x-forwarded-for": "1.1.1.1", "cf-connecting-ip": "2.2.2.2" })).toBe("198.51.100.7");
  });
  it("trusts X-Forwarded-For (its last entry) only from a proxy on the same machine", async () => {
    expect(await addressOf("127.0.0.1", { "x-forwarded-for": "9.9.9.9, 203.0.113.5" })).toBe("203.0.113.5");
    expect(await addressOf("::1", { "x-forwarded-for": "203.0.113.6" })).toBe("203.0.113.6");
    expect(await addressOf("127.0.0.1")).toBe("127.0.0.1");
  });
  it("uses CF-Connecting-IP only where there is no socket (Workers)", async () => {
    expect(await addressOf(undefined, { "cf-connecting-ip": "203.0.113.9" })).toBe("203.0.113.9");
    expect(await addressOf(undefined)).toBe("unknown");
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 (also IPv4-mapped) and folds IPv6 to its /64", () => {
    expect(addressBucket("203.0.113.5")).toBe("203.0.113.5");
    expect(addressBucket("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(addressBucket("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002::10")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

describe("signatures and the sealed draft", () => {
  it("a signature holds only for the same secret, purpose and parts", () => {
    const s = sign("secret-a", "ask-confirm", ["text", "residents"]);
    expect(verify("secret-a", "ask-confirm", ["text", "residents"], s)).toBe(true);
    expect(verify("secret-b", "ask-confirm", ["text", "residents"], s)).toBe(false);
    expect(verify("secret-a", "ask-csrf", ["text", "residents"], s)).toBe(false);
    expect(verify("secret-a", "ask-confirm", ["text", "neighbours"], s)).toBe(false);
    // Parts cannot be shifted across the boundary between them.
    expect(verify("secret-a", "ask-confirm", ["textr", "esidents"], s)).toBe(false);
    expect(verify("secret-a", "ask-confirm", ["text", "residents"], "zz")).toBe(false);
  });

  it("the draft opens only unaltered and under the same secret, and hides the text", () => {
    const text = "Jsem Jana Nováková, 777 123 456";
    const sealed = seal("secret-a", text);
    expect(sealed).not.toContain("Nov");
    expect(unseal("secret-a", sealed)).toBe(text);
    expect(seal("secret-a", text)).not.toBe(sealed); // a fresh IV each time
    expect(unseal("secret-b", sealed)).toBeNull();
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === "A" ? "B" : "A") + sealed.at(-1);
    expect(unseal("secret-a", flipped)).toBeNull();
    expect(unseal("secret-a", "not base64url!")).toBeNull();
    expect(unseal("secret-a", "")).toBeNull();
  });
});

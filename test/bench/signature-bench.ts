// Signature checks of the WhatsApp (HMAC-SHA256 over the raw body) and
// Discord (Ed25519 over timestamp + body) webhooks, as the webhooks run them:
// Web Crypto, keys imported once. Target: < 0.5 ms per check.
import { verifyDiscordSignature } from "../../src/channels/discord/signature.js";
import { signHubBody, verifyHubSignature } from "../../src/channels/whatsapp/signature.js";
import { waPayload } from "../fakes/whatsapp-api.js";
import { discordSigner, interaction } from "../channels/discord-sign.js";

const N = 3000;

async function timeEach(fn: () => Promise<boolean>): Promise<{ mean: number; p50: number; p99: number; cpu: number }> {
  for (let i = 0; i < 300; i++) if (!(await fn())) throw new Error("a valid signature was refused");
  const times: number[] = [];
  // CPU time of the whole process (the thread pool included): less sensitive to a busy machine than wall time.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const mean = (performance.now() - t0) / N;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1000 / N;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { mean, p50: at(0.5), p99: at(0.99), cpu };
}

const r3 = (x: number) => +x.toFixed(3);

export async function run(): Promise<Record<string, number | string>> {
  const enc = new TextEncoder();
  // A realistic WhatsApp batch (~1 KB): one text message.
  const waBody = enc.encode(JSON.stringify(waPayload.text("420777123456", "wamid.HBgLNDIwNzc3MTIzNDU2FQIAEhggQjVGRkE4", "Dobrý den, kdy se budeme stěhovat a kdo nám pomůže s nábytkem?")));
  const waHeader = await signHubBody("app-secret", waBody);
  const hmac = await timeEach(() => verifyHubSignature("app-secret", waBody, waHeader));
  const forgedHeader = `sha256=${"0".repeat(64)}`;
  const hmacForged = await timeEach(async () => !(await verifyHubSignature("app-secret", waBody, forgedHeader)));

  const signer = await discordSigner();
  const body = JSON.stringify(interaction(2, { id: "1", name: "faq", type: 1, options: [{ type: 3, name: "otazka", value: "kdy se budeme stehovat" }] }));
  const ts = String(Math.floor(Date.now() / 1000));
  const sig = await signer.sign(body, ts);
  const raw = enc.encode(body);
  const ed = await timeEach(() => verifyDiscordSignature(signer.publicKeyHex, sig, ts, raw, Date.now()));
  const edForged = await timeEach(async () => !(await verifyDiscordSignature(signer.publicKeyHex, sig.replace(/^../, "00"), ts, raw, Date.now())));

  return {
    "WhatsApp HMAC-SHA256 body bytes": waBody.length,
    "WhatsApp HMAC check mean ms": r3(hmac.mean),
    "WhatsApp HMAC check p50 ms": r3(hmac.p50),
    "WhatsApp HMAC check p99 ms": r3(hmac.p99),
    "WhatsApp HMAC check CPU ms": r3(hmac.cpu),
    "WhatsApp HMAC forged check mean ms": r3(hmacForged.mean),
    "Discord Ed25519 body bytes": raw.length,
    "Discord Ed25519 check mean ms": r3(ed.mean),
    "Discord Ed25519 check p50 ms": r3(ed.p50),
    "Discord Ed25519 check p99 ms": r3(ed.p99),
    "Discord Ed25519 check CPU ms": r3(ed.cpu),
    "Discord Ed25519 forged check mean ms": r3(edForged.mean),
  };
}

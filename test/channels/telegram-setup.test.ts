import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramVerb } from "../../src/cli/telegram.js";
import type { CliIo } from "../../src/cli/io.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-api.js";
import { projectRoot } from "../helpers/deps.js";

function io(env: Record<string, string>): CliIo & { output(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = "";
  stdout.on("data", (d) => (text += String(d)));
  stderr.on("data", (d) => (text += String(d)));
  return { stdin: new PassThrough(), stdout, stderr, env, cwd: projectRoot, packageRoot: projectRoot, output: () => text };
}

describe("hlasatel telegram setup", () => {
  let tg: FakeTelegram;
  beforeEach(async () => { tg = await startFakeTelegram({ token: "1:setup" }); });
  afterEach(async () => { await tg.close(); });

  it("sets the webhook with the secret and the command menu in each language", async () => {
    const cli = io({ TELEGRAM_BOT_TOKEN: "1:setup", TELEGRAM_API_ROOT: tg.apiRoot, PUBLIC_URL: "https://bot.example.cz/", TELEGRAM_WEBHOOK_SECRET: "s3cret-s3cret" });
    expect(await telegramVerb(cli, "setup")).toBe(0);
    const [hook] = tg.callsTo("setWebhook");
    expect(hook!.params).toMatchObject({ url: "https://bot.example.cz/webhooks/telegram", secret_token: "s3cret-s3cret" });
    const menus = tg.callsTo("setMyCommands").map((c) => c.params as { language_code?: string; commands: { command: string; description: string }[] });
    expect(menus.map((m) => m.language_code ?? "")).toEqual(["", "cs", "sk", "en", "uk"]);
    const cs = menus.find((m) => m.language_code === "cs")!.commands;
    expect(cs.map((c) => c.command)).toEqual(expect.arrayContaining(["faq", "myty", "kontakty", "setkani", "zeptat", "odber", "stop", "jazyk", "forget"]));
    const en = menus.find((m) => m.language_code === "en")!.commands;
    expect(en.map((c) => c.command)).toEqual(expect.arrayContaining(["rumours", "contacts", "meetings", "ask", "subscribe", "language"]));
    expect(menus.find((m) => m.language_code === "uk")!.commands[0]!.description).toMatch(/[\u0400-\u04FF]/);
    for (const m of menus) for (const c of m.commands) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
  });

  it("without PUBLIC_URL removes the webhook (long polling)", async () => {
    const cli = io({ TELEGRAM_BOT_TOKEN: "1:setup", TELEGRAM_API_ROOT: tg.apiRoot });
    expect(await telegramVerb(cli, "setup")).toBe(0);
    expect(tg.callsTo("deleteWebhook")).toHaveLength(1);
    expect(tg.callsTo("setWebhook")).toHaveLength(0);
    expect(cli.output()).toMatch(/long polling/);
  });

  it("needs a token", async () => {
    expect(await telegramVerb(io({}), "setup")).toBe(2);
  });
});

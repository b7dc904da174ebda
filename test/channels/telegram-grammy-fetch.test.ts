// grammY's fetch over the runtime's HttpClient: JSON calls go through the
// client, long polls and uploads keep the platform's fetch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Bot } from "grammy";
import { grammyFetch } from "../../src/channels/telegram/bot.js";
import { fetchHttpClient, type HttpClient } from "../../src/http/client.js";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-api.js";

const TOKEN = "4242:grammy-fetch";
let tg: FakeTelegram;
beforeAll(async () => { tg = await startFakeTelegram({ token: TOKEN }); });
afterAll(() => tg.close());

function countingClient(): { http: HttpClient; urls: string[] } {
  const urls: string[] = [];
  return { urls, http: (url, r) => { urls.push(url); return fetchHttpClient(url, r); } };
}

describe("grammyFetch", () => {
  it("sends grammY's JSON calls through the HttpClient, with their payload", async () => {
    const { http, urls } = countingClient();
    const bot = new Bot(TOKEN, { client: { apiRoot: tg.apiRoot, fetch: grammyFetch(http) } });
    const sent = await bot.api.sendMessage(77, "Dobrý den", { parse_mode: "HTML" });
    expect(sent.message_id).toBeGreaterThan(0);
    expect(urls).toEqual([`${tg.apiRoot}/bot${TOKEN}/sendMessage`]);
    expect(tg.callsTo("sendMessage").at(-1)?.params).toMatchObject({ chat_id: 77, text: "Dobrý den", parse_mode: "HTML" });
  });

  it("turns Bot API errors into GrammyErrors as fetch would", async () => {
    const { http } = countingClient();
    const bot = new Bot(TOKEN, { client: { apiRoot: tg.apiRoot, fetch: grammyFetch(http) } });
    tg.blockChat(78);
    await expect(bot.api.sendMessage(78, "x")).rejects.toMatchObject({ error_code: 403 });
  });

  it("leaves long polls to fetch, so bot.stop() can abort them", async () => {
    const { http, urls } = countingClient();
    const f = grammyFetch(http);
    const res = await f(`${tg.apiRoot}/bot${TOKEN}/getUpdates`, { method: "POST", headers: { "content-type": "application/json" }, body: "{\"timeout\":0}" });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect(urls).toEqual([]);
  });
});

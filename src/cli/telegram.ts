// `hlasatel telegram setup`: points Telegram at PUBLIC_URL/webhooks/telegram
// with the secret token (or, without PUBLIC_URL, removes the webhook so long
// polling works), and sets the command menu in Czech (the default, and for
// Slovak phones), English and Ukrainian. Safe to run again.
import { callTelegram } from "../channels/telegram/api.js";
import { commandMenu } from "../conversation/commands.js";
import { createI18n } from "../i18n.js";
import { type CliIo, err, out, UsageError } from "./io.js";
import { configFrom } from "./server-verbs.js";

/** Telegram language codes → the UI language of the command menu; "" is the default for everyone else. */
const MENUS: [string, "cs" | "en" | "uk"][] = [["", "cs"], ["cs", "cs"], ["sk", "cs"], ["en", "en"], ["uk", "uk"]];

export async function telegramVerb(io: CliIo, sub: string | undefined): Promise<number> {
  if (sub !== "setup") throw new UsageError(`unknown: telegram ${sub ?? ""}; did you mean telegram setup?`);
  const config = configFrom(io);
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) {
    err(io, "hlasatel: telegram setup needs TELEGRAM_BOT_TOKEN");
    return 2;
  }
  const api = { token, apiRoot: config.TELEGRAM_API_ROOT, timeoutMs: 15_000 };
  const fail = (what: string, r: { reason: string; status?: number }) => {
    err(io, `hlasatel: ${what} failed (${r.reason}${r.status ? ` ${r.status}` : ""})`);
    return 1;
  };

  if (config.PUBLIC_URL) {
    // parseConfig already demands TELEGRAM_WEBHOOK_SECRET when PUBLIC_URL and the token are set.
    const url = `${config.PUBLIC_URL}/webhooks/telegram`;
    const r = await callTelegram(api, "setWebhook", {
      url,
      secret_token: config.TELEGRAM_WEBHOOK_SECRET,
      allowed_updates: ["message", "callback_query", "my_chat_member"],
      max_connections: 40,
    });
    if (!r.ok) return fail("setWebhook", r);
    out(io, `webhook: ${url} (with the secret token)`);
  } else {
    const r = await callTelegram(api, "deleteWebhook", { drop_pending_updates: false });
    if (!r.ok) return fail("deleteWebhook", r);
    out(io, "no PUBLIC_URL: webhook removed, the server uses long polling");
  }

  const i18n = createI18n();
  for (const [code, lang] of MENUS) {
    const commands = commandMenu(i18n.getFixedT(lang), lang);
    const r = await callTelegram(api, "setMyCommands", { commands, ...(code ? { language_code: code } : {}) });
    if (!r.ok) return fail(`setMyCommands ${code || "default"}`, r);
    out(io, `commands (${code || "default"}): ${commands.map((c) => `/${c.command}`).join(" ")}`);
  }
  return 0;
}

// `hlasatel discord register`: registers the slash commands (Czech names,
// English and Ukrainian localizations) as global commands of the application,
// with @discordjs/rest against DISCORD_API_ROOT. Re-running it replaces them.
import { REST } from "@discordjs/rest";
import { API } from "@discordjs/core/http-only";
import type { RESTPutAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import { slashCommandsJson } from "../channels/discord/commands.js";
import { parseConfig } from "../config.js";
import { createI18n } from "../i18n.js";
import { type CliIo, err, out, UsageError } from "./io.js";

export async function discordVerb(io: CliIo, sub: string | undefined): Promise<number> {
  if (sub !== "register") throw new UsageError(`unknown: discord ${sub ?? ""}; did you mean discord register?`);
  const config = parseConfig(io.env);
  const token = config.DISCORD_BOT_TOKEN;
  const appId = config.DISCORD_APPLICATION_ID;
  if (!token || !appId) {
    err(io, "hlasatel: discord register needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID");
    return 2;
  }
  // DISCORD_API_ROOT names the version (…/api/v10); @discordjs/rest wants them apart.
  const m = /^(.*)\/v(\d+)$/.exec(config.DISCORD_API_ROOT);
  const rest = new REST({ api: m ? m[1]! : config.DISCORD_API_ROOT, version: m ? m[2]! : "10", retries: 1, timeout: 15_000 }).setToken(token);
  const api = new API(rest);
  const body = slashCommandsJson(createI18n()) as RESTPutAPIApplicationCommandsJSONBody;
  try {
    const registered = await api.applicationCommands.bulkOverwriteGlobalCommands(appId, body);
    out(io, `registered ${registered.length} commands: ${registered.map((c) => `/${c.name}`).join(" ")}`);
    return 0;
  } catch (e) {
    err(io, `hlasatel: discord register failed: ${(e as Error).message}`);
    return 1;
  }
}

// The Discord channel: what the rest of the program uses.
import type { AppDeps } from "../../deps.js";
import { createDiscordSender, createDiscordStaffNotifier } from "./sender.js";

export { discordWebhook, type DiscordWebhookOptions } from "./webhook.js";
export { createDiscordSender, createDiscordStaffNotifier, postAnnouncement, postToChannel } from "./sender.js";
export { verifyDiscordSignature } from "./signature.js";
export { slashCommandsJson, SLASH_COMMANDS } from "./commands.js";

/** The interactions endpoint is mounted when requests can be verified (DISCORD_PUBLIC_KEY). */
export function discordWebhookEnabled(config: AppDeps["config"]): boolean {
  return !!config.DISCORD_PUBLIC_KEY;
}

/** Adds the DM sender (DISCORD_BOT_TOKEN) and the staff-channel notifier (+ DISCORD_STAFF_CHANNEL_ID) to deps. */
export function attachDiscord(deps: AppDeps): void {
  const sender = createDiscordSender(deps);
  if (sender) deps.senders.discord = sender;
  const notifier = createDiscordStaffNotifier(deps);
  if (notifier && !deps.staffNotifiers.some((n) => n.channel === "discord")) deps.staffNotifiers.push(notifier);
}

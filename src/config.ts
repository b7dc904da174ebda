// Settings, parsed once at start from the environment by zod and passed down.
// Nothing else in the program reads process.env.
import { z } from "zod";

const optional = z.string().trim().min(1).optional();
const flag = z.enum(["0", "1", "true", "false", "yes", "no", "on", "off"]).optional()
  .transform((v) => (v === undefined ? undefined : ["1", "true", "yes", "on"].includes(v)));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/hlasatel.db"),
  CONTENT_DIR: z.string().min(1).default("content"),
  PUBLIC_URL: z.string().url().optional().transform((u) => u?.replace(/\/+$/, "")),
  SESSION_SECRET: optional,
  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org").transform((u) => u.replace(/\/+$/, "")),
  TELEGRAM_WEBHOOK_SECRET: optional,
  TELEGRAM_STAFF_CHAT_ID: optional,
  WHATSAPP_TOKEN: optional,
  WHATSAPP_PHONE_NUMBER_ID: optional,
  WHATSAPP_APP_SECRET: optional,
  WHATSAPP_VERIFY_TOKEN: optional,
  WHATSAPP_API_ROOT: z.string().url().default("https://graph.facebook.com/v21.0").transform((u) => u.replace(/\/+$/, "")),
  WHATSAPP_UPDATE_TEMPLATE: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_PUBLIC_KEY: optional,
  DISCORD_BOT_TOKEN: optional,
  DISCORD_API_ROOT: z.string().url().default("https://discord.com/api/v10").transform((u) => u.replace(/\/+$/, "")),
  DISCORD_ANNOUNCE_CHANNEL_ID: optional,
  DISCORD_STAFF_CHANNEL_ID: optional,
  REQUIRE_SECOND_APPROVAL: flag.transform((v) => v ?? true),
  /** Reply routes are deleted this many days after the answer was delivered. */
  REPLY_ROUTE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "not set" (a common result of `KEY=` in .env files).
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = configSchema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.TELEGRAM_BOT_TOKEN && c.PUBLIC_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("Invalid configuration:\n  TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_BOT_TOKEN and PUBLIC_URL are set (webhook mode)");
  }
  return c;
}

// Verbs that need the database, the server or heavier modules; kept apart so
// that `match` and `ask` start without loading them. One case per verb, each
// in its own module.
import { type CliIo, UsageError } from "./io.js";

export async function run(verb: string, rest: string[], o: Record<string, unknown>, io: CliIo): Promise<number> {
  switch (verb) {
    case "serve":
      return (await import("./server-verbs.js")).serveVerb(io);
    case "migrate":
      return (await import("./server-verbs.js")).migrateVerb(io);
    case "backup":
      return (await import("./server-verbs.js")).backupVerb(io, rest[0]);
    case "redact":
      return (await import("./redact.js")).redactVerb(io);
    case "user":
      return (await import("./user.js")).userVerb(io, rest[0], o);
    case "telegram":
      return (await import("./telegram.js")).telegramVerb(io, rest[0]);
    case "discord":
      return (await import("./discord.js")).discordVerb(io, rest[0]);
    default:
      throw new UsageError(`unknown verb "${verb}"; see hlasatel --help`);
  }
}

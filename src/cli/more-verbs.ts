// Verbs that need the database or the server; kept apart so that `match` and
// `ask` start without loading them.
import { type CliIo, UsageError } from "./io.js";

export async function run(verb: string, _rest: string[], _o: Record<string, unknown>, _io: CliIo): Promise<number> {
  throw new UsageError(`unknown verb "${verb}"; see hlasatel --help`);
}

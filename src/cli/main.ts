// The `hlasatel` command: parses the verb and hands over to its module.
import { parseArgs } from "node:util";
import { askVerb } from "./ask.js";
import { contentCheckVerb } from "./content-check.js";
import { evalVerb } from "./eval.js";
import { type CliIo, err, out, UsageError } from "./io.js";
import { matchVerb } from "./match.js";

const USAGE = `usage: hlasatel <verb> [options]

  serve                              start the server (website, bots)
  content check [--content DIR]      validate the content; exit 1 on any problem
  content export DIR [--force]       write the database's published content to DIR (empty, or --force)
  match --content DIR                JSON Lines questions on stdin -> decisions on stdout
  ask "question" [--lang L] [--content DIR]
                                     show the answer as a person would see it
  eval --content DIR --questions F   figures of the answer engine on labelled questions
  redact                             lines on stdin -> the same lines with personal data replaced
  migrate                            create or update the database at DATABASE_PATH
  backup FILE                        an online, consistent copy of the database
  user add --email E --role editor|garant|admin [--password-stdin]
                                     add a staff account (prints a generated password once and a Telegram link code)
  user list | user disable --email E staff accounts
  discord register                   register the slash commands (cs names, en/uk localizations)
  telegram setup                     set the webhook (PUBLIC_URL + secret) and the command menu in cs/en/uk
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string" },
        lang: { type: "string", default: "cs" },
        questions: { type: "string" },
        verbose: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false },
        email: { type: "string" },
        role: { type: "string" },
        "password-stdin": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    err(io, `${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals: [verb, ...rest] } = parsed;
  if (o.help || !verb) {
    out(io, USAGE);
    return verb || o.help ? 0 : 2;
  }
  try {
    switch (verb) {
      case "content":
        if (rest[0] === "export") return await (await import("./content-export.js")).contentExportVerb(io, rest[1], o.force ?? false);
        if (rest[0] !== "check") throw new UsageError(`unknown: content ${rest[0] ?? ""}; did you mean content check or content export?`);
        return await contentCheckVerb(io, o.content);
      case "match":
        return await matchVerb(io, o.content);
      case "ask":
        if (!rest.length) throw new UsageError('ask needs a question: hlasatel ask "kdy se budeme stěhovat"');
        return await askVerb(io, rest.join(" "), o.lang ?? "cs", o.content);
      case "eval":
        return await evalVerb(io, o.content, o.questions, o.verbose ?? false);
      default: {
        const more = await import("./more-verbs.js");
        return await more.run(verb, rest, o, io);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(io, `hlasatel: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

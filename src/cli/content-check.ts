// `hlasatel content check [--content DIR]`: every problem, exit 1 if any.
import { formatProblem } from "../content/problems.js";
import { type CliIo, err, out } from "./io.js";
import { loadFromDir } from "./content-source.js";

export async function contentCheckVerb(io: CliIo, content: string | undefined): Promise<number> {
  const { kb, problems, dir } = await loadFromDir(io, content);
  for (const p of problems) err(io, formatProblem(p));
  const langs = new Map<string, number>();
  for (const e of kb.entries) langs.set(e.lang, (langs.get(e.lang) ?? 0) + 1);
  const faq = new Set(kb.entries.filter((e) => e.collection === "faq").map((e) => e.id)).size;
  const rumours = new Set(kb.entries.filter((e) => e.collection === "rumours").map((e) => e.id)).size;
  const summary = `${dir}: ${faq} FAQ, ${rumours} rumours (${[...langs].map(([l, n]) => `${l} ${n}`).join(", ")}), ` +
    `${kb.phases.length} phases, ${kb.contacts.length} contacts, ${kb.meetings.length} meetings, ${kb.updates.length} updates`;
  if (problems.length) {
    err(io, `${problems.length} problem(s) found. ${summary}`);
    return 1;
  }
  out(io, `OK: ${summary}`);
  return 0;
}

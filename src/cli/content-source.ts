// Loads the knowledge base for a CLI verb from --content or CONTENT_DIR.
import { resolve } from "node:path";
import { loadContent, type LoadResult } from "../content/load.js";
import { readContentDir } from "../content/read-dir.js";
import { formatProblem } from "../content/problems.js";
import { type CliIo, err, UsageError } from "./io.js";

export async function loadFromDir(io: CliIo, dir: string | undefined): Promise<LoadResult & { dir: string }> {
  const chosen = resolve(io.cwd, dir ?? io.env.CONTENT_DIR ?? "content");
  let files;
  try {
    files = await readContentDir(chosen);
  } catch (e) {
    throw new UsageError(`cannot read the content directory ${chosen}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return { ...loadContent(files), dir: chosen };
}

/** For verbs that answer questions: problems are reported, the valid entries are still used. */
export async function loadForUse(io: CliIo, dir: string | undefined): Promise<LoadResult> {
  const loaded = await loadFromDir(io, dir);
  if (loaded.problems.length) {
    err(io, `warning: ${loaded.problems.length} content problem(s); run \`hlasatel content check\`. First: ${formatProblem(loaded.problems[0]!)}`);
  }
  return loaded;
}

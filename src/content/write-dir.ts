// Node only: writes content file texts into a directory, byte for byte (the
// counterpart of read-dir.ts; `hlasatel content export` uses it).
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { contentPath } from "../store/repos/content-items.js";
import type { ContentFile } from "./types.js";

export class ExportRefused extends Error {}

/** Creates `dir` when missing; refuses a non-empty one unless `force` (then files are overwritten, others left alone). */
export async function writeContentDir(dir: string, files: ContentFile[], force = false): Promise<number> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  if (!force && (await readdir(root)).length > 0) throw new ExportRefused(`${root} is not empty; choose an empty directory or add --force to overwrite`);
  for (const f of files) {
    // Paths come from the database: check them again so nothing is written outside `dir`.
    const target = resolve(root, contentPath.parse(f.path));
    if (!target.startsWith(root + sep)) throw new ExportRefused(`refusing to write outside ${root}: ${f.path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.text, "utf8");
  }
  return files.length;
}

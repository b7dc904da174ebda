// Node only: reads a content directory into the file texts the loader takes.
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentFile } from "./types.js";

export async function readContentDir(dir: string): Promise<ContentFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: ContentFile[] = [];
  for (const e of entries) {
    if (!e.isFile() || !/\.(md|ya?ml)$/.test(e.name)) continue;
    const full = join(e.parentPath, e.name);
    files.push({ path: relative(dir, full).split(sep).join("/"), text: await readFile(full, "utf8") });
  }
  return files;
}

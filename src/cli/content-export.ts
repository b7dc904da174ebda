// `hlasatel content export DIR [--force]`: the database's published content
// (what the website and bots answer from) written back in the content format.
import { resolve } from "node:path";
import { ExportRefused, writeContentDir } from "../content/write-dir.js";
import { openNodeStore } from "../store/open-node.js";
import { type CliIo, err, out, UsageError } from "./io.js";
import { configFrom } from "./server-verbs.js";

export async function contentExportVerb(io: CliIo, dir: string | undefined, force: boolean): Promise<number> {
  if (!dir) throw new UsageError("content export needs a directory: hlasatel content export exported-content");
  const config = configFrom(io);
  const { store } = await openNodeStore(resolve(io.cwd, config.DATABASE_PATH));
  try {
    const files = await store.contentItems.publishedFiles();
    if (!files.length) {
      err(io, "the database holds no published content yet (the server imports CONTENT_DIR when it starts)");
      return 1;
    }
    const written = await writeContentDir(resolve(io.cwd, dir), files, force);
    out(io, `exported ${written} file(s) to ${resolve(io.cwd, dir)}`);
    return 0;
  } catch (e) {
    if (e instanceof ExportRefused) {
      err(io, `hlasatel: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await store.close();
  }
}

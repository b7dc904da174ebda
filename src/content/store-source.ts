// Content kept in the database: the import of CONTENT_DIR at start (with the
// rules for a file and a console edit that disagree, documented in README
// "Content in the console") and the knowledge built from the published texts.
// No file system here: callers pass file texts (Node reads them, Workers bundle them).
import type { Logger } from "../log.js";
import { buildKnowledge, type Knowledge, type KnowledgeSource } from "../knowledge.js";
import type { Store } from "../store/index.js";
import { contentPath } from "../store/repos/content-items.js";
import type { ContentFile } from "./types.js";

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface ImportReport {
  /** New to the database: published as they are. */
  added: string[];
  /** Changed on disk, unchanged in the console: the file's text was published. */
  updated: string[];
  /** Changed on disk AND in the console: the console's text stays, the file's is a conflict draft. */
  conflicts: string[];
  /** Known to the database but not on disk any more: kept ("only in console"). */
  missing: string[];
  /** Not a content path (hidden folders, odd names): not imported. */
  skipped: string[];
  unchanged: number;
}

/**
 * Imports content files into the database. Per file:
 * - new path → published (revision from "file");
 * - same text as at the last import → nothing (importing twice changes nothing);
 * - changed on disk, and the published text is still the one last imported
 *   (nobody published a console edit since) → the file's text is published;
 * - changed on disk and a console edit is published → the console's text stays
 *   published, the file's text becomes a draft marked "conflict", a warning is logged;
 * - a path in the database but not on disk → kept, marked "only in console".
 */
export async function importContent(store: Store, files: ContentFile[], log?: Logger): Promise<ImportReport> {
  const report: ImportReport = { added: [], updated: [], conflicts: [], missing: [], skipped: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!contentPath.safeParse(f.path).success) {
      report.skipped.push(f.path);
      continue;
    }
    seen.add(f.path);
    const hash = await sha256Hex(f.text);
    const item = await store.contentItems.get(f.path);
    if (!item) {
      await store.contentItems.importNew(f.path, f.text, hash);
      report.added.push(f.path);
    } else if (item.fileHash === hash) {
      if (!item.inFile) await store.contentItems.markFile(f.path, hash, true);
      report.unchanged++;
    } else if (item.publishedText === f.text) {
      // Both sides arrived at the same text (or the file caught up with the console).
      await store.contentItems.markFile(f.path, hash, true);
      report.unchanged++;
    } else if (item.publishedText === null || (item.fileHash !== null && (await sha256Hex(item.publishedText)) === item.fileHash)) {
      await store.contentItems.importChanged(f.path, f.text, hash);
      report.updated.push(f.path);
    } else {
      await store.contentItems.saveDraft({ path: f.path, text: f.text, createdBy: null, source: "conflict" });
      await store.contentItems.markFile(f.path, hash, true);
      report.conflicts.push(f.path);
      log?.warn("content.import_conflict", { path: f.path });
    }
  }
  for (const item of await store.contentItems.list()) {
    if (seen.has(item.path)) continue;
    if (item.inFile) await store.contentItems.markFile(item.path, null, false);
    if (item.fileHash !== null) report.missing.push(item.path);
  }
  if (report.added.length || report.updated.length || report.conflicts.length) {
    // No staff member did it: the audit entry says what the import changed.
    await store.audit.add({
      staffId: null, action: "content.import",
      detail: { added: report.added.length, updated: report.updated, conflicts: report.conflicts },
    });
  }
  return report;
}

/** The knowledge as the database's published texts make it. */
export async function knowledgeFromStore(store: Store, now = Date.now()): Promise<Knowledge> {
  return buildKnowledge(await store.contentItems.publishedFiles(), now);
}

/**
 * A KnowledgeSource over the database: `reload()` rebuilds the knowledge from
 * the published texts and swaps it in (the console calls it after every
 * publication), so the website and the bots answer from it at once.
 */
export async function storeKnowledge(store: Store, clock: () => number = Date.now): Promise<KnowledgeSource> {
  let current = await knowledgeFromStore(store, clock());
  return {
    current: () => current,
    async reload() {
      current = await knowledgeFromStore(store, clock());
      return current;
    },
  };
}

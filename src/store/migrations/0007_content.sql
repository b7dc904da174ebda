-- Content edited in the staff console: every content file's text (faq/<id>.<lang>.md,
-- rumours/…, updates/…, timeline.yml, contacts.yml, meetings.yml, site.yml,
-- translations.yml) kept verbatim per path, with its revisions. The knowledge
-- is loadContent(published texts), exactly as from disk. Plain SQLite that D1
-- also runs.

-- One content file.
CREATE TABLE content_items (
  -- Path relative to the content directory, e.g. faq/closure-date.cs.md.
  path TEXT PRIMARY KEY,
  -- The text the website and bots answer from; null until a first revision is published.
  published_text TEXT,
  published_rev INTEGER,
  -- SHA-256 (hex) of the file's text at the last import from CONTENT_DIR;
  -- null when the file never came from the directory (created in the console).
  -- "Nobody edited it in the console" means: sha256(published_text) = file_hash.
  file_hash TEXT,
  -- 1 when the file was in CONTENT_DIR at the last import, 0 = "only in console".
  in_file INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);

-- Every version of a file: imported, drafted, approved and published, rejected.
CREATE TABLE content_revisions (
  path TEXT NOT NULL,
  -- 1, 2, 3, … per path.
  rev INTEGER NOT NULL,
  text TEXT NOT NULL,
  -- draft: waiting for approval; published: was (or is, see content_items.published_rev)
  -- the published text; rejected: turned down; superseded: a draft older than a later publication.
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'published', 'rejected', 'superseded')),
  -- file: imported from CONTENT_DIR; console: written in the console;
  -- conflict: the file's version when both the file and the console changed.
  source TEXT NOT NULL CHECK (source IN ('file', 'console', 'conflict')),
  created_by TEXT,
  created_at INTEGER NOT NULL,
  approved_by TEXT,
  approved_at INTEGER,
  PRIMARY KEY (path, rev)
);
CREATE INDEX content_revisions_status ON content_revisions (status, path);

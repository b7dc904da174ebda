-- The staff console: what the updates table lacks for publishing (channels,
-- a scheduled time, texts in several languages) and FAQ drafts made from
-- questions. Plain SQLite that D1 also runs.

-- JSON array of the channels the update goes to: telegram, whatsapp, discord, web.
ALTER TABLE updates ADD COLUMN channels TEXT NOT NULL DEFAULT '["telegram","whatsapp","discord","web"]';
-- When set and in the future, an approved update (approved_by set, still a
-- draft) is published by the delivery job at this time (ms since the epoch).
ALTER TABLE updates ADD COLUMN scheduled_at INTEGER;
ALTER TABLE updates ADD COLUMN approved_at INTEGER;
CREATE INDEX updates_scheduled ON updates (scheduled_at) WHERE status = 'draft' AND approved_by IS NOT NULL;

-- The update's title and text per language. The row in `updates` holds the
-- first language (normally Czech); `updates.langs` lists every language here.
CREATE TABLE update_texts (
  update_id TEXT NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (update_id, lang)
);

-- A FAQ entry proposed from an answered question; the content editor picks
-- it up (status 'open' until taken or dropped).
CREATE TABLE faq_drafts (
  id TEXT PRIMARY KEY,
  question_id TEXT REFERENCES questions (id) ON DELETE SET NULL,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'dropped')),
  created_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX faq_drafts_status ON faq_drafts (status, created_at);
CREATE INDEX faq_drafts_question ON faq_drafts (question_id);
CREATE INDEX faq_drafts_created_by ON faq_drafts (created_by);

-- Hlasatel schema. Plain SQLite that Cloudflare D1 also runs: no PRAGMAs, no
-- triggers, no BEGIN/COMMIT (the runner and wrangler wrap each file).
-- Conventions: timestamps are INTEGER milliseconds since the Unix epoch (UTC);
-- booleans are INTEGER 0/1; JSON is TEXT; ids are random TEXT.
-- Privacy: no raw chat id or phone number outside reply_routes,
-- subscriptions.address and staff_messages (staff chats only); question text
-- is stored only after redaction.

CREATE TABLE staff_users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('editor', 'garant', 'admin')),
  password_hash TEXT,
  -- Pseudonymous HMAC reference of the linked Telegram account.
  telegram_user_ref TEXT UNIQUE,
  created_at INTEGER NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

-- One-time codes for linking a Telegram account; only the hash is stored.
CREATE TABLE staff_link_codes (
  code_hash TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX staff_link_codes_staff ON staff_link_codes (staff_id);
CREATE INDEX staff_link_codes_expires ON staff_link_codes (expires_at);

-- Console sessions; the cookie holds the token, the table its SHA-256.
CREATE TABLE staff_sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  csrf_secret TEXT NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);
CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);

-- The garant's inbox. Deliberately holds nothing that identifies the asker:
-- how to reach them lives in reply_routes, which the inbox never joins.
CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  -- SHA-256 (hex) of the web ticket token; NULL for bot questions.
  ticket_hash TEXT UNIQUE,
  channel TEXT NOT NULL CHECK (channel IN ('web', 'telegram', 'whatsapp', 'discord')),
  audience TEXT NOT NULL DEFAULT 'unknown'
    CHECK (audience IN ('residents', 'neighbours', 'public', 'unknown')),
  theme TEXT,
  lang TEXT NOT NULL,
  text_redacted TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'answered', 'closed')),
  created_at INTEGER NOT NULL,
  answered_at INTEGER,
  answer_text TEXT,
  answered_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  -- Set when the garant answered with an existing FAQ entry (e.g. 'faq/closure-date').
  answer_faq_id TEXT,
  assigned_to TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  delivered_at INTEGER
);
CREATE INDEX questions_status_created ON questions (status, created_at);
CREATE INDEX questions_theme_created ON questions (theme, created_at);
CREATE INDEX questions_created ON questions (created_at);
CREATE INDEX questions_assigned ON questions (assigned_to, status);
CREATE INDEX questions_answered_by ON questions (answered_by);
-- Finds answered questions whose answer still has to travel to the asker.
CREATE INDEX questions_undelivered ON questions (answered_at)
  WHERE status = 'answered' AND delivered_at IS NULL;

-- Internal notes between staff on a question; never shown to the asker.
CREATE TABLE question_notes (
  id INTEGER PRIMARY KEY,
  question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  staff_id TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX question_notes_question ON question_notes (question_id, id);
CREATE INDEX question_notes_staff ON question_notes (staff_id);

-- How to reach the asker of a bot question. Deleted after delivery plus the
-- retention period, or at once on /forget.
CREATE TABLE reply_routes (
  question_id TEXT PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'discord')),
  address TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX reply_routes_address ON reply_routes (channel, address);

-- Conversation state per channel user, keyed by a pseudonymous reference.
CREATE TABLE people (
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'discord')),
  user_ref TEXT NOT NULL,
  lang TEXT,
  audience TEXT CHECK (audience IN ('residents', 'neighbours', 'public')),
  -- JSON: the current dialogue step.
  state TEXT,
  consent_at INTEGER,
  -- WhatsApp allows free text only within 24 h of the user's last message.
  last_inbound_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (channel, user_ref)
);
CREATE INDEX people_updated ON people (updated_at);

CREATE TABLE subscriptions (
  -- Integer id gives a stable order for keyset pagination during delivery.
  id INTEGER PRIMARY KEY,
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'discord')),
  user_ref TEXT NOT NULL,
  -- Chat id / phone number needed to send; nothing else stores it long-term.
  address TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('residents', 'neighbours', 'public')),
  lang TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  deactivated_at INTEGER,
  UNIQUE (channel, user_ref)
);
CREATE INDEX subscriptions_active ON subscriptions (channel, audience, lang, id) WHERE active = 1;
CREATE INDEX subscriptions_active_id ON subscriptions (id) WHERE active = 1;
CREATE INDEX subscriptions_address ON subscriptions (channel, address);
CREATE INDEX subscriptions_deactivated ON subscriptions (deactivated_at) WHERE active = 0;

-- Webhook deliveries already handled (platforms retry; we must not answer twice).
CREATE TABLE processed_events (
  channel TEXT NOT NULL,
  event_id TEXT NOT NULL,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (channel, event_id)
);
CREATE INDEX processed_events_seen ON processed_events (seen_at);

-- Fixed-window counters: one row per key, reset when its window ends.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  reset_at INTEGER NOT NULL,
  count INTEGER NOT NULL
);
CREATE INDEX rate_limits_reset ON rate_limits (reset_at);

-- Maps a message posted to a staff chat to its question, so that replying to
-- that message answers the question.
CREATE TABLE staff_messages (
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'discord')),
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (channel, chat_id, message_id)
);
CREATE INDEX staff_messages_question ON staff_messages (question_id);
CREATE INDEX staff_messages_created ON staff_messages (created_at);

-- News written in the staff console (content/updates holds the vetted files).
CREATE TABLE updates (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  -- JSON arrays, e.g. ["residents","neighbours"] and ["cs","uk"].
  audiences TEXT NOT NULL,
  langs TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  created_at INTEGER NOT NULL,
  created_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  -- The second person of the four-eyes rule (or the author when it is off).
  approved_by TEXT REFERENCES staff_users (id) ON DELETE SET NULL,
  published_at INTEGER
);
CREATE INDEX updates_published ON updates (published_at) WHERE status = 'published';
CREATE INDEX updates_status_created ON updates (status, created_at);
CREATE INDEX updates_created_by ON updates (created_by);
CREATE INDEX updates_approved_by ON updates (approved_by);

-- "Pomohlo to?" answers; anonymous by design.
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  entry_id TEXT NOT NULL,
  lang TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  channel TEXT NOT NULL CHECK (channel IN ('web', 'telegram', 'whatsapp', 'discord')),
  created_at INTEGER NOT NULL
);
CREATE INDEX feedback_entry ON feedback (entry_id, lang);
CREATE INDEX feedback_created ON feedback (created_at);

-- Every staff action. staff_id has no foreign key on purpose: the record of
-- who did what must outlive the account.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  staff_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_staff ON audit_log (staff_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);

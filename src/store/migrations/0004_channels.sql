-- WhatsApp and Discord. No phone numbers and no Discord user ids here:
-- statuses are keyed by the platform's message id, staff links by the
-- pseudonymous user ref (src/privacy/user-ref.ts).

-- Delivery statistics: the latest status Meta reported for each message we sent.
CREATE TABLE whatsapp_statuses (
  message_id TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('sent', 'delivered', 'read', 'failed')),
  -- Meta's error code of a failed message (e.g. 131047: outside the 24-hour window).
  error_code INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX whatsapp_statuses_created ON whatsapp_statuses (created_at);

-- Discord accounts linked to staff users (/propojit <code>): only they may
-- answer forwarded questions from the Discord staff channel.
CREATE TABLE discord_staff_links (
  user_ref TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL UNIQUE REFERENCES staff_users (id) ON DELETE CASCADE,
  linked_at INTEGER NOT NULL
);

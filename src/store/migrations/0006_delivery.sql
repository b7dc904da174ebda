-- Delivery of updates (and meeting reminders) to subscribers: one outbox row
-- per message to send, drained by the dispatcher (src/delivery). Plain SQLite
-- that D1 also runs.

-- A broadcast: one published update or one meeting reminder put into the
-- outbox. Written in the same batch as its outbox rows, so "enqueued" is all
-- or nothing and a second publish (or a second job run) enqueues nothing new.
CREATE TABLE broadcasts (
  -- The update id, or 'meeting:<meeting id>:<starts>' for a reminder.
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('update', 'reminder')),
  enqueued_at INTEGER NOT NULL,
  -- Outbox rows written when it was enqueued.
  total INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX broadcasts_enqueued ON broadcasts (enqueued_at);

-- One message to one subscriber (or to the Discord announce channel, with
-- subscription_id 0). The address is NOT copied here: it is read from
-- subscriptions when the row is claimed, so /forget also stops delivery.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  -- broadcasts.key (no foreign key: rows are written in the same batch, before it).
  broadcast_key TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'discord')),
  subscription_id INTEGER NOT NULL,
  -- The language version to send (the subscriber's, or Czech when missing).
  lang TEXT NOT NULL,
  -- pending: waiting; sending: claimed by a dispatcher (lease_until); sent;
  -- failed: gave up; blocked: the person blocked the bot; skipped: nothing
  -- was sent on purpose (WhatsApp outside the 24-hour window, unsubscribed).
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'skipped')),
  -- Failed attempts so far (rate limiting does not count).
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Not to be sent before this time (back-off, rate-limit pauses).
  next_at INTEGER NOT NULL,
  lease_until INTEGER,
  lease_owner TEXT,
  sent_at INTEGER,
  -- Short machine reason of the last failure (e.g. 'status:502'), never message text.
  last_error TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (broadcast_key, channel, subscription_id)
);
CREATE INDEX outbox_pending ON outbox (channel, id) WHERE status = 'pending';
CREATE INDEX outbox_sending ON outbox (lease_until) WHERE status = 'sending';
-- Progress counts per broadcast use the UNIQUE index (broadcast_key first):
-- no (broadcast_key, status) index, which every status change would rewrite.
CREATE INDEX outbox_subscription ON outbox (subscription_id);

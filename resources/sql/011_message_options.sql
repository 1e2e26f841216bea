-- Migration 11: the options a message was sent with on its own (validity, priority, text storage,
-- fallback texts), as JSON, so sending it again sends the same message. A campaign's messages keep
-- theirs in the campaign; older messages have none.
ALTER TABLE messages ADD COLUMN send_options TEXT NOT NULL DEFAULT '';

-- Migration 9: campaigns (one template to a list), their messages in the journal, what the dry run
-- skipped, each profile's pace, and an append-only audit log.
CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    profile_id    INTEGER NOT NULL REFERENCES profiles(id),
    template_id   INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    template_json TEXT    NOT NULL,             -- the template as it was when the campaign was made
    bindings_json TEXT    NOT NULL DEFAULT '{}',
    options_json  TEXT    NOT NULL DEFAULT '{}', -- validity, priority, fallbacks…
    list_id       INTEGER REFERENCES recipient_lists(id) ON DELETE SET NULL,
    list_name     TEXT    NOT NULL DEFAULT '',
    state         TEXT    NOT NULL,             -- running, paused, held, cancelled, finished
    scheduled_for TEXT    NOT NULL DEFAULT '',
    rate          REAL    NOT NULL DEFAULT 0,   -- messages per second; 0 = the profile's pace
    created_by    TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    finished_at   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX campaigns_state ON campaigns(state);

-- A message of a campaign; retry_of names the message it re-sends, and that one is then superseded.
ALTER TABLE messages ADD COLUMN campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE;
ALTER TABLE messages ADD COLUMN list_position INTEGER NOT NULL DEFAULT -1;
ALTER TABLE messages ADD COLUMN retry_of INTEGER REFERENCES messages(id) ON DELETE SET NULL;
ALTER TABLE messages ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_campaign ON messages(campaign_id, superseded, state);

-- The recipients the dry run left out, and why, so the report outlives the dialog.
CREATE TABLE campaign_skips (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    phone       TEXT    NOT NULL,
    reason      TEXT    NOT NULL, -- a stable key: invalid, duplicate, opted_out, empty, values
    detail      TEXT    NOT NULL  -- in words
);
CREATE INDEX campaign_skips_campaign ON campaign_skips(campaign_id);

-- Each profile's pace in messages per second; 0 = the provider's documented default.
ALTER TABLE profiles ADD COLUMN send_rate REAL NOT NULL DEFAULT 0;

-- Who did what, when. Rows are only ever added: the triggers refuse changes and deletions.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT    NOT NULL,
    os_user     TEXT    NOT NULL,
    campaign_id INTEGER,
    message_id  INTEGER,
    action      TEXT    NOT NULL, -- created, sent, paused, resumed, cancelled, retried, resent_unknown, test_sent, …
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_campaign ON audit_log(campaign_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

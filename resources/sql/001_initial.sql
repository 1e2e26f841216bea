-- Herald schema, migration 1. Secrets are never stored here: profiles keep only the keychain entry name.
CREATE TABLE profiles (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,
    base_url    TEXT    NOT NULL,
    username    TEXT    NOT NULL DEFAULT '',
    sender      TEXT    NOT NULL DEFAULT '',
    secret_key  TEXT    NOT NULL UNIQUE,
    is_sandbox  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE templates (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    language    TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    header_text TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    footer      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (name, language)
);

-- The message journal: a row is committed before its request leaves, so nothing is lost or sent twice.
CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    profile_id          INTEGER NOT NULL REFERENCES profiles(id),
    template_id         INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    template_name       TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    recipient           TEXT    NOT NULL,
    rendered_body       TEXT    NOT NULL,
    parameters          TEXT    NOT NULL,
    state               TEXT    NOT NULL,
    provider_message_id TEXT,
    provider_status     TEXT    NOT NULL DEFAULT '',
    error_code          TEXT    NOT NULL DEFAULT '',
    error_text          TEXT    NOT NULL DEFAULT '',
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX messages_state ON messages(state);
CREATE INDEX messages_provider_id ON messages(provider_message_id);

CREATE TABLE status_events (
    id              INTEGER PRIMARY KEY,
    message_id      INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    state           TEXT    NOT NULL,
    provider_status TEXT    NOT NULL DEFAULT '',
    channel         TEXT    NOT NULL DEFAULT '',
    error_code      TEXT    NOT NULL DEFAULT '',
    error_text      TEXT    NOT NULL DEFAULT '',
    occurred_at     TEXT    NOT NULL
);
CREATE INDEX status_events_message ON status_events(message_id);

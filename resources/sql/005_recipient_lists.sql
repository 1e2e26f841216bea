-- Migration 5: saved recipient lists. Every row read is kept, including those whose number could
-- not be read (e164 empty, problem in words), so an import never silently drops anyone.
CREATE TABLE recipient_lists (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    columns      TEXT    NOT NULL,
    phone_column INTEGER NOT NULL,
    source       TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

CREATE TABLE recipient_rows (
    id          INTEGER PRIMARY KEY,
    list_id     INTEGER NOT NULL REFERENCES recipient_lists(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    source_line INTEGER NOT NULL DEFAULT 0,
    phone       TEXT    NOT NULL,
    e164        TEXT    NOT NULL DEFAULT '',
    problem     TEXT    NOT NULL DEFAULT '',
    cells       TEXT    NOT NULL
);
CREATE INDEX recipient_rows_list ON recipient_rows(list_id, position);
CREATE INDEX recipient_rows_e164 ON recipient_rows(e164);

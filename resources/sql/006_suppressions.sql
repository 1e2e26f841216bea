-- Migration 6: the opt-out (suppression) list, shared by every provider and profile. One row per
-- number; the first entry is kept (its date and reason are the record of when the person asked),
-- and nothing but an operator's explicit removal ever deletes one: importing a list never does.
CREATE TABLE suppressions (
    e164     TEXT NOT NULL PRIMARY KEY,
    reason   TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

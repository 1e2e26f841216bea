-- Migration 7: each list row keeps its fate from the import (valid, invalid, duplicate, suppressed,
-- empty), lists know their name column, and the column mapping of a header row is remembered.
ALTER TABLE recipient_lists ADD COLUMN name_column INTEGER NOT NULL DEFAULT -1;
ALTER TABLE recipient_rows ADD COLUMN fate TEXT NOT NULL DEFAULT 'valid';
UPDATE recipient_rows SET fate = CASE WHEN trim(phone) = '' THEN 'empty' ELSE 'invalid' END WHERE e164 = '';

CREATE TABLE import_mappings (
    header_key   TEXT PRIMARY KEY,
    phone_column TEXT NOT NULL,
    name_column  TEXT NOT NULL DEFAULT '',
    delimiter    TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

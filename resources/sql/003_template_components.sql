-- Migration 3: header formats, buttons and examples, and what a template synced from a provider carries.
-- The defaults describe every existing row as it was: a text header (empty = none), no buttons, entered by hand.
ALTER TABLE templates ADD COLUMN header_format TEXT NOT NULL DEFAULT 'text';
ALTER TABLE templates ADD COLUMN buttons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE templates ADD COLUMN examples TEXT NOT NULL DEFAULT '{}';
ALTER TABLE templates ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN provider_template_id TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN synced_at TEXT NOT NULL DEFAULT '';

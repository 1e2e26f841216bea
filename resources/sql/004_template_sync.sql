-- Migration 4: templates synced from Messente, and how Bird and Kaleyra address a template.
-- The defaults describe every existing row as it was: no WABA, Bird keys as the variables' names,
-- Kaleyra's language as Meta's.
ALTER TABLE profiles ADD COLUMN waba_id TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN bird_variable_keys TEXT NOT NULL DEFAULT '{}';
ALTER TABLE templates ADD COLUMN kaleyra_lang_code TEXT NOT NULL DEFAULT '';
-- When each profile last read its provider's template list to the end.
CREATE TABLE template_syncs (
    profile_id     INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
    synced_at      TEXT    NOT NULL,
    template_count INTEGER NOT NULL DEFAULT 0
);

-- Migration 10: the provider's own answer that brought each status change (formatted JSON, secrets
-- masked, at most 16 KB), so the operator can read exactly what the provider said. Older events and
-- the changes Herald makes itself have none.
ALTER TABLE status_events ADD COLUMN raw TEXT NOT NULL DEFAULT '';

-- Migration 2: what Bird and Kaleyra profiles and templates need, and callback routes.
ALTER TABLE profiles ADD COLUMN workspace_id TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN bird_auth_scheme TEXT NOT NULL DEFAULT 'accesskey';
ALTER TABLE profiles ADD COLUMN account_sid TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN callback_listen TEXT NOT NULL DEFAULT '';
ALTER TABLE profiles ADD COLUMN callback_public_url TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN bird_project_id TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN bird_version TEXT NOT NULL DEFAULT '';
ALTER TABLE templates ADD COLUMN kaleyra_name TEXT NOT NULL DEFAULT '';
-- Which channel of an omnichannel chain speaks for the message now, and when a scheduled one leaves.
ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN scheduled_for TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS messages_recipient ON messages(recipient);

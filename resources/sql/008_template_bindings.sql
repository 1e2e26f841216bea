-- Migration 8: how each template's values were last filled in the composer (fixed values, list
-- columns, fallbacks, parameter types), so a template is ready as it was left.
CREATE TABLE template_bindings (
    template_id INTEGER PRIMARY KEY REFERENCES templates(id) ON DELETE CASCADE,
    bindings    TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- ZoneReader library schema, version 9: the reader's corrections and the zones the reader added to the gazetteer.
-- Like the other user data, corrections are keyed by page content hash and item number, with no foreign key, so they
-- outlive the article rows they apply to; each keeps the start of its item's text to find the item again.
-- V1 reserved a corrections table (article_key, field, old/new value) that no release ever wrote a row to; its shape
-- cannot anchor a split or a merge by text, so it gives way to this one.
DROP INDEX IF EXISTS corrections_article;
DROP TABLE corrections;

CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    page_hash    TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    last_ordinal INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('title', 'subtitle', 'zone', 'kind', 'not_article', 'split', 'merge', 'reviewed')),
    value        TEXT NOT NULL,
    anchor       TEXT NOT NULL,
    context      TEXT NOT NULL DEFAULT '',
    engine_value TEXT NOT NULL DEFAULT '',
    applied      INTEGER NOT NULL DEFAULT 1 CHECK (applied IN (0, 1)),
    created_at   TEXT NOT NULL
);
CREATE INDEX corrections_page ON corrections(page_hash, ordinal);

CREATE TABLE user_zones (
    short_name TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    province   TEXT NOT NULL,
    city       TEXT NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE TRIGGER corrections_insert_counted AFTER INSERT ON corrections
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER corrections_update_counted AFTER UPDATE ON corrections
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER corrections_delete_counted AFTER DELETE ON corrections
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

CREATE TRIGGER user_zones_insert_counted AFTER INSERT ON user_zones
BEGIN UPDATE change_count SET changes = changes + 1 WHERE id = 1; END;

-- ZoneReader library schema, version 1.
-- Imported data (pages … key_figures, search tables) can always be rebuilt from the page files;
-- user data (bookmarks … corrections) cannot, so it is keyed by a stable article key
-- (page content hash + ':' + ordinal) and has no foreign key that a re-import could cascade through.

CREATE TABLE zones (
    short_name    TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    province      TEXT NOT NULL,
    city          TEXT NOT NULL,
    approved_year INTEGER NOT NULL,
    aliases       TEXT NOT NULL DEFAULT '[]'   -- JSON array of strings
);

CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,
    imported_at   TEXT NOT NULL,               -- ISO-8601 instant
    source_paper  TEXT,
    source_date   TEXT,
    source_page   TEXT,
    item_count    INTEGER NOT NULL,            -- written with the page; a crash check compares it to the article rows
    warnings      TEXT NOT NULL DEFAULT '[]',
    unknown_zones TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    page_id        INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('article', 'photo', 'ad')),
    title          TEXT NOT NULL,
    display_title  TEXT NOT NULL,               -- the title, else the start of the body (Article.displayTitle)
    subtitle       TEXT NOT NULL,
    byline         TEXT NOT NULL,
    byline_names   TEXT NOT NULL DEFAULT '[]',
    zone_short     TEXT REFERENCES zones(short_name),
    province       TEXT NOT NULL DEFAULT '',
    photo_captions TEXT NOT NULL DEFAULT '[]',
    warnings       TEXT NOT NULL DEFAULT '[]',
    UNIQUE (page_id, ordinal)
);
CREATE INDEX articles_zone ON articles(zone_short);
CREATE INDEX articles_province ON articles(province);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    heading    INTEGER NOT NULL CHECK (heading IN (0, 1)),
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id),
    source     TEXT NOT NULL CHECK (source IN ('AUTO', 'USER')),
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE key_figures (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('AMOUNT', 'PERCENT', 'COUNT', 'DATE')),
    text       TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    sentence   TEXT NOT NULL
);
CREATE INDEX key_figures_article ON key_figures(article_id);

-- Word-level search: title, body and tags, folded and segmented into words separated by spaces.
CREATE VIRTUAL TABLE search_words USING fts5(
    title, body, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_words(search_words, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');

-- Substring search for 3+ characters: the folded search document, indexed by trigrams.
-- It keeps its content, which also serves the rare full scans (short queries of punctuation).
CREATE VIRTUAL TABLE search_trigrams USING fts5(doc, tokenize = 'trigram');

-- Substring search for 1–2 characters: each distinct letter/digit and pair of adjacent letters/digits, once per article.
-- Only ever asked "which articles hold this token", so no positions are kept (detail = none: a much smaller index).
CREATE VIRTUAL TABLE search_grams USING fts5(
    grams,
    content = '', contentless_delete = 1, detail = none,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- User data: never deleted by an import.
CREATE TABLE bookmarks (
    article_key TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL
);

CREATE TABLE highlights (
    id          INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    color       TEXT NOT NULL DEFAULT 'yellow',
    created_at  TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_key);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notes_article ON notes(article_key);

CREATE TABLE read_state (
    article_key TEXT PRIMARY KEY,
    read_at     TEXT NOT NULL,
    progress    REAL NOT NULL DEFAULT 1.0
);

CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL,
    new_value   TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX corrections_article ON corrections(article_key);

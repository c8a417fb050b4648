-- ZoneReader library schema, version 3: the reader's own data, and each page's decoded text.
-- The V1 user-data tables (bookmarks, highlights, notes, read_state) were never written by any release; they are
-- replaced by the tables the reading tools need, and any rows they hold are carried over.
-- Every user-data table is keyed by the stable article key (page content hash || ':' || item ordinal) and has no
-- foreign key, so deleting or replacing a page can never cascade into what the reader made.

-- The text the engine ran on, so every article can be derived again (re-processing) from the library alone.
CREATE TABLE page_texts (
    content_hash TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    text         TEXT NOT NULL
);

-- Highlights (a quote with its context and offsets) and notes on whole articles (exact = '').
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    article_key TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('HIGHLIGHT', 'ARTICLE_NOTE')),
    color       TEXT NOT NULL,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created     TEXT NOT NULL,                  -- ISO-8601 instant
    modified    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('ANCHORED', 'ORPHANED'))
);
CREATE INDEX annotations_article ON annotations(article_key, start_char);
CREATE INDEX annotations_status ON annotations(status);

-- A V1 highlight held a paragraph and offsets in it: its quote and context are read from the article when it is
-- still there (offsets become offsets in the body text, paragraphs joined by a line break); otherwise it is kept as
-- an orphan that says where it was.
INSERT INTO annotations(uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char, text, created,
                        modified, status)
SELECT 'urn:uuid:v1-highlight-' || h.id, h.article_key, 'HIGHLIGHT',
       CASE WHEN lower(h.color) IN ('yellow', 'green', 'blue', 'pink', 'purple') THEN lower(h.color) ELSE 'yellow' END,
       CASE WHEN par.text IS NULL OR h.end_char <= h.start_char OR h.end_char > length(par.text)
            THEN '[V1 highlight: paragraph ' || h.paragraph || ', characters ' || h.start_char || '-' || h.end_char || ']'
            ELSE substr(par.text, h.start_char + 1, h.end_char - h.start_char) END,
       CASE WHEN par.text IS NULL THEN ''
            ELSE substr(par.text, max(1, h.start_char - 31), min(h.start_char, 32)) END,
       CASE WHEN par.text IS NULL THEN '' ELSE substr(par.text, h.end_char + 1, 32) END,
       coalesce(par.body_offset, 0) + h.start_char, coalesce(par.body_offset, 0) + max(h.end_char, h.start_char + 1), '',
       h.created_at, h.created_at,
       CASE WHEN par.text IS NULL OR h.end_char <= h.start_char OR h.end_char > length(par.text)
            THEN 'ORPHANED' ELSE 'ANCHORED' END
FROM highlights h
LEFT JOIN (SELECT pg.content_hash || ':' || a.ordinal AS article_key, pa.ordinal, pa.text,
                  (SELECT coalesce(sum(length(q.text) + 1), 0) FROM paragraphs q
                   WHERE q.article_id = pa.article_id AND q.ordinal < pa.ordinal) AS body_offset
           FROM paragraphs pa JOIN articles a ON a.id = pa.article_id JOIN pages pg ON pg.id = a.page_id) par
       ON par.article_key = h.article_key AND par.ordinal = h.paragraph;

INSERT INTO annotations(uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char, text, created,
                        modified, status)
SELECT 'urn:uuid:v1-note-' || id, article_key, 'ARTICLE_NOTE', 'yellow', '', '', '', 0, 0, text, created_at,
       updated_at, 'ANCHORED'
FROM notes;

CREATE TABLE bookmarks_v3 (
    article_key TEXT PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    created     TEXT NOT NULL
);
INSERT INTO bookmarks_v3(article_key, uuid, created)
SELECT article_key, 'urn:uuid:v1-bookmark-' || rowid, created_at FROM bookmarks;
DROP TABLE bookmarks;
ALTER TABLE bookmarks_v3 RENAME TO bookmarks;

-- Tags the reader put on articles; id gives the order they were added in.
CREATE TABLE user_tags (
    id          INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    label       TEXT NOT NULL,
    uuid        TEXT NOT NULL UNIQUE,
    created     TEXT NOT NULL,
    UNIQUE (article_key, label)
);
CREATE INDEX user_tags_label ON user_tags(label);

-- Automatic tags the reader removed from an article: re-processing must not bring them back.
CREATE TABLE removed_tags (
    article_key TEXT NOT NULL,
    label       TEXT NOT NULL,
    PRIMARY KEY (article_key, label)
) WITHOUT ROWID;
CREATE INDEX removed_tags_label ON removed_tags(label);

CREATE TABLE read_state_v3 (
    article_key TEXT PRIMARY KEY,
    read        INTEGER NOT NULL CHECK (read IN (0, 1)),
    scroll      REAL NOT NULL DEFAULT 0 CHECK (scroll >= 0 AND scroll <= 1),
    modified    TEXT NOT NULL
);
INSERT INTO read_state_v3(article_key, read, scroll, modified)
SELECT article_key, 1, max(0.0, min(1.0, progress)), read_at FROM read_state;
DROP TABLE read_state;
ALTER TABLE read_state_v3 RENAME TO read_state;

-- Small facts about the session, e.g. the last open article.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

DROP TABLE highlights;
DROP TABLE notes;

-- Replacing a page looks its predecessor up by file name.
CREATE INDEX pages_file_name ON pages(file_name);

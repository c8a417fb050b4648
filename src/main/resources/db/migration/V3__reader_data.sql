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
-- Every look-up is per highlight (by index), so the step costs nothing in a library without V1 highlights.
INSERT INTO annotations(uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char, text, created,
                        modified, status)
WITH located AS (
    SELECT h.*, (SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id
                 WHERE p.content_hash = substr(h.article_key, 1, instr(h.article_key, ':') - 1)
                   AND a.ordinal = CAST(substr(h.article_key, instr(h.article_key, ':') + 1) AS INTEGER)) AS article_id
    FROM highlights h
), quoted AS (
    SELECT l.*, (SELECT text FROM paragraphs WHERE article_id = l.article_id AND ordinal = l.paragraph) AS par_text,
           (SELECT coalesce(sum(length(text) + 1), 0) FROM paragraphs
            WHERE article_id = l.article_id AND ordinal < l.paragraph) AS body_offset,
           (SELECT text FROM paragraphs WHERE article_id = l.article_id AND ordinal = l.paragraph) IS NOT NULL
           AND l.start_char >= 0 AND l.end_char > l.start_char
           AND l.end_char <= length((SELECT text FROM paragraphs WHERE article_id = l.article_id AND ordinal = l.paragraph))
               AS found
    FROM located l
)
SELECT 'urn:uuid:v1-highlight-' || id, article_key, 'HIGHLIGHT',
       CASE WHEN lower(color) IN ('yellow', 'green', 'blue', 'pink', 'purple') THEN lower(color) ELSE 'yellow' END,
       CASE WHEN found THEN substr(par_text, start_char + 1, end_char - start_char)
            ELSE '[V1 highlight: paragraph ' || paragraph || ', characters ' || start_char || '-' || end_char || ']' END,
       CASE WHEN found THEN substr(par_text, max(1, start_char - 31), min(start_char, 32)) ELSE '' END,
       CASE WHEN found THEN substr(par_text, end_char + 1, 32) ELSE '' END,
       CASE WHEN found THEN body_offset + start_char ELSE 0 END,
       CASE WHEN found THEN body_offset + end_char ELSE 1 END,
       '', created_at, created_at,
       CASE WHEN found THEN 'ANCHORED' ELSE 'ORPHANED' END
FROM quoted;

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

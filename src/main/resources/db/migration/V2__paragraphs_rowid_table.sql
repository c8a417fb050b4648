-- ZoneReader library schema, version 2: paragraphs move from a WITHOUT ROWID table to an ordinary one.
-- A WITHOUT ROWID row keeps at most about 1000 bytes on its page (a paragraph of ~330 Chinese characters); the rest
-- of a longer one goes to overflow pages that each hold that one row's tail. A quarter of the table was such slack,
-- and every article read (each search hit) paid extra page reads for it. An ordinary table keeps rows up to ~4000
-- bytes whole. The columns and the key stay as they were, so no query changes.
-- Freed pages are reused by later imports; VACUUM (or a backup, which is a VACUUM INTO) gives them back to the disk.

CREATE TABLE paragraphs_v2 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    text       TEXT NOT NULL,
    heading    INTEGER NOT NULL CHECK (heading IN (0, 1)),
    PRIMARY KEY (article_id, ordinal)
);

INSERT INTO paragraphs_v2(article_id, ordinal, text, heading)
SELECT article_id, ordinal, text, heading FROM paragraphs ORDER BY article_id, ordinal;

DROP TABLE paragraphs;

ALTER TABLE paragraphs_v2 RENAME TO paragraphs;

-- ZoneReader library schema, version 6: the trigram table no longer keeps a second copy of every article, nor the
-- position of every trigram. search_trigrams held the folded search document as its content (a quarter of the file)
-- and positions (three quarters of its index). Contentless and without positions it says which articles hold all of
-- a needle's trigrams; a needle longer than three characters is confirmed in the article's own text, and snippets
-- are made from that text, folded at search time. contentless_delete lets a replaced page's rows go by rowid.
CREATE VIRTUAL TABLE search_trigrams_v4 USING fts5(
    doc,
    content = '', contentless_delete = 1, detail = none,
    tokenize = 'trigram'
);

INSERT INTO search_trigrams_v4(rowid, doc) SELECT rowid, doc FROM search_trigrams;

DROP TABLE search_trigrams;

ALTER TABLE search_trigrams_v4 RENAME TO search_trigrams;

-- ZoneReader library schema, version 4: the trigram table no longer keeps a second copy of every article.
-- search_trigrams held the folded search document as its content (a third of the file). Contentless, it keeps only
-- the index: snippets are made from the articles' own text, folded at search time, and the rare check of a needle
-- the indexes cannot answer reads the same text. contentless_delete lets a replaced page's rows go by rowid.
CREATE VIRTUAL TABLE search_trigrams_v4 USING fts5(
    doc,
    content = '', contentless_delete = 1,
    tokenize = 'trigram'
);

INSERT INTO search_trigrams_v4(rowid, doc) SELECT rowid, doc FROM search_trigrams;

DROP TABLE search_trigrams;

ALTER TABLE search_trigrams_v4 RENAME TO search_trigrams;

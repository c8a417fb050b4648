-- ZoneReader library schema, version 10: a word index of titles and subtitles alone. Search lists title matches first;
-- asked of search_words with a {title} column filter, that tier read every row holding the query's words in any column
-- (10 ms at 100,000 articles for three common words that no title holds). Same words and tokenizer as search_words'
-- title column; contentless like it.
CREATE VIRTUAL TABLE search_titles USING fts5(
    title,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The titles' words come from the application's segmenter, which SQL cannot call: the store fills the table when it
-- next opens the library, and removes this mark in the same transaction.
INSERT INTO settings(key, value) SELECT 'search_titles_pending', '1' WHERE EXISTS (SELECT 1 FROM articles);

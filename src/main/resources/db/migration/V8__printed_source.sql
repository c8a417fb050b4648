-- ZoneReader library schema, version 8: the paper and page (版次) a page was printed on, where its masthead or file
-- name says (中国高新技术产业导报, 第3版); the issue date is pages.source_date. Existing pages have neither until
-- they are re-processed.
ALTER TABLE pages ADD COLUMN paper TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN page_label TEXT NOT NULL DEFAULT '';   -- as printed, without 第/版: 3, A3

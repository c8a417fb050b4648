-- ZoneReader library schema, version 4: a web copy's source line (来源：经济参考报) and publication date
-- (发布时间：2021-12-20) belong to the article, not to its text; existing articles have neither.
ALTER TABLE articles ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN source_date TEXT NOT NULL DEFAULT '';   -- ISO yyyy-MM-dd, '' when not printed

-- ZoneReader library schema, version 11: the articles counted per zone, province and month, and their automatic tags
-- per zone and province, kept by triggers in the same statement (and so the same transaction) as every write of
-- pages, articles and tags.
-- Counting the tags for the stats tab joined every article to its tags and sorted the pairs: ~90 ms at 100,000
-- articles, once for the tag chart and once more for the zone × tag map. A filter by place only (none, a province,
-- a zone) now sums the rows here; any other filter (dates, a tag, a reading mark) still counts the articles.
-- Photos and ads are not counted, as in every chart. The reader's removed and added tags are not here: they are few,
-- and the stats query subtracts and adds them from their own tables.
CREATE TABLE tag_counts (
    zone     TEXT NOT NULL,                      -- articles.zone_short, '' for an article without a zone
    tag_id   INTEGER NOT NULL,
    province TEXT NOT NULL,
    articles INTEGER NOT NULL CHECK (articles > 0),
    PRIMARY KEY (zone, tag_id, province)         -- in this order a count per (zone, tag) needs no sort
) WITHOUT ROWID;

INSERT INTO tag_counts(zone, tag_id, province, articles)
SELECT coalesce(a.zone_short, ''), x.tag_id, a.province, count(*)
FROM articles a JOIN article_tags x ON x.article_id = a.id
WHERE a.kind = 'article'
GROUP BY 1, 2, 3;

-- A page's tags are inserted after their article, which is therefore there to say its kind, zone and province.
CREATE TRIGGER article_tags_insert_counted_by_tag AFTER INSERT ON article_tags
BEGIN
    INSERT INTO tag_counts(zone, tag_id, province, articles)
    SELECT coalesce(a.zone_short, ''), new.tag_id, a.province, 1 FROM articles a
    WHERE a.id = new.article_id AND a.kind = 'article'
    ON CONFLICT (zone, tag_id, province) DO UPDATE SET articles = articles + 1;
END;

-- A tag row deleted on its own (its article stays). When the article itself is deleted, the foreign key's cascade
-- deletes its tags after the article row is gone, so this does not fire twice: the trigger below counted them off.
CREATE TRIGGER article_tags_delete_counted_by_tag AFTER DELETE ON article_tags
WHEN EXISTS (SELECT 1 FROM articles WHERE id = old.article_id AND kind = 'article')
BEGIN
    DELETE FROM tag_counts
    WHERE zone = (SELECT coalesce(zone_short, '') FROM articles WHERE id = old.article_id) AND tag_id = old.tag_id
      AND province = (SELECT province FROM articles WHERE id = old.article_id) AND articles = 1;
    UPDATE tag_counts SET articles = articles - 1
    WHERE zone = (SELECT coalesce(zone_short, '') FROM articles WHERE id = old.article_id) AND tag_id = old.tag_id
      AND province = (SELECT province FROM articles WHERE id = old.article_id);
END;

-- Before the article goes, while its tags are still there (a page deleted or replaced). A count that would fall to
-- zero is deleted first, then the rest are lowered: no row ever holds 0.
CREATE TRIGGER articles_delete_counted_by_tag BEFORE DELETE ON articles
WHEN old.kind = 'article'
BEGIN
    DELETE FROM tag_counts
    WHERE zone = coalesce(old.zone_short, '') AND province = old.province AND articles = 1
      AND tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = old.id);
    UPDATE tag_counts SET articles = articles - 1
    WHERE zone = coalesce(old.zone_short, '') AND province = old.province
      AND tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = old.id);
END;

-- No release changes an article's kind, zone or province in place (a correction writes its page again), but should
-- one, its tags move between counts here rather than the counts going quietly wrong.
CREATE TRIGGER articles_update_counted_by_tag AFTER UPDATE OF kind, zone_short, province ON articles
BEGIN
    DELETE FROM tag_counts
    WHERE old.kind = 'article' AND zone = coalesce(old.zone_short, '') AND province = old.province AND articles = 1
      AND tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = old.id);
    UPDATE tag_counts SET articles = articles - 1
    WHERE old.kind = 'article' AND zone = coalesce(old.zone_short, '') AND province = old.province
      AND tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = old.id);
    INSERT INTO tag_counts(zone, tag_id, province, articles)
    SELECT coalesce(new.zone_short, ''), x.tag_id, new.province, 1 FROM article_tags x
    WHERE x.article_id = new.id AND new.kind = 'article'
    ON CONFLICT (zone, tag_id, province) DO UPDATE SET articles = articles + 1;
END;

-- The articles themselves counted per zone, province and month (yyyy-MM of the article's date: its page's issue
-- date, else the day the page was imported), for the charts per zone, province and month and the reading table under
-- a filter by place. Counting them grouped by month and province sorted every article: ~55 ms at 100,000.
CREATE TABLE article_counts (
    zone     TEXT NOT NULL,                      -- articles.zone_short, '' for an article without a zone
    province TEXT NOT NULL,
    month    TEXT NOT NULL,
    articles INTEGER NOT NULL CHECK (articles > 0),
    PRIMARY KEY (zone, province, month)
) WITHOUT ROWID;

INSERT INTO article_counts(zone, province, month, articles)
SELECT coalesce(a.zone_short, ''), a.province, substr(coalesce(p.source_date, substr(p.imported_at, 1, 10)), 1, 7),
       count(*)
FROM articles a JOIN pages p ON p.id = a.page_id
WHERE a.kind = 'article'
GROUP BY 1, 2, 3;

-- The page is written before its articles, so it is there to give their month.
CREATE TRIGGER articles_insert_counted_by_month AFTER INSERT ON articles
WHEN new.kind = 'article'
BEGIN
    INSERT INTO article_counts(zone, province, month, articles)
    SELECT coalesce(new.zone_short, ''), new.province,
           substr(coalesce(p.source_date, substr(p.imported_at, 1, 10)), 1, 7), 1
    FROM pages p WHERE p.id = new.page_id
    ON CONFLICT (zone, province, month) DO UPDATE SET articles = articles + 1;
END;

-- An article deleted on its own. When its page is deleted, the cascade deletes the articles after the page row is
-- gone (their month with it), so the page's own trigger below counts them off and this one does not fire.
CREATE TRIGGER articles_delete_counted_by_month AFTER DELETE ON articles
WHEN old.kind = 'article' AND EXISTS (SELECT 1 FROM pages WHERE id = old.page_id)
BEGIN
    DELETE FROM article_counts
    WHERE zone = coalesce(old.zone_short, '') AND province = old.province AND articles = 1
      AND month = (SELECT substr(coalesce(source_date, substr(imported_at, 1, 10)), 1, 7) FROM pages WHERE id = old.page_id);
    UPDATE article_counts SET articles = articles - 1
    WHERE zone = coalesce(old.zone_short, '') AND province = old.province
      AND month = (SELECT substr(coalesce(source_date, substr(imported_at, 1, 10)), 1, 7) FROM pages WHERE id = old.page_id);
END;

-- Before a page goes, its articles are counted off per zone and province: a count the page's articles make up whole
-- is deleted, the others are lowered by the page's share.
CREATE TRIGGER pages_delete_counted_by_month BEFORE DELETE ON pages
BEGIN
    DELETE FROM article_counts
    WHERE month = substr(coalesce(old.source_date, substr(old.imported_at, 1, 10)), 1, 7)
      AND articles = (SELECT count(*) FROM articles a WHERE a.page_id = old.id AND a.kind = 'article'
                      AND coalesce(a.zone_short, '') = article_counts.zone AND a.province = article_counts.province);
    UPDATE article_counts
    SET articles = articles - (SELECT count(*) FROM articles a WHERE a.page_id = old.id AND a.kind = 'article'
                               AND coalesce(a.zone_short, '') = article_counts.zone
                               AND a.province = article_counts.province)
    WHERE month = substr(coalesce(old.source_date, substr(old.imported_at, 1, 10)), 1, 7);
END;

-- No release changes an article's place or kind or a page's date in place; should one, the counts follow.
CREATE TRIGGER articles_update_counted_by_month AFTER UPDATE OF kind, zone_short, province, page_id ON articles
BEGIN
    DELETE FROM article_counts
    WHERE old.kind = 'article' AND zone = coalesce(old.zone_short, '') AND province = old.province AND articles = 1
      AND month = (SELECT substr(coalesce(source_date, substr(imported_at, 1, 10)), 1, 7) FROM pages WHERE id = old.page_id);
    UPDATE article_counts SET articles = articles - 1
    WHERE old.kind = 'article' AND zone = coalesce(old.zone_short, '') AND province = old.province
      AND month = (SELECT substr(coalesce(source_date, substr(imported_at, 1, 10)), 1, 7) FROM pages WHERE id = old.page_id);
    INSERT INTO article_counts(zone, province, month, articles)
    SELECT coalesce(new.zone_short, ''), new.province,
           substr(coalesce(p.source_date, substr(p.imported_at, 1, 10)), 1, 7), 1
    FROM pages p WHERE p.id = new.page_id AND new.kind = 'article'
    ON CONFLICT (zone, province, month) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER pages_update_counted_by_month AFTER UPDATE OF source_date, imported_at ON pages
WHEN substr(coalesce(old.source_date, substr(old.imported_at, 1, 10)), 1, 7)
     IS NOT substr(coalesce(new.source_date, substr(new.imported_at, 1, 10)), 1, 7)
BEGIN
    DELETE FROM article_counts
    WHERE month = substr(coalesce(old.source_date, substr(old.imported_at, 1, 10)), 1, 7)
      AND articles = (SELECT count(*) FROM articles a WHERE a.page_id = old.id AND a.kind = 'article'
                      AND coalesce(a.zone_short, '') = article_counts.zone AND a.province = article_counts.province);
    UPDATE article_counts
    SET articles = articles - (SELECT count(*) FROM articles a WHERE a.page_id = old.id AND a.kind = 'article'
                               AND coalesce(a.zone_short, '') = article_counts.zone
                               AND a.province = article_counts.province)
    WHERE month = substr(coalesce(old.source_date, substr(old.imported_at, 1, 10)), 1, 7);
    INSERT INTO article_counts(zone, province, month, articles)
    SELECT coalesce(a.zone_short, ''), a.province, substr(coalesce(new.source_date, substr(new.imported_at, 1, 10)), 1, 7),
           count(*)
    FROM articles a WHERE a.page_id = new.id AND a.kind = 'article'
    GROUP BY 1, 2
    ON CONFLICT (zone, province, month) DO UPDATE SET articles = articles + excluded.articles;
END;

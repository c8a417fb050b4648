-- ZoneReader library schema, version 11: the automatic tags of the articles counted per zone and province, kept
-- by triggers in the same statement (and so the same transaction) as every write of articles and their tags.
-- Counting them for the stats tab joined every article to its tags and sorted the pairs: ~200 ms at 100,000
-- articles, once for the tag chart and once more for the zone × tag map. A filter by place only (none, a province,
-- a zone) now sums a few thousand rows here; any other filter (dates, a tag, a reading mark) still counts the pairs.
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

package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the reader made, across the library, each with its article as it is now: highlights and notes, and
 * bookmarks and tags as annotations of their own kinds (what an export writes). One query per table, then filtered
 * here, because the text filter compares folded text (Traditional = Simplified), which SQL cannot.
 */
final class AnnotationList {
    private record ArticleInfo(long id, String title, String zone, String province, String date, String file) {
        static final ArticleInfo GONE = new ArticleInfo(0, "", "", "", "", "");
    }

    private final Connection connection;
    private final AnnotationTable annotations;
    private final TagEdits tags;
    private final TextFolder folder;

    AnnotationList(Connection connection, TextFolder folder) {
        this.connection = connection;
        this.annotations = new AnnotationTable(connection);
        this.tags = new TagEdits(connection);
        this.folder = folder;
    }

    /** The matching annotations in article order (articles that are gone last), then text order. */
    List<AnnotationRow> rows(AnnotationFilter filter) throws SQLException {
        List<Annotation> all = new ArrayList<>(annotations.all());
        List<WholeArticleMark> marks = wholeArticleMarks();
        // Only the articles the reader marked are looked up: describing every article (100,000 titles and tag lists,
        // some 70 MB of heap) each time an article opened (its orphans are listed) made the window's heap grow by that.
        Set<String> keys = new HashSet<>();
        all.forEach(annotation -> keys.add(annotation.article().storageKey()));
        marks.forEach(mark -> keys.add(mark.key()));
        String keysJson = JsonStrings.encode(List.copyOf(keys));
        Map<String, ArticleInfo> articles = articles(keysJson);
        Map<String, List<String>> visibleTags = tags.visibleTagsOf(keysJson);
        marks.forEach(mark -> all.add(mark.annotation(articles.containsKey(mark.key()))));
        String needle = filter.text().isBlank() ? "" : fold(filter.text().strip());
        List<AnnotationRow> rows = new ArrayList<>();
        for (Annotation annotation : all) {
            String key = annotation.article().storageKey();
            ArticleInfo article = articles.getOrDefault(key, ArticleInfo.GONE);
            List<String> articleTags = visibleTags.getOrDefault(key, List.of());
            if (matches(filter, annotation, article, articleTags, needle)) {
                rows.add(new AnnotationRow(annotation, article.id(), article.title(), article.zone(), article.province(),
                        article.date(), article.file(), articleTags));
            }
        }
        rows.sort(Comparator.comparing((AnnotationRow row) -> row.articleId() == 0)
                .thenComparingLong(AnnotationRow::articleId)
                .thenComparing(row -> row.annotation().article().storageKey())
                .thenComparingInt(row -> row.annotation().anchor().start())
                .thenComparingLong(row -> row.annotation().id()));
        return rows;
    }

    private boolean matches(AnnotationFilter filter, Annotation annotation, ArticleInfo article, List<String> articleTags,
                            String needle) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(annotation.kind())) {
            return false;
        }
        if (!filter.colors().isEmpty() && annotation.kind() == AnnotationKind.HIGHLIGHT
                && !filter.colors().contains(annotation.color())) {
            return false;
        }
        if (!filter.status().isEmpty() && !filter.status().contains(annotation.status())) {
            return false;
        }
        if (!filter.zone().isBlank() && !filter.zone().equals(article.zone())) {
            return false;
        }
        if (!filter.tag().isBlank() && !articleTags.contains(filter.tag())) {
            return false;
        }
        return needle.isEmpty() || fold(annotation.anchor().exact() + "\n" + annotation.text()).contains(needle);
    }

    /** A bookmark or a reader's tag, which {@link #rows} lists as an annotation of the whole article. */
    private record WholeArticleMark(String key, String uuid, Instant created, AnnotationKind kind, String label) {
        /** The mark as an annotation; orphaned when its article is gone. */
        Annotation annotation(boolean articleExists) {
            return new Annotation(0, uuid, ArticleKey.fromStorageKey(key), kind, HighlightColor.YELLOW,
                    TextAnchor.WHOLE_ARTICLE, label, created, created,
                    articleExists ? AnchorStatus.ANCHORED : AnchorStatus.ORPHANED);
        }
    }

    private List<WholeArticleMark> wholeArticleMarks() throws SQLException {
        List<WholeArticleMark> marks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT article_key, uuid, created, 'BOOKMARK', '' FROM bookmarks
                UNION ALL SELECT article_key, uuid, created, 'TAG', label FROM user_tags""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                marks.add(new WholeArticleMark(rows.getString(1), rows.getString(2), Instant.parse(rows.getString(3)),
                        AnnotationKind.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        return marks;
    }

    /** The articles of these keys (a JSON array) that still exist, by key: one query, each found by its indexes. */
    private Map<String, ArticleInfo> articles(String keysJson) throws SQLException {
        Map<String, ArticleInfo> articles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT k.value, a.id, a.display_title, coalesce(a.zone_short, ''), a.province, coalesce(p.source_date, ''),
                       p.file_name
                FROM json_each(?) k JOIN pages p JOIN articles a ON a.page_id = p.id AND"""
                + " " + ArticleKeys.matches("k.value"))) {
            select.setString(1, keysJson);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    articles.put(row.getString(1), new ArticleInfo(row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7)));
                }
            }
        }
        return articles;
    }

    private String fold(String text) {
        return TextFolder.safely(folder, text).toLowerCase(java.util.Locale.ROOT);
    }
}

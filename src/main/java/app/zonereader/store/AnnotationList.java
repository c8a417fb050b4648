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
import java.util.List;
import java.util.Map;

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
        Map<String, ArticleInfo> articles = articles();
        Map<String, List<String>> visibleTags = tags.visibleTagsByArticle();
        List<Annotation> all = new ArrayList<>(annotations.all());
        all.addAll(wholeArticleMarks(articles));
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

    /** Bookmarks and the reader's tags, as annotations; orphaned when their article is gone. */
    private List<Annotation> wholeArticleMarks(Map<String, ArticleInfo> articles) throws SQLException {
        List<Annotation> marks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT article_key, uuid, created, 'BOOKMARK', '' FROM bookmarks
                UNION ALL SELECT article_key, uuid, created, 'TAG', label FROM user_tags""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String key = rows.getString(1);
                Instant created = Instant.parse(rows.getString(3));
                AnchorStatus status = articles.containsKey(key) ? AnchorStatus.ANCHORED : AnchorStatus.ORPHANED;
                marks.add(new Annotation(0, rows.getString(2), ArticleKey.fromStorageKey(key),
                        AnnotationKind.valueOf(rows.getString(4)), HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE,
                        rows.getString(5), created, created, status));
            }
        }
        return marks;
    }

    private Map<String, ArticleInfo> articles() throws SQLException {
        Map<String, ArticleInfo> articles = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT p.content_hash || ':' || a.ordinal, a.id, a.display_title, coalesce(a.zone_short, ''), a.province,
                       coalesce(p.source_date, ''), p.file_name
                FROM articles a JOIN pages p ON p.id = a.page_id""");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                articles.put(rows.getString(1), new ArticleInfo(rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7)));
            }
        }
        return articles;
    }

    private String fold(String text) {
        return TextFolder.safely(folder, text).toLowerCase(java.util.Locale.ROOT);
    }
}

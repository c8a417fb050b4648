package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Highlights and article notes, keyed by article key; the rows survive every re-import and re-processing. */
final class AnnotationTable {
    static final String COLUMNS = "id, uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char, text,"
            + " created, modified, status";

    private final Connection connection;

    AnnotationTable(Connection connection) {
        this.connection = connection;
    }

    /** Stores a highlight or an article note; its id is ignored and the stored one returned. */
    Annotation insert(Annotation annotation) throws SQLException {
        if (annotation.kind() != AnnotationKind.HIGHLIGHT && annotation.kind() != AnnotationKind.ARTICLE_NOTE) {
            throw new IllegalArgumentException("the annotations table keeps highlights and notes, not " + annotation.kind());
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO annotations(uuid, article_key, kind, color, exact, prefix, suffix, start_char, end_char,
                                        text, created, modified, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            TextAnchor anchor = annotation.anchor();
            insert.setString(1, annotation.uuid());
            insert.setString(2, annotation.article().storageKey());
            insert.setString(3, annotation.kind().name());
            insert.setString(4, annotation.color().code());
            insert.setString(5, anchor.exact());
            insert.setString(6, anchor.prefix());
            insert.setString(7, anchor.suffix());
            insert.setInt(8, anchor.start());
            insert.setInt(9, anchor.end());
            insert.setString(10, annotation.text());
            insert.setString(11, annotation.created().toString());
            insert.setString(12, annotation.modified().toString());
            insert.setString(13, annotation.status().name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return withId(annotation, keys.getLong(1));
            }
        }
    }

    Optional<Annotation> find(long id) throws SQLException {
        List<Annotation> found = select("WHERE id = ?", id);
        return found.stream().findFirst();
    }

    boolean hasUuid(String uuid) throws SQLException {
        return !select("WHERE uuid = ?", uuid).isEmpty();
    }

    /** The article's anchored highlights in text order. */
    List<Annotation> highlights(ArticleKey article) throws SQLException {
        return select("WHERE article_key = ? AND kind = 'HIGHLIGHT' AND status = 'ANCHORED' ORDER BY start_char, id",
                article.storageKey());
    }

    Optional<Annotation> articleNote(ArticleKey article) throws SQLException {
        return select("WHERE article_key = ? AND kind = 'ARTICLE_NOTE' ORDER BY id", article.storageKey()).stream()
                .findFirst();
    }

    /** Every highlight and note on the items of a page, anchored or orphaned. */
    List<Annotation> onPage(String contentHash) throws SQLException {
        // Keys are "<hash>:<ordinal>"; ';' follows ':' in every collation, so this is a range scan of the index.
        return select("WHERE article_key > ? AND article_key < ? ORDER BY id", contentHash + ":", contentHash + ";");
    }

    /** Every highlight and note, in article key then text order. */
    List<Annotation> all() throws SQLException {
        return select("ORDER BY article_key, start_char, id");
    }

    void update(long id, HighlightColor color, String text, Instant modified) throws SQLException {
        execute("UPDATE annotations SET color = ?, text = ?, modified = ? WHERE id = ?",
                color.code(), text, modified.toString(), id);
    }

    /** Puts an annotation on an article and a place in its text (or leaves it orphaned under a key). */
    void place(long id, ArticleKey article, TextAnchor anchor, AnchorStatus status) throws SQLException {
        execute("""
                UPDATE annotations SET article_key = ?, exact = ?, prefix = ?, suffix = ?, start_char = ?, end_char = ?,
                                       status = ? WHERE id = ?""",
                article.storageKey(), anchor.exact(), anchor.prefix(), anchor.suffix(), anchor.start(), anchor.end(),
                status.name(), id);
    }

    void touch(long id, Instant modified) throws SQLException {
        execute("UPDATE annotations SET modified = ? WHERE id = ?", modified.toString(), id);
    }

    void delete(long id) throws SQLException {
        execute("DELETE FROM annotations WHERE id = ?", id);
    }

    static Annotation withId(Annotation annotation, long id) {
        return new Annotation(id, annotation.uuid(), annotation.article(), annotation.kind(), annotation.color(),
                annotation.anchor(), annotation.text(), annotation.created(), annotation.modified(), annotation.status());
    }

    private List<Annotation> select(String where, Object... parameters) throws SQLException {
        List<Annotation> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM annotations " + where)) {
            Sql.bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        return found;
    }

    private static Annotation read(ResultSet row) throws SQLException {
        TextAnchor anchor = new TextAnchor(row.getString(6), row.getString(7), row.getString(8), row.getInt(9),
                row.getInt(10));
        return new Annotation(row.getLong(1), row.getString(2), ArticleKey.fromStorageKey(row.getString(3)),
                AnnotationKind.valueOf(row.getString(4)), HighlightColor.fromCode(row.getString(5)), anchor,
                row.getString(11), Instant.parse(row.getString(12)), Instant.parse(row.getString(13)),
                AnchorStatus.valueOf(row.getString(14)));
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        Sql.update(connection, sql, parameters);
    }
}

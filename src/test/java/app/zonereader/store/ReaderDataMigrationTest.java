package app.zonereader.store;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.ArticleMarks;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V3 replaces the unused V1 user-data tables; whatever rows a V2 library holds in them are carried over. */
class ReaderDataMigrationTest {
    private static final String HASH = "c".repeat(64);
    private static final ArticleKey ARTICLE = new ArticleKey(HASH, 0);
    private static final ArticleKey GONE = new ArticleKey("d".repeat(64), 4);

    @TempDir
    Path dir;

    @Test
    void aV2LibraryWithUserDataKeepsItAll() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database v2 = Database.open(file, Migrations.standard().upTo(2))) {
            LaterColumns.add(v2.connection(), 2);
            SearchIndex index = new SearchIndex(v2.connection(), new DictionarySplitter(), TextFolder.identity());
            new PageWriter(v2.connection(), index, Clock.systemUTC()).store(
                    new Page("a.txt", HASH, List.of(LibraryStoreTest.fullArticle()), List.of(), List.of()));
            LaterColumns.drop(v2.connection(), 2);
            insertV1Rows(v2.connection());
        }

        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            ReaderData data = store.readerData();
            ArticleMarks marks = data.marks(ARTICLE);
            assertTrue(marks.bookmarked());
            assertTrue(marks.read());
            assertEquals(0.4, marks.scrollPosition());
            assertEquals("旧笔记", marks.articleNote());

            Annotation highlight = marks.highlights().get(0);
            // paragraph 2 "永川区建设西部职业教育基地，…", characters 5..13, now offsets in the whole body text
            assertEquals("西部职业教育基地", highlight.anchor().exact());
            assertEquals("永川区建设", highlight.anchor().prefix().substring(highlight.anchor().prefix().length() - 5));
            String body = store.article(data.idOf(ARTICLE).orElseThrow()).orElseThrow().article().bodyText();
            assertEquals("西部职业教育基地", body.substring(highlight.anchor().start(), highlight.anchor().end()));
            assertEquals(HighlightColor.GREEN, highlight.color());
            assertEquals("urn:uuid:v1-highlight-1", highlight.uuid());

            List<AnnotationRow> orphans = data.annotations(AnnotationFilter.ORPHANS.withKinds(List.of(AnnotationKind.HIGHLIGHT)));
            assertEquals(1, orphans.size(), "the highlight on an article that is gone is kept");
            assertEquals(GONE, orphans.get(0).annotation().article());
            assertEquals(AnchorStatus.ORPHANED, orphans.get(0).annotation().status());
            assertTrue(orphans.get(0).annotation().anchor().exact().contains("paragraph 0"));
            assertEquals(HighlightColor.YELLOW, orphans.get(0).annotation().color(), "an unknown colour becomes yellow");

            assertFalse(store.storedPages().get(0).hasText(), "a page from before V3 has no text");
            assertEquals("ok", store.integrityCheck());
        }
        assertTrue(Files.exists(Migrator.backupPath(file.toAbsolutePath(), 3)), "the V2 file was copied aside first");
    }

    private static void insertV1Rows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String key = "'" + ARTICLE.storageKey() + "'";
            statement.execute("INSERT INTO bookmarks(article_key, created_at) VALUES (" + key + ", '2026-01-02T03:04:05Z')");
            statement.execute("INSERT INTO read_state(article_key, read_at, progress) VALUES (" + key
                    + ", '2026-01-02T03:04:05Z', 0.4)");
            statement.execute("INSERT INTO notes(article_key, text, created_at, updated_at) VALUES (" + key
                    + ", '旧笔记', '2026-01-02T03:04:05Z', '2026-01-03T03:04:05Z')");
            statement.execute("INSERT INTO highlights(id, article_key, paragraph, start_char, end_char, color, created_at)"
                    + " VALUES (1, " + key + ", 2, 5, 13, 'Green', '2026-01-02T03:04:05Z')");
            statement.execute("INSERT INTO highlights(id, article_key, paragraph, start_char, end_char, color, created_at)"
                    + " VALUES (2, '" + GONE.storageKey() + "', 0, 1, 4, 'red', '2026-01-02T03:04:05Z')");
        }
    }
}

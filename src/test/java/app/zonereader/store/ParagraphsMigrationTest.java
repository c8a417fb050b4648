package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** V2 rebuilds the paragraphs table: a V1 library keeps every article and every search hit. */
class ParagraphsMigrationTest {
    private static final List<String> QUERIES = List.of("职教", "永川高新区", "教融合", "园", "\"西部 职业 教育\"", "产教*",
            "发展 企业", "长段落", "空段", "5.3%");

    @TempDir
    Path dir;

    /** A paragraph far past the ~1000 bytes a WITHOUT ROWID row keeps on its page, and an empty one. */
    private static Article longAndEmptyParagraphs() {
        return new Article(ItemKind.ARTICLE, "长段落与空段", "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text("长段落" + "高新区产教融合发展，".repeat(200) + "5.3%"), Paragraph.text(""),
                        Paragraph.heading("小标题"), Paragraph.text("末段。")),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aV1LibraryWithDataReadsAndSearchesTheSameAfterTheUpgrade() throws Exception {
        Path file = dir.resolve("library.db");
        Map<Long, StoredArticle> articlesBefore = new LinkedHashMap<>();
        Map<String, List<SearchHit>> hitsBefore = new LinkedHashMap<>();
        try (Database v1 = Database.open(file, Migrations.standard().upTo(1))) {
            LaterColumns.add(v1.connection(), 1);
            SearchIndex index = new SearchIndex(v1.connection(), new DictionarySplitter(), TextFolder.identity());
            PageWriter writer = new PageWriter(v1.connection(), index, Clock.systemUTC());
            TestPages pages = new TestPages(7);
            for (int p = 0; p < 20; p++) {
                writer.store(pages.page(p, 5));
            }
            writer.store(new Page("special.txt", "special", List.of(LibraryStoreTest.fullArticle(),
                    longAndEmptyParagraphs()), List.of(), List.of()));
            ArticleReader reader = new ArticleReader(v1.connection());
            try (ResultSet ids = v1.connection().createStatement().executeQuery("SELECT id FROM articles ORDER BY id")) {
                while (ids.next()) {
                    articlesBefore.put(ids.getLong(1), reader.article(ids.getLong(1)).orElseThrow());
                }
            }
            for (String query : QUERIES) {
                hitsBefore.put(query, index.search(query, 1_000, SearchFilter.NONE));
            }
            assertTrue(isWithoutRowid(v1.connection()), "V1 shape");
            LaterColumns.drop(v1.connection(), 1);
        }
        assertEquals(102, articlesBefore.size());

        try (LibraryStore upgraded = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            for (Map.Entry<Long, StoredArticle> before : articlesBefore.entrySet()) {
                assertEquals(before.getValue(), upgraded.article(before.getKey()).orElseThrow());
            }
            for (String query : QUERIES) {
                assertFalse(hitsBefore.get(query).isEmpty(), query);
                assertEquals(hitsBefore.get(query), upgraded.search(query, 1_000), query);
            }
            assertEquals("ok", upgraded.integrityCheck());
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(Migrations.standard().latestVersion(),
                    plain.createStatement().executeQuery("PRAGMA user_version").getInt(1));
            assertFalse(isWithoutRowid(plain), "an ordinary table now");
        }
        assertTrue(Files.exists(Migrator.backupPath(file.toAbsolutePath(), 2)), "the V1 file was copied aside first");
    }

    @Test
    void upToKeepsTheFirstStepsOnly() {
        Migrations standard = Migrations.standard();
        assertEquals(1, standard.upTo(1).latestVersion());
        assertEquals(standard.steps().subList(0, 1), standard.upTo(1).steps());
        assertEquals(standard.steps(), standard.upTo(standard.latestVersion()).steps());
        assertThrows(IllegalArgumentException.class, () -> standard.upTo(standard.latestVersion() + 1));
    }

    private static boolean isWithoutRowid(Connection connection) throws Exception {
        try (ResultSet row = connection.createStatement()
                .executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'paragraphs'")) {
            return row.getString(1).contains("WITHOUT ROWID");
        }
    }
}

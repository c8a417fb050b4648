package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills an importing JVM with SIGKILL at an arbitrary moment and checks that every page is whole or absent. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEveryPageWholeOrAbsent() throws Exception {
        Path file = dir.resolve("library.db");
        int before = 0;
        for (int round = 0; round < 2; round++) {
            killDuringImport(file, 1_000_000 * (round + 1), 1_200 + 400L * round);
            try (Database database = Database.open(file)) {
                assertEquals("ok", database.integrityCheck());
                int pages = database.queryInt("SELECT count(*) FROM pages");
                assertTrue(pages > before, "round " + round + " imported something: " + pages);
                before = pages;
                assertEquals(0, database.queryInt("""
                        SELECT count(*) FROM pages p
                        WHERE p.item_count <> (SELECT count(*) FROM articles a WHERE a.page_id = p.id)"""),
                        "a page with missing articles");
                assertEquals(pages, database.queryInt("SELECT count(*) FROM page_texts"), "a page without its text");
                int articles = database.queryInt("SELECT count(*) FROM articles");
                assertEquals(articles, database.queryInt("SELECT count(*) FROM search_trigrams"));
                assertEquals(articles, database.queryInt("SELECT count(*) FROM search_words"));
                assertEquals(articles, database.queryInt("SELECT count(*) FROM search_grams"));
                assertEquals(0, database.queryInt("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                        + "(SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)"), "an article without its body");
                assertEquals(0, database.queryInt("SELECT count(*) FROM search_trigrams WHERE rowid NOT IN "
                        + "(SELECT id FROM articles)"));
                try (PreparedStatement check = database.connection().prepareStatement(
                        "INSERT INTO search_trigrams(search_trigrams, rank) VALUES ('integrity-check', 1)")) {
                    check.executeUpdate(); // throws when the FTS index disagrees with its content
                }
            }
        }
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            assertEquals(store.articleCount(), store.search("本报记者", 1_000_000).size(), "the survivors are searchable");
        }
    }

    private void killDuringImport(Path file, int firstPage, long runMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("child-" + firstPage + ".log");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashImporter.class.getName(), file.toString(), Integer.toString(firstPage))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!Files.readString(output).contains("ready")) {
                assertTrue(child.isAlive(), () -> "child died: " + read(output));
                assertTrue(System.currentTimeMillis() < deadline, "child never started");
                Thread.sleep(20);
            }
            Thread.sleep(runMillis);
            assertTrue(child.isAlive(), () -> "child stopped by itself: " + read(output));
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

}

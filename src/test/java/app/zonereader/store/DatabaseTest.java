package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsFoldersAndTheLatestSchemaInWalModeWithForeignKeys() throws SQLException {
        Path file = dir.resolve("a/b/library.db");
        try (Database database = Database.open(file)) {
            assertEquals(Migrations.standard().latestVersion(), database.schemaVersion());
            assertEquals("wal", text(database, "PRAGMA journal_mode"));
            assertEquals(1, database.queryInt("PRAGMA foreign_keys"));
            assertTrue(database.queryInt("PRAGMA busy_timeout") > 0);
            for (String table : new String[]{"pages", "zones", "articles", "paragraphs", "tags", "article_tags",
                    "key_figures", "page_texts", "annotations", "bookmarks", "user_tags", "removed_tags", "read_state",
                    "settings", "corrections", "search_words", "search_trigrams", "search_grams"}) {
                assertEquals(1, database.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = '" + table + "'"), table);
            }
        }
        assertFalse(Files.exists(Migrator.backupPath(file.toAbsolutePath(), 1)), "a new file needs no backup");
    }

    @Test
    void reopeningAnUpToDateLibraryChangesNothingAndMakesNoBackup() throws Exception {
        Path file = dir.resolve("library.db");
        Database.open(file).close();
        try (Database database = Database.open(file)) {
            assertEquals(Migrations.standard().latestVersion(), database.schemaVersion());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".bak")));
        }
    }

    @Test
    void upgradingAnExistingLibraryFirstCopiesItAside() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database v1 = Database.open(file, Migrations.fromClasspath("db/test-v1"))) {
            v1.execute("INSERT INTO notes(text) VALUES ('kept')");
        }
        try (Database v2 = Database.open(file, Migrations.fromClasspath("db/test-v2"))) {
            assertEquals(2, v2.schemaVersion());
            assertEquals("yellow", text(v2, "SELECT color FROM notes WHERE text = 'kept'"));
        }
        Path backup = dir.resolve("library.db.before-v2.bak");
        assertTrue(Files.exists(backup));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = copy.createStatement()) {
            ResultSet version = statement.executeQuery("PRAGMA user_version");
            assertEquals(1, version.getInt(1));
            ResultSet columns = statement.executeQuery("SELECT count(*) FROM pragma_table_info('notes')");
            assertEquals(2, columns.getInt(1), "the backup has the V1 shape");
            assertEquals("kept", statement.executeQuery("SELECT text FROM notes").getString(1));
        }
    }

    @Test
    void aFailingMigrationLeavesThePreviousSchema() {
        Path file = dir.resolve("library.db");
        Database.open(file, Migrations.fromClasspath("db/test-v1")).close();
        StoreException error = assertThrows(StoreException.class,
                () -> Database.open(file, Migrations.fromClasspath("db/test-bad-v2")));
        assertTrue(error.getMessage().contains("V2__broken.sql"), error.getMessage());
        try (Database again = Database.open(file, Migrations.fromClasspath("db/test-v1"))) {
            assertEquals(1, again.schemaVersion());
            assertEquals(2, again.queryInt("SELECT count(*) FROM pragma_table_info('notes')"), "no half-applied step");
        }
    }

    @Test
    void aLibraryFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("library.db");
        try (Database database = Database.open(file)) {
            database.execute("PRAGMA user_version = 99");
            database.checkpoint();
        }
        byte[] before = Files.readAllBytes(file);
        NewerSchemaException error = assertThrows(NewerSchemaException.class, () -> Database.open(file));
        assertEquals(99, error.fileVersion());
        assertTrue(error.getMessage().contains("newer version"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("library.db-wal")), "not even opened");
    }

    @Test
    void aFileThatIsNotSqliteIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("library.db");
        Files.writeString(file, "这不是数据库, just some text that is long enough to fill a header ".repeat(4));
        byte[] before = Files.readAllBytes(file);
        CorruptDatabaseException error = assertThrows(CorruptDatabaseException.class, () -> Database.open(file));
        assertTrue(error.getMessage().contains("not an SQLite database"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aTruncatedLibraryIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            TestPages pages = new TestPages(1);
            for (int i = 0; i < 20; i++) {
                store.storePage(pages.page(i, 5));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        CorruptDatabaseException truncated = assertThrows(CorruptDatabaseException.class, () -> Database.open(file));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        Files.write(file, Arrays.copyOf(whole, 60));
        assertThrows(CorruptDatabaseException.class, () -> Database.open(file));
    }

    @Test
    void aLibraryWithDamagedPagesIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("library.db");
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            TestPages pages = new TestPages(2);
            for (int i = 0; i < 20; i++) {
                store.storePage(pages.page(i, 5));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 3; i < bytes.length - 4096; i += 7) {
            bytes[i] = (byte) 0xA5; // scribble over every page but the first and the last
        }
        Files.write(file, bytes);
        CorruptDatabaseException error = assertThrows(CorruptDatabaseException.class, () -> Database.open(file));
        assertTrue(error.getMessage().contains("damaged"), error.getMessage());
    }

    @Test
    void migrationScriptsAreCutIntoStatementsIgnoringComments() {
        Migration migration = new Migration(1, "V1__x.sql",
                "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT '--'); -- trailing\nCREATE TABLE b (y);\n");
        assertEquals(2, migration.statements().size());
        assertEquals("CREATE TABLE a (x TEXT DEFAULT '--');", migration.statements().get(0));
    }

    @Test
    void aTriggerBodyOverSeveralLinesIsOneStatementUpToItsEnd() {
        Migration migration = new Migration(1, "V1__x.sql", """
                CREATE TABLE a (x);
                CREATE TRIGGER a_counted AFTER INSERT ON a
                BEGIN
                    UPDATE c SET n = n + 1;  -- ends a line, not the trigger
                    DELETE FROM c WHERE n > 9;
                END;
                CREATE TRIGGER a_logged AFTER DELETE ON a BEGIN DELETE FROM c; END;
                CREATE TABLE c (n);
                """);
        assertEquals(4, migration.statements().size(), migration.statements()::toString);
        assertTrue(migration.statements().get(1).startsWith("CREATE TRIGGER a_counted"));
        assertTrue(migration.statements().get(1).endsWith("END;"));
        assertEquals("CREATE TRIGGER a_logged AFTER DELETE ON a BEGIN DELETE FROM c; END;", migration.statements().get(2));
    }

    private static String text(Database database, String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.getString(1);
        }
    }
}

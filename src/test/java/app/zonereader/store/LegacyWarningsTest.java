package app.zonereader.store;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.Page;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A library written before warnings had codes holds plain strings in the warnings column; they still read. */
class LegacyWarningsTest {
    @TempDir
    Path dir;

    @Test
    void plainStringWarningsOfAnOlderLibraryReadAsLegacyWarnings() throws Exception {
        Path file = dir.resolve("library.db");
        long id;
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            store.storePage(new Page("old.txt", "hash-old", List.of(LibraryStoreTest.fullArticle()), List.of(), List.of()));
            id = store.articles().get(0).id();
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement update = plain.prepareStatement("UPDATE articles SET warnings = ? WHERE id = ?")) {
            update.setString(1, "[\"Removed a jump line \\\"下转第4版\\\".\"]");
            update.setLong(2, id);
            update.executeUpdate();
        }
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            assertEquals(List.of(IngestWarning.of(WarningCode.LEGACY, "Removed a jump line \"下转第4版\".")),
                    store.article(id).orElseThrow().article().warnings());
        }
    }
}

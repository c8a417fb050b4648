package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page's commit does not wait for the disk; everything else keeps the library's FULL setting. */
class ImportDurabilityTest {
    private static final int NORMAL = 1;
    private static final int FULL = 2;

    @TempDir
    Path dir;

    @Test
    void pageWorkRunsRelaxedAndTheSettingComesBack() {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            assertEquals(FULL, database.queryInt("PRAGMA synchronous"), "the library's own setting");
            int inside = ImportDurability.relaxed(database.connection(),
                    () -> database.queryInt("PRAGMA synchronous"));
            assertEquals(NORMAL, inside);
            assertEquals(FULL, database.queryInt("PRAGMA synchronous"));
        }
    }

    @Test
    void theSettingComesBackWhenTheWorkFails() {
        try (Database database = Database.open(dir.resolve("library.db"))) {
            assertThrows(IllegalStateException.class, () -> ImportDurability.relaxed(database.connection(), () -> {
                throw new IllegalStateException("the page could not be stored");
            }));
            assertEquals(FULL, database.queryInt("PRAGMA synchronous"));
        }
    }
}

package app.zonereader.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupsTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private LibraryStore open(TestClock clock) {
        return LibraryStore.open(dir.resolve("data/library.db"), new DictionarySplitter(), TextFolder.identity(), clock);
    }

    @Test
    void atMostOneBackupPerDayAndTheNewestSevenAreKept() {
        TestClock clock = new TestClock();
        try (LibraryStore store = open(clock)) {
            assertTrue(store.backUpIfDue().isEmpty(), "an empty library is not backed up");
            assertTrue(store.backups().isEmpty());
            store.storePage(new TestPages(1).page(1, 2));
            Backups.Backup first = store.backUpIfDue().orElseThrow();
            assertEquals(dir.resolve("data/backups/zonereader-2026-03-01.db").toAbsolutePath(), first.file());
            assertTrue(Files.exists(first.file()));
            clock.advance(Duration.ofHours(10));
            assertTrue(store.backUpIfDue().isEmpty(), "already backed up today");
            TestPages pages = new TestPages(5);
            for (int day = 1; day <= 9; day++) {
                clock.advance(Duration.ofDays(1));
                store.storePage(pages.page(100 + day, 1));
                assertTrue(store.backUpIfDue().isPresent());
            }
            List<Backups.Backup> backups = store.backups();
            assertEquals(7, backups.size());
            assertEquals(LocalDate.parse("2026-03-10"), backups.get(0).day());
            assertEquals(LocalDate.parse("2026-03-04"), backups.get(6).day());
            assertFalse(Files.exists(first.file()));
        }
    }

    @Test
    void aNewDayWithoutChangesMakesNoBackupAndAReaderChangeMakesOne() {
        TestClock clock = new TestClock();
        try (LibraryStore store = open(clock)) {
            store.storePage(new TestPages(1).page(1, 2));
            assertTrue(store.backUpIfDue().isPresent());
            clock.advance(Duration.ofDays(1));
            assertTrue(store.backUpIfDue().isEmpty(), "nothing changed since yesterday's copy");
            store.readerData().setBookmarked(store.article(store.articles().get(0).id()).orElseThrow().key(), true);
            assertTrue(store.backUpIfDue().isPresent(), "a bookmark is a change worth a copy");
            assertEquals(2, store.backups().size());
        }
        clock.advance(Duration.ofDays(1));
        try (LibraryStore reopened = open(clock)) {
            assertTrue(reopened.backUpIfDue().isEmpty(), "the count survives a restart");
        }
    }

    @Test
    void restoringABackupBringsBackItsContentAndKeepsTheCurrentLibraryAside() throws Exception {
        TestClock clock = new TestClock();
        TestPages pages = new TestPages(2);
        try (LibraryStore store = open(clock)) {
            store.storePage(pages.page(1, 3));
            Backups.Backup backup = store.backUpIfDue().orElseThrow();
            store.storePage(pages.page(2, 4));
            assertEquals(7, store.articleCount());

            store.restore(backup.file());
            assertEquals(3, store.articleCount());
            assertEquals(3, store.search("本报记者", 100).size(), "the search index came back too");
            assertTrue(Files.exists(dir.resolve("data/library.db.before-restore.bak")));
            assertTrue(store.storePage(pages.page(2, 4)), "usable after the restore");
            assertEquals(7, store.articleCount());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheLibraryStaysAsItWas() throws Exception {
        TestClock clock = new TestClock();
        try (LibraryStore store = open(clock)) {
            store.storePage(new TestPages(3).page(1, 3));
            Path bad = dir.resolve("bad.db");
            Files.writeString(bad, "not a database at all, only text, repeated to be long enough. ".repeat(5));
            assertThrows(CorruptDatabaseException.class, () -> store.restore(bad));
            assertEquals(3, store.articleCount());
            assertTrue(store.storePage(new TestPages(3).page(2, 1)));
            assertFalse(Files.exists(dir.resolve("data/library.db.restoring")), "no leftover");
        }
    }
}

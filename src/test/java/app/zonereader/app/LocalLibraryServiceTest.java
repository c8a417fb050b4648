package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import app.zonereader.service.ImportListener;
import app.zonereader.service.PageSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service on the real engine and store: per-file reports, duplicates, failures, cancel, backups. */
class LocalLibraryServiceTest {
    @TempDir
    Path folder;

    private static PageSource broken(String name) {
        return new PageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] read() throws IOException {
                throw new IOException("disk unplugged");
            }
        };
    }

    @Test
    void eachFileIsReportedAndAFailureDoesNotStopTheOthers() {
        List<PageSource> pages = new ArrayList<>(BundledPages.list().subList(0, 2));
        pages.add(1, broken("bad.txt"));
        List<String> progress = new ArrayList<>();
        try (Library library = Library.open(folder.resolve("lib.db"))) {
            List<ImportReport> reports = library.service().importPages(pages,
                    (done, total, report) -> progress.add(done + "/" + total + " " + report.status()), () -> false);
            assertEquals(List.of("1/3 IMPORTED", "2/3 FAILED", "3/3 IMPORTED"), progress);
            assertEquals("cannot read the file: disk unplugged", reports.get(1).message());
            assertEquals(reports.get(0).articleCount() + reports.get(2).articleCount(), library.service().articleCount());

            List<ImportReport> again = library.service().importPages(pages.subList(0, 1), ImportListener.NONE, () -> false);
            assertEquals(ImportStatus.ALREADY_PRESENT, again.get(0).status());
        }
    }

    private static PageSource page(String name, String text) {
        return new PageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public byte[] read() {
                return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }

    @Test
    void aFirstRunCutShortIsFinishedAtTheNextStartButNotOnceTheReaderHasOwnPages() {
        List<PageSource> samples = BundledPages.list();
        try (Library library = Library.open(folder.resolve("lib.db"))) {
            assertEquals(samples, library.service().firstRunPagesToImport(samples), "a new library takes every sample");

            library.service().importPages(samples.subList(0, 2), ImportListener.NONE, () -> false);
            assertEquals(samples.subList(2, samples.size()), library.service().firstRunPagesToImport(samples),
                    "after a crash or Cancel, the rest");

            library.service().importPages(List.of(page("own.txt", "永川高新区举办创新大赛\n\n本报讯 近日，大赛在永川举行。\n")),
                    ImportListener.NONE, () -> false);
            assertEquals(List.of(), library.service().firstRunPagesToImport(samples), "the reader has moved on");
        }
        try (Library library = Library.open(folder.resolve("complete.db"))) {
            library.service().importPages(samples, ImportListener.NONE, () -> false);
            assertEquals(List.of(), library.service().firstRunPagesToImport(samples), "a finished first run is not repeated");
        }
    }

    @Test
    void zoneLikeNamesMissingFromTheGazetteerAreReportedSoTheListCanGrow() {
        PageSource page = page("lishui.txt", "丽水高新区举办数字经济大会\n\n本报讯 近日，助力丽水高新区发展的数字经济大会召开。\n");
        try (Library library = Library.open(folder.resolve("lib.db"))) {
            ImportReport report = library.service().importPages(List.of(page), ImportListener.NONE, () -> false).get(0);
            assertTrue(report.warnings().contains(IngestWarning.of(WarningCode.UNKNOWN_ZONE_NAMES, "丽水高新区")),
                    report.warnings().toString());
            assertEquals(List.of("丽水高新区"), report.unknownZones());
        }
    }

    @Test
    void cancellingStopsBeforeTheNextFile() {
        try (Library library = Library.open(folder.resolve("lib.db"))) {
            List<ImportReport> reports = library.service().importPages(BundledPages.list(), ImportListener.NONE,
                    new java.util.function.BooleanSupplier() {
                        private int asked;

                        @Override
                        public boolean getAsBoolean() {
                            return asked++ >= 2;
                        }
                    });
            assertEquals(2, reports.size());
        }
    }

    @Test
    void restoringTodaysBackupUndoesALaterImport() {
        List<PageSource> pages = BundledPages.list();
        try (Library library = Library.open(folder.resolve("lib.db"))) {
            library.service().importPages(pages.subList(0, 1), ImportListener.NONE, () -> false);
            int before = library.service().articleCount();
            library.store().backUpIfDue();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertEquals(List.of(today), library.service().backupDays());

            library.service().importPages(pages.subList(1, 3), ImportListener.NONE, () -> false);
            assertTrue(library.service().articleCount() > before);

            library.service().restoreBackup(today);
            assertEquals(before, library.service().articleCount());
            assertThrows(IllegalArgumentException.class, () -> library.service().restoreBackup(today.minusDays(30)));
        }
    }
}

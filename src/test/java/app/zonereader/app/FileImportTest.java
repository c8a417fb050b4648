package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.ImportSummary;
import app.zonereader.model.SkipReason;
import app.zonereader.service.ImportListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder as readers bring them: good pages in three encodings and odd names, and every kind of bad file. */
class FileImportTest {
    private static final Path PAGES = Path.of("assets/pages");
    private static final long LIMIT = 40_000;

    @TempDir
    static Path dir;
    private static Library library;

    @BeforeAll
    static void openLibrary() {
        library = Library.open(dir.resolve("lib.db"));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static String page(int n) throws IOException {
        try (var files = Files.list(PAGES)) {
            return Files.readString(files.sorted().toList().get(n));
        }
    }

    @Test
    void goodFilesAreImportedAndEveryOtherFileIsReportedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("good.txt"), page(0));
        Files.write(folder.resolve("gb18030.txt"), page(1).getBytes(Charset.forName("GB18030")));
        Files.write(folder.resolve("utf16.text"), page(2).getBytes(StandardCharsets.UTF_16));
        Files.writeString(Files.createDirectories(folder.resolve("2021/12")).resolve("no-extension"), page(3));
        Files.writeString(folder.resolve("UPPER.TXT"), page(4));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        Files.write(folder.resolve("scan.dat"), noise);
        Files.writeString(folder.resolve("big.txt"), page(0) + page(2) + page(4));
        Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("self.txt"), folder.resolve("self.txt"));
        Files.createSymbolicLink(folder.resolve("2021/up"), folder);
        Files.createSymbolicLink(folder.resolve("device"), Path.of("/dev/null"));
        Path deleted = folder.resolve("deleted.txt");
        Files.writeString(deleted, page(0) + "\n编号 deleted\n");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), page(1) + "\n编号 locked\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockWorks = !Files.isReadable(locked);  // root reads everything: then the case cannot be made

        try {
            FileScan.Listing listing = new FileScan(LIMIT).scan(List.of(folder));
            Files.delete(deleted);  // between the listing and the reading
            List<ImportReport> reports = new java.util.ArrayList<>(listing.notImported());
            reports.addAll(library.service().importPages(listing.files(), ImportListener.NONE, () -> false));

            Map<String, String> outcome = reports.stream().collect(Collectors.toMap(ImportReport::fileName,
                    r -> r.status() == ImportStatus.FAILED ? r.reason().name() : r.status().name(), (a, b) -> a,
                    TreeMap::new));
            Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                    Map.entry("good.txt", "IMPORTED"),
                    Map.entry("gb18030.txt", "IMPORTED"),
                    Map.entry("utf16.text", "IMPORTED"),
                    Map.entry("no-extension", "IMPORTED"),
                    Map.entry("UPPER.TXT", "IMPORTED"),
                    Map.entry("empty.txt", "EMPTY"),
                    Map.entry("scan.dat", "NOT_TEXT"),
                    Map.entry("big.txt", "TOO_LARGE"),
                    Map.entry("mixed/dangling.txt", "DANGLING_LINK"),
                    Map.entry("mixed/self.txt", "SYMLINK_LOOP"),
                    Map.entry("mixed/2021/up", "SYMLINK_LOOP"),
                    Map.entry("mixed/device", "NOT_REGULAR_FILE"),
                    Map.entry("deleted.txt", "DELETED")));
            if (lockWorks) {
                expected.put("mixed/locked", "UNREADABLE");
            } else {
                expected.put("inside.txt", "IMPORTED");
            }
            assertEquals(expected, outcome);

            ImportSummary summary = ImportSummary.of(reports, false);
            int pages = lockWorks ? 5 : 6;
            assertEquals(pages, summary.newPages());
            assertEquals(expected.size() - pages, summary.notImported().size());
            assertEquals(summary.newArticles(), summary.articlesPerZone().stream().mapToInt(c -> c.count()).sum());
            assertEquals(library.service().articleCount(), summary.newArticles(), "nothing stored beyond the report");
            assertTrue(summary.articlesPerZone().stream().anyMatch(zone -> zone.name().equals("永川高新区")),
                    summary.articlesPerZone().toString());
            assertEquals("ok", library.store().integrityCheck());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void cancellingHalfWayKeepsWhatFinishedAndReportsIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cancel"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("p" + i + ".txt"), page(i) + "\n编号 cancel " + i + "\n");
        }
        int before = library.service().articleCount();
        AtomicInteger seen = new AtomicInteger();
        List<ImportReport> reports = library.service().importFiles(List.of(folder), LIMIT,
                (done, total, report) -> {
                    assertEquals(5, total);
                    seen.set(done);
                }, () -> seen.get() >= 2, false);

        assertEquals(2, reports.size(), "stops after the file it was working on");
        assertEquals(List.of("p0.txt", "p1.txt"), reports.stream().map(ImportReport::fileName).toList());
        int stored = reports.stream().mapToInt(ImportReport::articleCount).sum();
        assertEquals(before + stored, library.service().articleCount(), "what finished stays, nothing else");

        List<ImportReport> rest = library.service().importFiles(List.of(folder), LIMIT, ImportListener.NONE,
                () -> false, false);
        assertEquals(List.of(ImportStatus.ALREADY_PRESENT, ImportStatus.ALREADY_PRESENT, ImportStatus.IMPORTED,
                ImportStatus.IMPORTED, ImportStatus.IMPORTED), rest.stream().map(ImportReport::status).toList());
    }

    @Test
    void aMissingFileGivenByNameIsNotFound() {
        Path missing = dir.resolve("missing.txt");
        List<ImportReport> reports = library.service().importFiles(List.of(missing), LIMIT, ImportListener.NONE,
                () -> false, false);
        assertEquals(List.of(SkipReason.NOT_FOUND), reports.stream().map(ImportReport::reason).toList());
    }
}

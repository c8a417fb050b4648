package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --replace} and {@code reprocess} on the command line. */
class ReprocessCommandTest {
    private static final Path FIRST_PAGE = Path.of("assets/pages/000_0c56615beea04158.txt");

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(Cli.standard(), args);
    }

    private String out() {
        return cli.out();
    }

    @Test
    void aCorrectedFileReplacesItsPageAndReprocessingReportsTheAnnotations() throws Exception {
        String db = folder.resolve("lib.db").toString();
        Path page = Files.copy(FIRST_PAGE, folder.resolve("page.txt"));
        assertEquals(0, run("import", "--db", db, page.toString()), cli.err());

        Files.writeString(page, Files.readString(page).replace("纲领性文件", "綱領性文件"));
        assertEquals(0, run("import", "--db", db, "--replace", page.toString()), cli.err());
        assertTrue(out().contains("replaced  page.txt: new version"), out());
        assertTrue(out().contains("annotations carried over: 0 exact, 0 by close match, 0 orphaned"), out());
        assertTrue(out().contains("1 files: 0 new pages, 1 replaced, 7 items stored, 0 already present, 0 not imported"), out());

        assertEquals(0, run("reprocess", "--db", db), cli.err());
        assertTrue(out().contains("redone    page.txt"), out());
        assertTrue(out().contains("1 pages re-processed"), out());
        assertTrue(out().contains("0 pages failed"), out());
    }

    @Test
    void helpDescribesBothAndAStrayArgumentIsAUsageError() {
        assertEquals(0, run("reprocess", "--help"));
        assertTrue(out().contains("Usage: zonereader reprocess [--db PATH]"), out());
        assertEquals(0, run("import", "--help"));
        assertTrue(out().contains("--replace"), out());
        assertEquals(2, run("reprocess", "--db", folder.resolve("lib.db").toString(), "extra"));
        assertTrue(cli.err().contains("unexpected argument extra"));
        assertEquals(0, run("--help"));
        assertTrue(out().contains("reprocess"), out());
    }
}

package app.zonereader.app;

import app.zonereader.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two command-line imports into one library at once, in two real processes: both wait their turn and succeed. */
class TwoProcessImportTest {
    private static final int PAGES_EACH = 16;

    @TempDir
    Path dir;

    @Test
    void twoProcessesImportingDifferentFoldersIntoOneLibraryBothSucceed() throws Exception {
        List<Path> samples;
        try (var files = Files.list(Path.of("assets/pages"))) {
            samples = files.sorted().toList();
        }
        for (String side : List.of("a", "b")) {
            Path folder = Files.createDirectories(dir.resolve(side));
            for (int i = 0; i < PAGES_EACH; i++) {
                Files.writeString(folder.resolve(side + i + ".txt"),
                        Files.readString(samples.get(i % samples.size())) + "\n编号 " + side + i + "\n");
            }
        }
        Path library = dir.resolve("lib.db");
        Database.open(library).close();  // a library exists, as when the window is open on it

        List<Process> imports = new ArrayList<>();
        for (String side : List.of("a", "b")) {
            imports.add(start(library, side));
        }
        for (int i = 0; i < imports.size(); i++) {
            Process process = imports.get(i);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "import still running");
            String log = Files.readString(dir.resolve(i + ".log"));
            assertEquals(0, process.exitValue(), log);
            assertTrue(log.contains(PAGES_EACH + " files: " + PAGES_EACH + " new pages"), log);
        }

        try (Database database = Database.open(library)) {
            assertEquals("ok", database.integrityCheck());
            try (var rows = database.connection().createStatement().executeQuery("SELECT count(*) FROM pages")) {
                rows.next();
                assertEquals(2 * PAGES_EACH, rows.getInt(1), "every page of both imports");
            }
        }
    }

    private Process start(Path library, String side) throws Exception {
        int n = side.equals("a") ? 0 : 1;
        return new ProcessBuilder(ChildJava.launcher(), "-cp", System.getProperty("java.class.path"), Cli.class.getName(),
                "import", "--db", library.toString(), dir.resolve(side).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(n + ".log").toFile()).start();
    }
}

package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A window told to end (SIGTERM at logout, {@code kill}) closes its library like a window closed by the reader. */
class WindowExitTest {
    @TempDir
    Path dir;

    @Test
    void aWindowToldToEndLeavesNoWriteAheadLogBehind() throws Exception {
        Path library = dir.resolve("library.db");
        Path wal = dir.resolve("library.db-wal");
        Path log = dir.resolve("window.log");
        List<String> command = new ArrayList<>();
        command.add(ChildJava.launcher());
        command.addAll(WindowJvmOptions.OPTIONS);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", library.toString()));
        Process window = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // the library is open and has written (its schema, then the bundled pages) once its log has pages
            long deadline = System.currentTimeMillis() + 90_000;
            while (!(Files.readString(log).contains(" opened in ") && Files.exists(wal) && Files.size(wal) > 0)) {
                assertTrue(window.isAlive(), "the window ended by itself; see " + Files.readString(log));
                assertTrue(System.currentTimeMillis() < deadline, "the window never wrote to its library");
                Thread.sleep(50);
            }
            window.destroy();   // SIGTERM
            assertTrue(window.waitFor(60, TimeUnit.SECONDS), "the window did not end on SIGTERM");
        } finally {
            window.destroyForcibly();
        }
        assertFalse(Files.exists(wal) && Files.size(wal) > 0, Files.readString(log) + "\n"
                + "the write-ahead log was folded into the library, so the next start need not check the whole file");
    }
}

package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExitCleanupTest {
    @TempDir
    Path dir;

    @Test
    void runsOnceHoweverOftenItIsAsked() {
        AtomicInteger runs = new AtomicInteger();
        ExitCleanup exit = ExitCleanup.onShutdown(runs::incrementAndGet);
        exit.runNow();
        exit.runNow();
        assertEquals(1, runs.get());
    }

    @Test
    void aProcessToldToEndRunsItsCleanup() throws Exception {
        Path ready = dir.resolve("ready");
        Path cleaned = dir.resolve("cleaned");
        Process child = ChildJava.start(Sleeper.class, ready.toString(), cleaned.toString());
        ChildJava.awaitFile(child, ready, "the child never got ready");
        child.destroy();   // SIGTERM, as at logout
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
        assertTrue(Files.exists(cleaned), "the clean-up ran on SIGTERM");
    }

    /** Registers a clean-up that writes a file, says it is ready, and waits to be told to end. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            Path cleaned = Path.of(args[1]);
            ExitCleanup.onShutdown(() -> {
                try {
                    Files.createFile(cleaned);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Files.createFile(Path.of(args[0]));
            Thread.sleep(60_000);
        }
    }
}

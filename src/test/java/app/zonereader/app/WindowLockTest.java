package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWindowOnOneLibraryIsRefusedUntilTheFirstCloses() throws Exception {
        Path library = dir.resolve("lib.db");
        Optional<WindowLock> first = WindowLock.tryAcquire(library);
        assertTrue(first.isPresent());
        assertTrue(WindowLock.tryAcquire(library).isEmpty(), "second window in this process");
        assertTrue(WindowLock.tryAcquire(dir.resolve("other.db")).isPresent(), "another library is free");
        first.get().close();
        Optional<WindowLock> again = WindowLock.tryAcquire(library);
        assertTrue(again.isPresent(), "free once the first window closed");
        again.get().close();
    }

    @Test
    void anotherProcessHoldingTheLockRefusesThisWindow() throws Exception {
        Path library = dir.resolve("lib.db");
        Path ready = dir.resolve("ready");
        Process holder = ChildJava.start(LockHolder.class, library.toString(), ready.toString());
        try {
            ChildJava.awaitFile(holder, ready, "holder never got the lock");
            assertTrue(WindowLock.tryAcquire(library).isEmpty(), "held by the other process");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        Optional<WindowLock> after = WindowLock.tryAcquire(library);
        assertTrue(after.isPresent(), "a process that died leaves no stale lock");
        after.get().close();
        assertEquals(library.toAbsolutePath() + ".window-lock", WindowLock.lockFile(library).toString());
    }

    /** Holds the window lock of a library until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            Optional<WindowLock> lock = WindowLock.tryAcquire(Path.of(args[0]));
            if (lock.isPresent()) {
                Files.createFile(Path.of(args[1]));
                Thread.sleep(60_000);
            }
        }
    }
}

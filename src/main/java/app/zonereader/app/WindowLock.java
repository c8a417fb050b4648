package app.zonereader.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One window per library: the window holds an OS lock on {@code <library>.window-lock} while it is open, so a second
 * window on the same file is refused with a message instead of two windows each believing they know the library.
 * The lock dies with the process (a crash leaves no stale lock), and the command line never takes it: its import is
 * the "other process" the window expects and refreshes for.
 */
final class WindowLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WindowLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private WindowLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".window-lock");
    }

    /**
     * @return the lock, or empty when another window (in this or another process) holds it
     * @throws IOException the lock file cannot be created
     */
    static Optional<WindowLock> tryAcquire(Path library) throws IOException {
        Path file = lockFile(library);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new WindowLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            LOG.info("{} is already locked by this process", file);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("Releasing the window lock failed", e);
        }
    }
}

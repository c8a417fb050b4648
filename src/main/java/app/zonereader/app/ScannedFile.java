package app.zonereader.app;

import app.zonereader.model.SkipReason;
import app.zonereader.service.PageSkippedException;
import app.zonereader.service.PageSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file found by {@link FileScan}, read only when the import reaches it. Everything that can change between the
 * listing and the reading is checked then, and each way it fails is a typed reason: gone (deleted during the
 * import), a link that leads nowhere or in a circle, not a regular file, over the size limit (checked before a byte
 * is read, and again while reading, in case it grew), unreadable.
 *
 * @param path     the file
 * @param name     the file's own name, which its page keeps
 * @param maxBytes the size limit
 */
record ScannedFile(Path path, String name, long maxBytes) implements PageSource {
    ScannedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
    }

    @Override
    public byte[] read() throws IOException {
        BasicFileAttributes attributes = attributes(path);
        if (!attributes.isRegularFile()) {
            throw new PageSkippedException(SkipReason.NOT_REGULAR_FILE, "");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size());
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        } catch (PageSkippedException e) {
            throw e;
        } catch (IOException e) {
            throw skipped(path, e);
        }
    }

    /** The file's attributes through any links, or the reason they cannot be had. */
    static BasicFileAttributes attributes(Path path) throws PageSkippedException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw skipped(path, e);
        }
    }

    /** The reason an I/O error on {@code path} stands for. */
    static PageSkippedException skipped(Path path, IOException error) {
        String detail = error.getMessage() == null ? "" : error.getMessage();
        if (error instanceof NoSuchFileException) {
            boolean link = Files.isSymbolicLink(path);
            return new PageSkippedException(link ? SkipReason.DANGLING_LINK : SkipReason.DELETED, "", error);
        }
        if (error instanceof FileSystemLoopException || isLinkLoop(path, error)) {
            return new PageSkippedException(SkipReason.SYMLINK_LOOP, "", error);
        }
        if (error instanceof AccessDeniedException) {
            return new PageSkippedException(SkipReason.UNREADABLE, "", error);
        }
        return new PageSkippedException(SkipReason.UNREADABLE, detail, error);
    }

    /** ELOOP has no exception class of its own: the link is there, but following it fails for another reason. */
    private static boolean isLinkLoop(Path path, IOException error) {
        return error instanceof FileSystemException && !(error instanceof AccessDeniedException)
                && Files.isSymbolicLink(path) && !Files.exists(path);
    }

    private PageSkippedException tooLarge(long size) {
        return new PageSkippedException(SkipReason.TOO_LARGE, Sizes.describe(size) + " > " + Sizes.describe(maxBytes));
    }
}

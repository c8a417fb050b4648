package app.zonereader.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The watch folder's files with their size and modification time, and what changed since: a file is imported once
 * it has looked the same in two snapshots in a row (a file still being copied or written keeps changing), and again
 * when it changes later. The import itself skips content it already has.
 */
final class FolderSnapshot {
    /** What tells a file has changed. */
    record Stamp(long size, long modified) {
    }

    private final Map<Path, Stamp> stamps;

    FolderSnapshot(Map<Path, Stamp> stamps) {
        this.stamps = Map.copyOf(stamps);
    }

    static FolderSnapshot empty() {
        return new FolderSnapshot(Map.of());
    }

    /** Reads the folder to the bottom (blocking: call in the background). */
    static FolderSnapshot of(Path folder) {
        Map<Path, Stamp> stamps = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        stamps.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // gone or unreadable between listing and looking: the next snapshot tells
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read the watch folder " + folder + ": " + e.getMessage(), e);
        }
        return new FolderSnapshot(stamps);
    }

    /**
     * The files to import now: settled (the same in {@code previous} and here) and not imported with this stamp.
     *
     * @param imported the stamps files had when they were last imported; updated with the ones returned
     */
    List<Path> settledSince(FolderSnapshot previous, Map<Path, Stamp> imported) {
        List<Path> ready = stamps.entrySet().stream()
                .filter(entry -> entry.getValue().equals(previous.stamps.get(entry.getKey())))
                .filter(entry -> !entry.getValue().equals(imported.get(entry.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        ready.forEach(file -> imported.put(file, stamps.get(file)));
        return ready;
    }
}

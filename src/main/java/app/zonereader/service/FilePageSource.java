package app.zonereader.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A page file on disk, read only when the import reaches it; a missing or unreadable file fails then, so the import
 * reports it and goes on with the others.
 */
public record FilePageSource(Path path) implements PageSource {
    public FilePageSource {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public byte[] read() throws IOException {
        return Files.readAllBytes(path);
    }
}

package app.zonereader.ui;

import app.zonereader.service.PageSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A page file the user picked in the file chooser; read only when the import reaches it. */
record FilePageSource(Path path) implements PageSource {
    FilePageSource {
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

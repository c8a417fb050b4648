package app.zonereader.app;

import app.zonereader.service.FilePageSource;
import app.zonereader.service.PageSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Page files on disk given on the command line or picked in the import dialog: files as they are, folders by their *.txt. */
public final class FilePages {
    private FilePages() {
    }

    public static List<PageSource> of(List<Path> filesOrFolders) throws IOException {
        List<PageSource> pages = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile)
                            .filter(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                            .sorted()
                            .forEach(file -> pages.add(new FilePageSource(file)));
                }
            } else {
                pages.add(new FilePageSource(path));
            }
        }
        return pages;
    }
}

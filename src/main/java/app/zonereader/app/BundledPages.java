package app.zonereader.app;

import app.zonereader.service.PageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample pages shipped inside the application (assets/pages), listed from the classpath so that adding a page to
 * assets/ needs no index file: works both from target/classes (a folder) and from the fat jar.
 */
public final class BundledPages {
    static final String FOLDER = "/assets/pages";

    private BundledPages() {
    }

    public static List<PageSource> list() {
        URL folder = BundledPages.class.getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("the application was built without its sample pages (" + FOLDER + ")");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return namesIn(jar.provider().getPath(uri));
                }
            }
            return namesIn(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled pages", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource location " + folder, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Another caller has it open; list through a fresh handle on the same jar file instead.
            return FileSystems.newFileSystem(Path.of(URI.create(uri.toString().substring(4, uri.toString().indexOf("!/")))));
        }
    }

    private static List<PageSource> namesIn(Path folder) throws IOException {
        List<PageSource> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .sorted(Comparator.naturalOrder())
                    .forEach(name -> pages.add(new ResourcePage(name)));
        }
        return pages;
    }

    /** A page read lazily from the classpath. */
    private record ResourcePage(String name) implements PageSource {
        @Override
        public byte[] read() throws IOException {
            try (InputStream in = BundledPages.class.getResourceAsStream(FOLDER + "/" + name)) {
                if (in == null) {
                    throw new IOException("bundled page missing: " + name);
                }
                return in.readAllBytes();
            }
        }
    }
}

package app.zonereader.ui;

import app.zonereader.app.BundledPages;
import app.zonereader.app.Library;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The window as the app builds it, over a real library file with the real engine and store and the bundled pages for
 * the first run: the fixture of the end-to-end window tests. Close it after the test (executor, then library).
 */
final class RealLibraryWindow implements AutoCloseable {
    final Library library;
    final BackgroundTaskExecutor executor;
    final MainWindow window;

    private RealLibraryWindow(Library library, BackgroundTaskExecutor executor, MainWindow window) {
        this.library = library;
        this.executor = executor;
        this.window = window;
    }

    /** Opens (or creates) the library file and builds a window over it in that language; call on the FX thread. */
    static RealLibraryWindow open(Path file, Locale locale) {
        Library library = Library.open(file);
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        MainWindow window = new MainWindow(library.service(), executor, Texts.bundle(locale), BundledPages.list(),
                new RecordingExporter());
        return new RealLibraryWindow(library, executor, window);
    }

    @Override
    public void close() {
        executor.close();
        library.close();
    }
}

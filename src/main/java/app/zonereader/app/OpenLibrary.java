package app.zonereader.app;

import app.zonereader.service.LibraryService;

import java.nio.file.Path;

/**
 * A library a command works on, and how to close it. Commands open it through a function, so their tests can give
 * them a service of their own.
 *
 * @param service the library's service
 * @param closer  closes the library
 */
record OpenLibrary(LibraryService service, AutoCloseable closer) implements AutoCloseable {
    /** The real library in that file. */
    static OpenLibrary at(Path database) {
        Library library = Library.open(database);
        return new OpenLibrary(library.service(), library);
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}

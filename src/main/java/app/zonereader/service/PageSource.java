package app.zonereader.service;

import java.io.IOException;

/** A page file to import, read only when the import reaches it (so a long list costs no memory up front). */
public interface PageSource {
    /** The file's name as shown to the user. */
    String name();

    /** The file's bytes. */
    byte[] read() throws IOException;
}

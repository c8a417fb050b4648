package app.zonereader.app;

import app.zonereader.service.PageSource;

/** A page file held in memory, for tests that import edited versions of a page. */
record BytesPage(String name, byte[] bytes) implements PageSource {
    @Override
    public byte[] read() {
        return bytes.clone();
    }
}

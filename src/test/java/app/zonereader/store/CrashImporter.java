package app.zonereader.store;

import app.zonereader.model.Page;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: imports generated pages into the given library until it is killed.
 * Prints "ready" once the first page is committed, so the parent knows the kill lands mid-import.
 */
public final class CrashImporter {
    private CrashImporter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int firstPage = Integer.parseInt(args[1]);
        TestPages pages = new TestPages(firstPage);
        try (LibraryStore store = LibraryStore.open(file, new DictionarySplitter(), TextFolder.identity())) {
            for (int number = firstPage; ; number++) {
                Page page = pages.page(number, 1 + number % 12);
                store.storePage(page, "decoded text of " + page.fileName());
                if (number == firstPage) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
        }
    }
}

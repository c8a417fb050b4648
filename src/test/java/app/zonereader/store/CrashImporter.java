package app.zonereader.store;

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
                store.storePage(pages.page(number, 1 + number % 12));
                if (number == firstPage) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
        }
    }
}

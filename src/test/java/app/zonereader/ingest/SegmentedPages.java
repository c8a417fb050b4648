package app.zonereader.ingest;

import app.zonereader.model.Paragraph;

/** Segments a page written line by line, and finds items in it: shared by the page segmenter's tests. */
final class SegmentedPages {
    private SegmentedPages() {
    }

    /** The lines as a page, a blank line between each. */
    static SegmentedPage segment(String... lines) {
        return new PageSegmenter().segment(String.join("\n\n", lines) + "\n");
    }

    static String body(SegmentedItem item) {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : item.body()) {
            text.append(paragraph.text()).append('\n');
        }
        return text.toString();
    }

    static SegmentedItem itemContaining(SegmentedPage page, String text) {
        for (SegmentedItem item : page.items()) {
            if (body(item).contains(text)) {
                return item;
            }
        }
        throw new AssertionError("no item contains " + text + " in " + page.items());
    }
}

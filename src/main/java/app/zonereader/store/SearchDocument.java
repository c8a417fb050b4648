package app.zonereader.store;

import java.util.List;

/**
 * The text of one article as search sees it: title, subtitle, byline, paragraphs, photo captions and tags, one per
 * line. Built by this one method at import and when making snippets, so offsets agree.
 */
final class SearchDocument {
    private SearchDocument() {
    }

    static String compose(String title, String subtitle, String byline, List<String> paragraphs,
                          List<String> captions, List<String> tags) {
        StringBuilder doc = new StringBuilder(title.length() + subtitle.length() + byline.length()
                + totalLength(paragraphs) + totalLength(captions) + totalLength(tags));
        appendLine(doc, title);
        appendLine(doc, subtitle);
        appendLine(doc, byline);
        paragraphs.forEach(p -> appendLine(doc, p));
        captions.forEach(c -> appendLine(doc, c));
        tags.forEach(t -> appendLine(doc, t));
        return doc.toString();
    }

    /** Room for the lines and a line break each, so the document is built without regrowing. */
    private static int totalLength(List<String> lines) {
        int length = 0;
        for (String line : lines) {
            length += line.length() + 1;
        }
        return length;
    }

    private static void appendLine(StringBuilder doc, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (!doc.isEmpty()) {
            doc.append('\n');
        }
        doc.append(line);
    }
}

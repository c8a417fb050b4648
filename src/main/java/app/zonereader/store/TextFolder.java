package app.zonereader.store;

/**
 * The matching form of text (e.g. full-width → half-width, Traditional → Simplified), applied to documents and queries
 * alike. It must keep the length, so that an offset found in folded text points into the original; a result of another
 * length is ignored and the text used as is.
 */
@FunctionalInterface
public interface TextFolder {
    String fold(String text);

    static TextFolder identity() {
        return text -> text;
    }

    /** Folds {@code text}, falling back to the text itself when the folder broke the same-length promise. */
    static String safely(TextFolder folder, String text) {
        String folded = folder.fold(text);
        return folded != null && folded.length() == text.length() ? folded : text;
    }
}

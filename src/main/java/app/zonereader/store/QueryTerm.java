package app.zonereader.store;

import java.util.Objects;

/**
 * One piece of a user query: a bare word or a quoted phrase, possibly marked as a prefix with a trailing '*'.
 *
 * @param text   the words as typed, without quotes or the trailing '*'; never blank
 * @param phrase true when the user quoted it
 * @param prefix true when it ended in '*'
 */
public record QueryTerm(String text, boolean phrase, boolean prefix) {
    public QueryTerm {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank query term");
        }
    }
}

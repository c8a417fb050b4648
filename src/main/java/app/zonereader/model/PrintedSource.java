package app.zonereader.model;

import java.util.Objects;

/**
 * Where a page was printed, as its file name or its masthead says: the paper and the page (版次). The issue date is
 * the page's own {@link Page#date()}.
 *
 * @param paper     the newspaper (中国高新技术产业导报), or ""
 * @param pageLabel the page as printed, without 第 and 版 and leading zeros (3, A3), or ""
 */
public record PrintedSource(String paper, String pageLabel) {
    public static final PrintedSource NONE = new PrintedSource("", "");

    public PrintedSource {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(pageLabel, "pageLabel");
    }

    public boolean isEmpty() {
        return paper.isEmpty() && pageLabel.isEmpty();
    }
}

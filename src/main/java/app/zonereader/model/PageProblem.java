package app.zonereader.model;

import java.util.Objects;

/**
 * Why some bytes are not imported as a page.
 *
 * @param reason the kind of problem
 * @param detail its specifics in no particular language (a format name, sizes, a share), or ""
 */
public record PageProblem(SkipReason reason, String detail) {
    public PageProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        if (reason == SkipReason.NONE) {
            throw new IllegalArgumentException("a problem needs a reason");
        }
    }
}

package app.zonereader.service;

import app.zonereader.model.PageProblem;
import app.zonereader.model.SkipReason;

import java.io.IOException;
import java.util.Objects;

/** Thrown by {@link PageSource#read()} when the file is not read, for a reason the import reports as such. */
public final class PageSkippedException extends IOException {
    private final transient PageProblem problem;

    public PageSkippedException(SkipReason reason, String detail, Throwable cause) {
        super(reason + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.problem = new PageProblem(reason, Objects.requireNonNull(detail, "detail"));
    }

    public PageSkippedException(SkipReason reason, String detail) {
        this(reason, detail, null);
    }

    public PageProblem problem() {
        return problem;
    }
}

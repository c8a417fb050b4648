package app.zonereader.ui;

import app.zonereader.model.PageProblem;
import app.zonereader.model.SkipReason;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a file was not imported, in the reader's language: the reason's text from the bundles, with its detail (sizes,
 * a format) after it. The switch names every reason, so a new one without a text does not compile. The command line
 * renders with the English bundle ({@link #english()}), as it does warnings.
 */
public final class SkipTexts {
    private final Texts texts;

    public SkipTexts(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public static SkipTexts english() {
        return new SkipTexts(new Texts(Texts.bundle(Locale.ROOT)));
    }

    public String render(PageProblem problem) {
        return render(problem.reason(), problem.detail());
    }

    public String render(SkipReason reason, String detail) {
        String text = texts.get(keyOf(reason));
        return detail.isEmpty() ? text : texts.format(MessageKeys.IMPORT_SKIP_WITH_DETAIL, text, detail);
    }

    static String keyOf(SkipReason reason) {
        return switch (reason) {
            case NONE -> MessageKeys.IMPORT_SKIP_NONE;
            case EMPTY -> MessageKeys.IMPORT_SKIP_EMPTY;
            case NOT_TEXT -> MessageKeys.IMPORT_SKIP_NOT_TEXT;
            case TOO_LARGE -> MessageKeys.IMPORT_SKIP_TOO_LARGE;
            case PAGE_TOO_LONG -> MessageKeys.IMPORT_SKIP_PAGE_TOO_LONG;
            case UNREADABLE -> MessageKeys.IMPORT_SKIP_UNREADABLE;
            case NOT_REGULAR_FILE -> MessageKeys.IMPORT_SKIP_NOT_REGULAR_FILE;
            case DANGLING_LINK -> MessageKeys.IMPORT_SKIP_DANGLING_LINK;
            case SYMLINK_LOOP -> MessageKeys.IMPORT_SKIP_SYMLINK_LOOP;
            case NOT_FOUND -> MessageKeys.IMPORT_SKIP_NOT_FOUND;
            case DELETED -> MessageKeys.IMPORT_SKIP_DELETED;
            case ERROR -> MessageKeys.IMPORT_SKIP_ERROR;
        };
    }
}

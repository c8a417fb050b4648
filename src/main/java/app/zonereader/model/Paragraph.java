package app.zonereader.model;

import java.util.Objects;

/**
 * One paragraph of an article body, already reflowed (no hard line breaks).
 *
 * @param text    the paragraph text as printed (display form, not normalised)
 * @param heading true for an intertitle (小标题) inside the article
 */
public record Paragraph(String text, boolean heading) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    public static Paragraph text(String text) {
        return new Paragraph(text, false);
    }

    public static Paragraph heading(String text) {
        return new Paragraph(text, true);
    }
}

package app.zonereader.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.IndexRange;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The article's body: a read-only, selectable {@link StyleClassedTextArea} whose text is exactly the article's body
 * text, so a highlight's offsets are offsets in the area.
 *
 * <p>It is sized to its content and sits in the pane's scroller under the headline, so headline, metadata and body
 * scroll as one page, as on paper. Virtualisation buys nothing for articles of a few thousand characters, and a
 * separate scroller for the body would leave the headline stuck above it.
 */
final class ArticleBodyView {
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);

    ArticleBodyView() {
        area.setEditable(false);
        area.setWrapText(true);
        area.setId("articleBody");
        area.getStyleClass().add("article-body");
        area.setUseInitialStyleForInsertion(true);
        // Grow with the text: the area's height is its content's, so the outer scroller does all the scrolling.
        area.totalHeightEstimateProperty().addListener((observable, old, height) -> {
            if (height != null) {
                area.setPrefHeight(height + area.snappedTopInset() + area.snappedBottomInset());
            }
        });
        area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Sets the reader's font, size and line spacing on the body (its own stylesheet; see {@link ReadingStyle}). */
    void applyReading(ReadingStyle style) {
        area.getStylesheets().setAll(style.cssUrl(naturalLineHeight(style)));
    }

    /** The height of one line of the font without extra spacing, measured as JavaFX lays it out. */
    private static double naturalLineHeight(ReadingStyle style) {
        Text probe = new Text("中");
        // Without a chosen family the body shows the window's CJK font (set on the root), so measure that one.
        String family = style.fontFamily().or(() -> CjkFont.choose(CjkFont.PREFERRED, Font.getFamilies()))
                .orElse(Font.getDefault().getFamily());
        probe.setFont(Font.font(family, style.fontSize()));
        return probe.getLayoutBounds().getHeight();
    }

    /** Replaces the text and every style; the selection and caret go back to the start. */
    void show(BodyStyles body) {
        area.replaceText(body.text());
        for (int i = 0; i < body.paragraphStyles().size() && i < area.getParagraphs().size(); i++) {
            area.setParagraphStyle(i, body.paragraphStyles().get(i));
        }
        restyle(body);
        area.moveTo(0);
    }

    /** New character styles over the same text (after a highlight changed): one call, the selection stays. */
    void restyle(BodyStyles body) {
        area.setStyleSpans(0, body.spans());
    }

    /** The selected range, empty when nothing is selected. */
    Optional<IndexRange> selection() {
        IndexRange range = area.getSelection();
        return range.getLength() == 0 ? Optional.empty() : Optional.of(range);
    }

    String selectedText() {
        return area.getSelectedText();
    }

    void select(int start, int end) {
        area.selectRange(start, end);
    }

    /** The character under a point of the area, if any. */
    OptionalInt characterAt(double x, double y) {
        return area.hit(x, y).getCharacterIndex();
    }

    /** Where characters are on screen (only once laid out). */
    Optional<Bounds> boundsOnScreen(int start, int end) {
        int to = Math.min(end, area.getLength());
        return start < to ? area.getCharacterBoundsOnScreen(start, to) : Optional.empty();
    }
}

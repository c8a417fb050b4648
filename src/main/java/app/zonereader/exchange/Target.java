package app.zonereader.exchange;

import app.zonereader.exchange.W3cAnnotationDecoder.UnusableEntryException;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * The part of an annotation's target ZoneReader uses: the article, the quoted text with its context
 * (TextQuoteSelector) and offsets (TextPositionSelector), and a highlight colour given as a style class.
 *
 * @param article     the article the target's source names
 * @param quote       the anchor when a TextQuoteSelector was given
 * @param color       the colour of a recognised style class
 * @param hasPosition whether a TextPositionSelector was given
 */
record Target(ArticleKey article, Optional<TextAnchor> quote, Optional<HighlightColor> color, boolean hasPosition) {
    /** @param target a string (just the article) or a SpecificResource with selectors */
    static Target of(ArticleKey article, JsonNode target) throws UnusableEntryException {
        JsonNode quote = null;
        JsonNode position = null;
        for (JsonNode selector : JsonValues.values(target.get("selector"))) {
            if (JsonValues.hasType(selector, W3c.QUOTE_SELECTOR) && quote == null) {
                quote = selector;
            } else if (JsonValues.hasType(selector, W3c.POSITION_SELECTOR) && position == null) {
                position = selector;
            }
        }
        Optional<HighlightColor> color = JsonValues.values(target.get("styleClass")).stream()
                .filter(JsonNode::isTextual).map(name -> W3c.colorOf(name.asText())).flatMap(Optional::stream).findFirst();
        Optional<int[]> offsets = position == null ? Optional.empty() : Optional.of(offsets(position));
        return new Target(article, quote == null ? Optional.empty() : Optional.of(anchor(quote, offsets)), color,
                position != null);
    }

    /**
     * The offsets are only a hint re-anchoring checks first; a quote without them gets {@code 0..length}, which the
     * library verifies against the text like any other hint before falling back to finding the quote.
     */
    private static TextAnchor anchor(JsonNode quote, Optional<int[]> offsets) throws UnusableEntryException {
        String exact = JsonValues.text(quote, "exact").orElse("");
        if (exact.isEmpty()) {
            throw new UnusableEntryException("its TextQuoteSelector has no exact text");
        }
        String prefix = JsonValues.text(quote, "prefix").orElse("");
        String suffix = JsonValues.text(quote, "suffix").orElse("");
        int[] range = offsets.orElse(new int[]{0, exact.length()});
        return new TextAnchor(exact, prefix.substring(Math.max(0, prefix.length() - TextAnchor.CONTEXT)),
                suffix.substring(0, Math.min(suffix.length(), TextAnchor.CONTEXT)), range[0], range[1]);
    }

    private static int[] offsets(JsonNode position) throws UnusableEntryException {
        JsonNode start = position.get("start");
        JsonNode end = position.get("end");
        if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt() || !start.isIntegralNumber()
                || !end.isIntegralNumber() || start.asInt() < 0 || end.asInt() < start.asInt()) {
            throw new UnusableEntryException("its TextPositionSelector needs whole numbers 0 <= start <= end, not "
                    + JsonValues.show(position));
        }
        return new int[]{start.asInt(), end.asInt()};
    }
}

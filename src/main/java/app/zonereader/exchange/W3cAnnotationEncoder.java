package app.zonereader.exchange;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.TextAnchor;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Pattern;

/**
 * One annotation as a W3C Web Annotation. Standard fields only, so any conforming tool reads it whole:
 * <ul>
 *   <li>a highlight's colour is the standard's styling: {@code target.styleClass} ({@code zonereader-yellow}) with
 *       the CSS that defines it in {@code stylesheet} (model §4.4);</li>
 *   <li>notes and tags are {@code TextualBody}s with purpose commenting or tagging;</li>
 *   <li>a highlight targets its article with a TextQuoteSelector and a TextPositionSelector; the other kinds
 *       target the article's URI;</li>
 *   <li>the anchored/orphaned status is not written: it describes this library, and the reading library works it out
 *       again from the selectors.</li>
 * </ul>
 * Each annotation carries its own {@code @context}, so one copied out of a collection still stands alone.
 */
final class W3cAnnotationEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern BARE_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    ObjectNode encode(Annotation annotation) {
        ObjectNode node = NODES.objectNode();
        node.put("@context", W3c.CONTEXT);
        node.put("id", iri(annotation.uuid()));
        node.put("type", W3c.ANNOTATION);
        node.put("motivation", W3c.motivation(annotation.kind(), !annotation.text().isEmpty()));
        node.put("created", annotation.created().toString());
        node.put("modified", annotation.modified().toString());
        if (!annotation.text().isEmpty()) {
            node.set("body", body(annotation));
        }
        String source = annotation.article().uri();
        if (annotation.kind() == AnnotationKind.HIGHLIGHT) {
            ObjectNode target = node.putObject("target");
            target.put("source", source);
            target.put("styleClass", W3c.styleClass(annotation.color()));
            target.putArray("selector").add(quoteSelector(annotation.anchor())).add(positionSelector(annotation.anchor()));
            ObjectNode stylesheet = node.putObject("stylesheet");
            stylesheet.put("type", W3c.CSS_STYLESHEET);
            stylesheet.put("value", W3c.stylesheet(annotation.color()));
        } else {
            node.put("target", source);
        }
        return node;
    }

    /** The id as an IRI: a stored bare UUID becomes {@code urn:uuid:…}, anything else is kept as it is. */
    static String iri(String uuid) {
        return BARE_UUID.matcher(uuid).matches() ? "urn:uuid:" + uuid : uuid;
    }

    private static ObjectNode body(Annotation annotation) {
        ObjectNode body = NODES.objectNode();
        body.put("type", W3c.TEXTUAL_BODY);
        body.put("purpose", annotation.kind() == AnnotationKind.TAG ? W3c.TAGGING : W3c.COMMENTING);
        body.put("value", annotation.text());
        body.put("format", W3c.PLAIN_TEXT);
        W3c.languageOf(annotation.text()).ifPresent(language -> body.put("language", language));
        return body;
    }

    private static ObjectNode quoteSelector(TextAnchor anchor) {
        ObjectNode selector = NODES.objectNode();
        selector.put("type", W3c.QUOTE_SELECTOR);
        selector.put("exact", anchor.exact());
        selector.put("prefix", anchor.prefix());
        selector.put("suffix", anchor.suffix());
        return selector;
    }

    private static ObjectNode positionSelector(TextAnchor anchor) {
        ObjectNode selector = NODES.objectNode();
        selector.put("type", W3c.POSITION_SELECTOR);
        selector.put("start", anchor.start());
        selector.put("end", anchor.end());
        return selector;
    }
}

package app.zonereader.exchange;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model lets almost every property be one value or a list of them ({@code "motivation": "tagging"} or
 * {@code ["tagging"]}); these helpers read both the same way.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The property's values: none when absent or null, the elements of an array, else the one value. */
    static List<JsonNode> values(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> values = new ArrayList<>(node.size());
            node.forEach(values::add);
            return values;
        }
        return List.of(node);
    }

    /** The string values of a property of {@code object}. */
    static List<String> texts(JsonNode object, String property) {
        return values(object.get(property)).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    /** The first string value of a property of {@code object}. */
    static Optional<String> text(JsonNode object, String property) {
        List<String> texts = texts(object, property);
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
    }

    /** Whether the object's {@code type} is, or includes, {@code type}. */
    static boolean hasType(JsonNode object, String type) {
        return object.isObject() && texts(object, "type").contains(type);
    }

    /** A value to quote in a message: short, one line. */
    static String show(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}

package app.zonereader.exchange;

import app.zonereader.model.HighlightColor;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An annotation's bodies sorted by what ZoneReader makes of them: note texts, tags (purpose tagging) and a colour
 * (a body with purpose highlighting whose value names one, as some tools write it).
 *
 * @param notes texts of TextualBodies and {@code bodyValue}; a body given only by IRI contributes its IRI
 * @param tags  values of bodies with purpose tagging
 * @param color a colour named by a highlighting body
 */
record Bodies(List<String> notes, List<String> tags, Optional<HighlightColor> color) {
    static Bodies of(JsonNode entry) {
        List<String> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Optional<HighlightColor> color = Optional.empty();
        for (JsonNode body : JsonValues.values(entry.get("body"))) {
            JsonNode chosen = JsonValues.hasType(body, W3c.CHOICE)
                    ? JsonValues.values(body.get("items")).stream().findFirst().orElse(body) : body;
            Optional<String> text = textOf(chosen);
            if (text.isEmpty() || text.get().isBlank()) {
                continue;
            }
            List<String> purposes = chosen.isObject()
                    ? JsonValues.texts(chosen, "purpose").stream().map(W3c::term).toList() : List.of();
            if (purposes.contains(W3c.TAGGING)) {
                tags.add(text.get());
            } else if (purposes.contains(W3c.HIGHLIGHTING) && W3c.colorOf(text.get()).isPresent()) {
                color = color.or(() -> W3c.colorOf(text.get()));
            } else {
                notes.add(text.get());
            }
        }
        JsonValues.texts(entry, "bodyValue").stream().filter(text -> !text.isBlank()).forEach(notes::add);
        return new Bodies(notes, tags, color);
    }

    /** A TextualBody's value, or the IRI of a body that is only referenced. */
    private static Optional<String> textOf(JsonNode body) {
        if (body.isTextual()) {
            return Optional.of(body.asText());
        }
        Optional<String> value = JsonValues.text(body, "value");
        return value.isPresent() ? value : JsonValues.text(body, "id");
    }
}

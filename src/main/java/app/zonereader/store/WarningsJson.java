package app.zonereader.store;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Ingest warnings in a warnings column: a JSON array of {@code {"code": "JUMP_LINE_REMOVED", "args": ["下转第4版"]}}.
 * Rows written before warnings had codes hold plain strings; those read back as {@link WarningCode#LEGACY} with the
 * text, and so does an object whose code this version does not know, so that no warning is lost.
 */
final class WarningsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WarningsJson() {
    }

    static String encode(List<IngestWarning> warnings) {
        ArrayNode array = JSON.createArrayNode();
        for (IngestWarning warning : warnings) {
            ObjectNode object = array.addObject();
            object.put("code", warning.code().name());
            ArrayNode args = object.putArray("args");
            warning.args().forEach(args::add);
        }
        return array.toString();
    }

    /** Reads a column written by {@link #encode} or by an older version; anything else is a damaged row. */
    static List<IngestWarning> decode(String json) {
        JsonNode array;
        try {
            array = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad warnings JSON: " + json, e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("warnings are not a JSON array: " + json);
        }
        List<IngestWarning> warnings = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            warnings.add(element.isTextual() ? legacy(element.asText()) : coded(element));
        }
        return warnings;
    }

    private static IngestWarning coded(JsonNode element) {
        List<String> args = new ArrayList<>();
        element.path("args").forEach(arg -> args.add(arg.asText()));
        String code = element.path("code").asText();
        for (WarningCode known : WarningCode.values()) {
            if (known.name().equals(code) && known.arity() == args.size()) {
                return new IngestWarning(known, args);
            }
        }
        return legacy(element.toString());
    }

    private static IngestWarning legacy(String text) {
        return IngestWarning.of(WarningCode.LEGACY, text);
    }
}

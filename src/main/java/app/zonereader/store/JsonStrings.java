package app.zonereader.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.util.List;

/** Lists of strings kept in one column as a JSON array (readable by SQLite's json functions too). */
final class JsonStrings {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Readers and writers are immutable and thread-safe; built once, they skip the per-call type resolution.
    private static final ObjectWriter WRITER = MAPPER.writerFor(new TypeReference<List<String>>() { });
    private static final ObjectReader READER = MAPPER.readerFor(new TypeReference<List<String>>() { });

    private JsonStrings() {
    }

    static String encode(List<String> values) {
        try {
            return WRITER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always has a JSON form", e);
        }
    }

    /** Reads an array of strings; anything else is a damaged row and fails loudly. */
    static List<String> decode(String json) {
        try {
            List<String> values = READER.readValue(json);
            if (values == null || values.contains(null)) {
                throw new IllegalArgumentException("bad JSON list: " + json);
            }
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON list: " + json, e);
        }
    }
}

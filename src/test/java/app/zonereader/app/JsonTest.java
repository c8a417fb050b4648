package app.zonereader.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesWhatJacksonReadsBackInTheSameKeyOrder() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", "“产城职创”\n\"q\"\\\u0001");
        map.put("zone", null);
        map.put("tags", List.of());
        map.put("n", 3);
        String json = Json.write(map);
        JsonNode read = MAPPER.readTree(json);
        assertEquals("“产城职创”\n\"q\"\\\u0001", read.get("title").asText());
        assertTrue(read.get("zone").isNull());
        assertTrue(read.get("tags").isArray() && read.get("tags").isEmpty());
        assertEquals(3, read.get("n").asInt());
        assertEquals(List.of("title", "zone", "tags", "n"), iterableToList(read.fieldNames()));
    }

    @Test
    void writesChineseAsIsAndEscapesControlCharacters() {
        String json = Json.write(Map.of("title", "永川高新区\u0001"));
        assertTrue(json.contains("永川高新区"), json);
        assertFalse(json.contains("\\u6c38"), json);
        assertTrue(json.contains("\\u0001"), json);
    }

    @Test
    void writesNestedListsIndented() throws Exception {
        String json = Json.write(List.of(Arrays.asList(1, null)));
        assertEquals(MAPPER.readTree("[[1,null]]"), MAPPER.readTree(json));
        assertEquals("[\n  [\n    1,\n    null\n  ]\n]", json, "one element a line, for people");
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}

package app.zonereader.app;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void escapesStringsAndWritesNulls() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", "“产城职创”\n\"q\"\\\u0001");
        map.put("zone", null);
        map.put("tags", List.of());
        map.put("n", 3);
        assertEquals("{\n  \"title\": \"“产城职创”\\n\\\"q\\\"\\\\\\u0001\",\n  \"zone\": null,\n  \"tags\": [],\n  \"n\": 3\n}",
                Json.write(map));
    }

    @Test
    void writesNestedLists() {
        assertEquals("[\n  [\n    1,\n    null\n  ]\n]", Json.write(List.of(Arrays.asList(1, null))));
    }
}

package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonStringsTest {
    @Test
    void roundTripsAnyText() {
        List<String> values = List.of("", "永川", "quote \" backslash \\ slash /", "line\nbreak\ttab\r", "\u0001\u001f", "🙂");
        assertEquals(values, JsonStrings.decode(JsonStrings.encode(values)));
        assertEquals(List.of(), JsonStrings.decode(JsonStrings.encode(List.of())));
    }

    @Test
    void readsWhatSqliteWrites() {
        assertEquals(List.of("a", "é", "b c"), JsonStrings.decode(" [ \"a\" , \"\\u00e9\",\"b c\" ] "));
    }

    @Test
    void valuesWithAndWithoutEscapesMixInOneList() {
        assertEquals(List.of("plain 永川", "\"lead", "trail\\", "mid\nd\u00e9le", ""),
                JsonStrings.decode("[\"plain 永川\",\"\\\"lead\",\"trail\\\\\",\"mid\\nd\\u00e9le\",\"\"]"));
    }

    @Test
    void anUnterminatedValueFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode("[\"abc"));
        assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode("[\"a\\"));
    }

    @Test
    void damagedListsFailLoudly() {
        assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode("[\"a\""));
        assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode("{}"));
        assertThrows(IllegalArgumentException.class, () -> JsonStrings.decode("[\"a\" \"b\"]"));
    }
}

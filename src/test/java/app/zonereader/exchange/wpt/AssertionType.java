package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** How much a failed assertion weighs: its {@code assertionType}. Absent or unknown is must, as in JSONtest. */
enum AssertionType {
    MUST, SHOULD, MAY;

    static AssertionType of(JsonNode assertion) {
        return named(assertion.path("assertionType").asText("must"));
    }

    static AssertionType named(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "should" -> SHOULD;
            case "may" -> MAY;
            default -> MUST;
        };
    }
}

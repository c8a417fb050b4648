package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** How much a failed assertion weighs: its {@code assertionType}. Absent or unknown is must, as in JSONtest. */
enum AssertionType {
    MUST, SHOULD, MAY;

    static AssertionType of(JsonNode assertion) {
        String value = assertion.path("assertionType").asText("must").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "should" -> SHOULD;
            case "may" -> MAY;
            default -> MUST;
        };
    }
}

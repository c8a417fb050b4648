package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the rest of an assertion list does after an assertion: go on, skip the rest of this list, or stop the test.
 * Set by {@code onUnexpectedResult} (failAndContinue, failAndSkip, failAndAbort and their passAnd… twins, which
 * JSONtest maps the same way) and only when the result was not the expected one.
 */
enum NextAction {
    CONTINUE, SKIP, ABORT;

    static NextAction afterUnexpected(JsonNode assertion) {
        String value = assertion.path("onUnexpectedResult").asText("failAndContinue");
        if (value.endsWith("AndSkip")) {
            return SKIP;
        }
        return value.endsWith("AndAbort") ? ABORT : CONTINUE;
    }
}

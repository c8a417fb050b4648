package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

import java.util.List;

/** One entry of a .test file's assertion list, loaded and expanded. */
sealed interface Assertion {
    /** A JSON Schema the content is validated against. */
    record Schema(Meta meta, JsonSchema schema) implements Assertion {
    }

    /** A condition object: its children's results combined with {@code compareWith} ("and" unless "or"). */
    record Condition(Meta meta, boolean anyOf, List<Assertion> children) implements Assertion {
    }

    /** A nested assertion list. */
    record Nested(List<Assertion> children) implements Assertion {
    }

    /** A reference to an assertion file that is not in the suite folder. */
    record Unresolved(String reference) implements Assertion {
    }

    /**
     * The harness keywords of an assertion or condition object.
     *
     * @param name         the assertion file it came from, else its title
     * @param expectValid  {@code expectedResult} is "valid" (the default), not "invalid"
     * @param errorMessage what the harness says when the result is unexpected
     */
    record Meta(String name, AssertionType type, boolean expectValid, NextAction onUnexpected, String errorMessage) {
        static Meta of(JsonNode assertion, String name) {
            return new Meta(name, AssertionType.of(assertion),
                    !"invalid".equals(assertion.path("expectedResult").asText("valid")),
                    NextAction.afterUnexpected(assertion),
                    assertion.path("errorMessage").asText("Result was not " + assertion.path("expectedResult").asText("valid")));
        }
    }
}

package app.zonereader.exchange.wpt;

import app.zonereader.exchange.wpt.AssertionResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness semantics, on a small suite of its own: no copy of web-platform-tests needed. */
class JsonTestRunnerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NEEDS_A = """
            {"$schema": "http://json-schema.org/draft-04/schema#", "title": "has a", "required": ["a"]}""";
    private static final String NEEDS_B = """
            {"title": "has b", "required": ["b"], "errorMessage": "no b"}""";

    @TempDir
    Path suite;

    @BeforeEach
    void aSuiteWithDefinitions() throws IOException {
        write("definitions/defs.json", """
                {"$schema": "http://json-schema.org/draft-04/schema#", "id": "defs.json", "definitions": {
                  "stringA": {"properties": {"a": {"type": "string"}}},
                  "refWithSibling": {"$ref": "#/definitions/anything", "required": ["never"]},
                  "anything": {}
                }}""");
        write("common/needsA.json", NEEDS_A);
        write("t/needsB.json", NEEDS_B);
    }

    @Test
    void anAssertionPassesWhenValidationGivesTheExpectedResult() throws IOException {
        List<AssertionResult> results = run("""
                ["common/needsA.json",
                 {"assertionFile": "needsB.json", "expectedResult": "invalid"},
                 {"title": "a is a string", "$ref": "defs.json#/definitions/stringA"}]""", "{\"a\": 1}");
        assertEquals(List.of(Outcome.PASSED, Outcome.PASSED, Outcome.FAILED), outcomes(results));
        assertEquals(List.of("common/needsA.json", "needsB.json", "a is a string"),
                results.stream().map(AssertionResult::assertion).toList());
    }

    @Test
    void onlyAFailedMustIsAMustFailureAndSkipFailuresHidesTheRest() throws IOException {
        String assertions = """
                [{"title": "should have b", "assertionType": "should", "required": ["b"]},
                 {"title": "may have c", "assertionType": "may", "required": ["c"]},
                 {"title": "must have d", "required": ["d"]}]""";
        List<AssertionResult> all = run(assertions, "{}");
        assertEquals(List.of(AssertionType.SHOULD, AssertionType.MAY, AssertionType.MUST),
                all.stream().map(AssertionResult::type).toList());
        assertEquals(1, all.stream().filter(AssertionResult::isMustFailure).count());
        write("t/quiet.test", "{\"skipFailures\": [\"should\", \"may\"], \"assertions\": " + assertions + "}");
        List<AssertionResult> quiet = new JsonTestRunner().run(load("t/quiet.test"), MAPPER.createObjectNode());
        assertEquals(List.of("must have d"), quiet.stream().map(AssertionResult::assertion).toList());
    }

    @Test
    void failAndSkipSkipsTheRestOfItsListAndFailAndAbortStopsTheTest() throws IOException {
        List<AssertionResult> skipped = run("""
                [[{"title": "b", "required": ["b"], "onUnexpectedResult": "failAndSkip"}, "common/needsA.json"],
                 "common/needsA.json"]""", "{\"a\": 1}");
        assertEquals(List.of(Outcome.FAILED, Outcome.SKIPPED, Outcome.PASSED), outcomes(skipped));
        List<AssertionResult> aborted = run("""
                [[{"title": "b", "required": ["b"], "onUnexpectedResult": "failAndAbort"}, "common/needsA.json"],
                 "common/needsA.json"]""", "{\"a\": 1}");
        assertEquals(List.of(Outcome.FAILED), outcomes(aborted));
    }

    @Test
    void aConditionCombinesItsChildrenWithOrOrAnd() throws IOException {
        String condition = """
                [{"title": "a or b", "compareWith": "%s", "errorMessage": "neither",
                  "assertions": ["common/needsA.json", "needsB.json"]}]""";
        List<AssertionResult> or = run(condition.formatted("or"), "{\"a\": 1}");
        assertEquals(List.of(Outcome.PASSED, Outcome.FAILED, Outcome.PASSED), outcomes(or), "children, then the condition");
        List<AssertionResult> and = run(condition.formatted("and"), "{\"a\": 1}");
        assertEquals(Outcome.FAILED, and.get(2).outcome());
        assertEquals("neither", and.get(2).message());
    }

    @Test
    void aFailureSaysTheAssertionsErrorMessage() throws IOException {
        AssertionResult failed = run("[\"needsB.json\"]", "{}").get(0);
        assertTrue(failed.message().startsWith("no b"), failed.message());
        assertTrue(failed.isMustFailure());
    }

    @Test
    void aMissingAssertionFileIsReportedAsMissingAndTheRestStillRun() throws IOException {
        List<AssertionResult> results = run("[\"common/gone.json\", \"common/needsA.json\"]", "{\"a\": 1}");
        assertEquals(List.of(Outcome.MISSING, Outcome.PASSED), outcomes(results));
        assertFalse(results.get(0).isMustFailure());
    }

    /** As in Ajv: keywords beside a $ref are ignored, so the definition's "required": ["never"] does not apply. */
    @Test
    void keywordsBesideARefAreIgnoredAsAjvIgnoresThem() throws IOException {
        List<AssertionResult> results = run("[{\"title\": \"r\", \"$ref\": \"defs.json#/definitions/refWithSibling\"}]", "{}");
        assertEquals(List.of(Outcome.PASSED), outcomes(results));
    }

    @Test
    void formatsAreChecked() throws IOException {
        String assertions = """
                [{"title": "uri", "properties": {"id": {"type": "string", "format": "uri"}}},
                 {"title": "date-time", "properties": {"created": {"type": "string", "format": "date-time"}}}]""";
        assertEquals(List.of(Outcome.PASSED, Outcome.PASSED),
                outcomes(run(assertions, "{\"id\": \"urn:uuid:1\", \"created\": \"2024-05-01T08:00:00Z\"}")));
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED),
                outcomes(run(assertions, "{\"id\": \"not a uri\", \"created\": \"yesterday\"}")));
    }

    private List<AssertionResult> run(String assertions, String content) throws IOException {
        write("t/case.test", "{\"name\": \"case\", \"assertions\": " + assertions + "}");
        JsonNode document = MAPPER.readTree(content);
        return new JsonTestRunner().run(load("t/case.test"), document);
    }

    private JsonTest load(String test) throws IOException {
        return new JsonTestLoader(suite).load(suite.resolve(test));
    }

    private static List<Outcome> outcomes(List<AssertionResult> results) {
        return results.stream().map(AssertionResult::outcome).toList();
    }

    private void write(String path, String json) throws IOException {
        Path file = suite.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}

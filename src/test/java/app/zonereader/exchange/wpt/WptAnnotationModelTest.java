package app.zonereader.exchange.wpt;

import app.zonereader.exchange.Samples;
import app.zonereader.exchange.W3cAnnotationWriter;
import app.zonereader.model.Annotation;
import app.zonereader.model.HighlightColor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JSON export against the W3C's own test suite for the Web Annotation Data Model: the MUST tests of
 * web-platform-tests' {@code annotation-model} folder, run with the semantics of its harness
 * ({@link JsonTestRunner}). The suite is another project's code and is not in this repository: point the system
 * property or environment variable {@code WPT_ANNOTATION_MODEL} at a copy of the folder (fetch it with
 * {@code src/test/scripts/fetch_wpt_annotation_model.py}); without it these tests are skipped. A copy missing some
 * assertion files fails, unless {@code WPT_ANNOTATION_MODEL_PARTIAL=true} says the gap is known.
 * The reports are written to {@code target/wpt-annotation-model/}.
 */
class WptAnnotationModelTest {
    private static final Logger LOG = LoggerFactory.getLogger(WptAnnotationModelTest.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SUITE = "WPT_ANNOTATION_MODEL";
    private static final String PARTIAL = "WPT_ANNOTATION_MODEL_PARTIAL";
    private static final String QUOTE_SELECTOR_MUST = "specificResource/4.2.4-textQuoteSelectorValid.json";

    private static Path suite;
    private static List<JsonTest> annotationTests;
    private static List<JsonTest> collectionTests;
    private static List<JsonTest> optionalTests;

    /** Each test is skipped, with the reason, when the suite is not there; it is loaded once when it is. */
    @BeforeEach
    void theSuite() throws IOException {
        Optional<Path> folder = setting(SUITE).map(Path::of);
        assumeTrue(folder.isPresent(), "set " + SUITE + " to a copy of web-platform-tests' annotation-model folder "
                + "(python3 src/test/scripts/fetch_wpt_annotation_model.py DIR) to run the W3C suite");
        if (annotationTests == null) {
            load(folder.get());
        }
    }

    private static void load(Path folder) throws IOException {
        suite = folder;
        assertTrue(Files.isDirectory(suite.resolve("definitions")), SUITE + "=" + suite + " has no definitions folder");
        JsonTestLoader loader = new JsonTestLoader(suite);
        List<JsonTest> tests = new ArrayList<>();
        for (Path file : testsEndingWith(suite, "musts.test")) {
            tests.add(loader.load(file));
        }
        optionalTests = new ArrayList<>();
        for (Path file : testsEndingWith(suite, "optionals.test")) {
            optionalTests.add(loader.load(file));
        }
        annotationTests = tests.stream().filter(test -> !test.path().startsWith("collections/")).toList();
        collectionTests = tests.stream().filter(test -> test.path().startsWith("collections/")).toList();
        assertFalse(annotationTests.isEmpty() || collectionTests.isEmpty(), "no MUST tests found under " + suite);
    }

    @Test
    void everyExportedAnnotationMeetsTheSuitesMusts() throws IOException {
        SuiteReport report = new SuiteReport();
        for (JsonNode annotation : export(library()).get("first").get("items")) {
            report.add("annotation " + annotation.get("id").asText(), run(annotationTests, annotation));
        }
        write(report, "annotations.txt");
        assertEquals(library().size(), report.documentCount());
        assertEquals(List.of(), report.mustFailures(), report::text);
        assertCompleteUnlessPartial(report);
    }

    @Test
    void theExportedCollectionAndItsEmbeddedPageMeetTheSuitesMusts() throws IOException {
        SuiteReport report = new SuiteReport();
        report.add("collection with its first page", run(collectionTests, export(library())));
        JsonTest collectionMusts = collectionTests.stream().filter(test -> test.path().equals(
                "collections/collectionMusts.test")).findFirst().orElseThrow();
        report.add("empty collection", new JsonTestRunner().run(collectionMusts, export(List.of())));
        write(report, "collection.txt");
        assertEquals(List.of(), report.mustFailures(), report::text);
        assertCompleteUnlessPartial(report);
    }

    /** The SHOULD and MAY tests (annotationOptionals.test, …): reported in optionals.txt, never required. */
    @Test
    void theSuitesOptionalTestsAreReported() throws IOException {
        assumeFalse(optionalTests.isEmpty(), "no *Optionals.test in this copy of the suite");
        SuiteReport report = new SuiteReport();
        for (JsonNode annotation : export(library()).get("first").get("items")) {
            report.add("annotation " + annotation.get("id").asText(), run(optionalTests, annotation));
        }
        write(report, "optionals.txt");
        assertTrue(report.evaluated() > 0, report::text);
        assertEquals(List.of(), report.mustFailures(), report::text);
    }

    /** The runner can fail: the musts catch what the model forbids. */
    @Test
    void theMustsCatchAnAnnotationWithoutContextOrOfTheWrongType() throws IOException {
        ObjectNode highlight = (ObjectNode) export(library()).get("first").get("items").get(0);
        assertCaughtBy("annotations/3.1-annotationContextValidated.json", highlight.deepCopy().without("@context"));
        assertCaughtBy("annotations/3.1-annotationTypeValidated.json", highlight.deepCopy().put("type", "Note"));
    }

    @Test
    void theMustsCatchATextQuoteSelectorWithoutExact() throws IOException {
        assumeTrue(Files.isRegularFile(suite.resolve(QUOTE_SELECTOR_MUST)), QUOTE_SELECTOR_MUST
                + " is not in this copy of the suite; no other MUST looks inside a selector");
        ObjectNode highlight = (ObjectNode) export(library()).get("first").get("items").get(0);
        ((ObjectNode) highlight.get("target").get("selector").get(0)).remove("exact");
        assertCaughtBy(QUOTE_SELECTOR_MUST, highlight);
    }

    private static void assertCaughtBy(String assertionFile, JsonNode broken) {
        List<AssertionResult> failures = run(annotationTests, broken).stream()
                .filter(AssertionResult::isMustFailure).toList();
        assertTrue(failures.stream().anyMatch(failure -> failure.assertion().equals(assertionFile)),
                assertionFile + " should fail for " + broken + ", failures were " + failures);
    }

    /** A realistic library: a noted highlight in every colour, a bare one, an article note, a bookmark, a tag, an orphan. */
    private static List<Annotation> library() {
        List<Annotation> library = new ArrayList<>(Samples.everyKind());
        for (HighlightColor color : HighlightColor.values()) {
            int start = 3 * color.ordinal();
            library.add(Samples.highlight("urn:uuid:00000000-0000-4000-8000-0000000001" + (10 + color.ordinal()),
                    start, start + 4, color, "笔记：" + color.code()));
        }
        return library;
    }

    private static List<AssertionResult> run(List<JsonTest> tests, JsonNode document) {
        JsonTestRunner runner = new JsonTestRunner();
        return tests.stream().flatMap(test -> runner.run(test, document).stream()).toList();
    }

    private static JsonNode export(List<Annotation> annotations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new W3cAnnotationWriter().write(Samples.rows(annotations), out);
        return MAPPER.readTree(out.toByteArray());
    }

    /** The .test files whose names end so: "musts.test" (annotationMusts.test, 3.1-model-musts.test, …), "optionals.test". */
    private static List<Path> testsEndingWith(Path suite, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(suite)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ending))
                    .sorted().toList();
        }
    }

    private static void assertCompleteUnlessPartial(SuiteReport report) {
        if (!setting(PARTIAL).map(Boolean::parseBoolean).orElse(false)) {
            assertEquals(List.of(), report.missing(), () -> "the copy of the suite lacks assertion files; fetch them "
                    + "or set " + PARTIAL + "=true\n" + report.text());
        }
    }

    private static void write(SuiteReport report, String name) throws IOException {
        Path file = Path.of("target", "wpt-annotation-model", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        LOG.info("W3C annotation-model suite, {}: {} (details in {})", name, report.summary(), file);
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(value -> !value.isBlank());
    }
}

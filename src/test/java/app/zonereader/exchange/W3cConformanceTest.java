package app.zonereader.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON export against the MUST assertions of the W3C Web Annotation Data Model
 * ({@code src/test/resources/web-annotation-musts}), one schema per assertion so a failure names it.
 */
class W3cConformanceTest {
    /** The Annotation musts of the W3C suite's annotationMusts.test, then those of the parts ZoneReader writes. */
    private static final List<String> ANNOTATION_MUSTS = List.of(
            "3.1-annotationContextValidated", "3.1-annotationIdValidated", "3.1-annotationTypeValidated",
            "3.1-targetKeyFound", "3.2-targetObjectsRecognized", "3.2.5-notBodyBodyValue", "3.2-bodyObjectsRecognized",
            "3.2.5-bodyValueValidated", "3.3.1-annotationCreatedValidated", "3.3.1-annotationModifiedValidated",
            "3.3.1-annotationGeneratedValidated", "3.3.6-annotationRightsValidated",
            "3.3.7-annotationCanonicalValidated", "3.3.7-annotationViaValidated",
            "3.3.5-motivationAndPurposeRecognized", "3.2.4-textualBodyValid", "4.2-textSelectorsValid",
            "4.4-styleClassValidIfPresent");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode definitions;

    @BeforeAll
    static void loadSchemas() throws Exception {
        try (InputStream in = W3cConformanceTest.class.getResourceAsStream("/web-annotation-musts/musts.schema.json")) {
            definitions = MAPPER.readTree(in).get("definitions");
        }
    }

    @Test
    void everyKindOfExportedAnnotationMeetsEveryMust() throws Exception {
        JsonNode collection = export();
        JsonNode items = collection.get("first").get("items");
        assertEquals(Samples.everyKind().size(), items.size());
        for (JsonNode annotation : items) {
            for (String must : ANNOTATION_MUSTS) {
                Set<ValidationMessage> errors = schema(must).validate(annotation);
                assertTrue(errors.isEmpty(), must + " fails for " + annotation + ": " + errors);
            }
        }
    }

    @Test
    void theCollectionAndItsEmbeddedPageMeetTheirMusts() throws Exception {
        JsonNode collection = export();
        assertEquals(Set.of(), schema("5.1-collectionValid").validate(collection));
        assertEquals(Samples.everyKind().size(), collection.get("total").asInt());
        assertEquals("AnnotationPage", collection.get("first").get("type").asText());
    }

    @Test
    void anEmptyExportIsAValidCollectionWithoutAPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new W3cAnnotationWriter().write(List.of(), out);
        JsonNode collection = MAPPER.readTree(out.toByteArray());
        assertEquals(Set.of(), schema("5.1-collectionValid").validate(collection));
        assertEquals(0, collection.get("total").asInt());
        assertFalse(collection.has("first"));
    }

    /** The schemas can fail: each catches the fault it is about. */
    @Test
    void theMustsRejectWhatTheModelForbids() throws Exception {
        ObjectNode highlight = (ObjectNode) export().get("first").get("items").get(0);
        assertFails("3.1-targetKeyFound", highlight.deepCopy().without("target"));
        assertFails("4.4-styleClassValidIfPresent", highlight.deepCopy().without("stylesheet"));
        assertFails("3.3.1-annotationCreatedValidated", highlight.deepCopy().put("created", "yesterday"));
        assertFails("3.1-annotationContextValidated", highlight.deepCopy().put("@context", "http://example.org/ctx"));
        assertFails("3.3.5-motivationAndPurposeRecognized", highlight.deepCopy().put("motivation", "liking"));
        assertFails("3.2.5-notBodyBodyValue", highlight.deepCopy().put("bodyValue", "x"));
        ObjectNode badPosition = highlight.deepCopy();
        ((ObjectNode) badPosition.get("target").get("selector").get(1)).put("start", -1);
        assertFails("4.2-textSelectorsValid", badPosition);
        ObjectNode quoteWithoutExact = highlight.deepCopy();
        ((ObjectNode) quoteWithoutExact.get("target").get("selector").get(0)).remove("exact");
        assertFails("4.2-textSelectorsValid", quoteWithoutExact);
        assertFails("3.1-annotationTypeValidated", highlight.deepCopy().put("type", "Note"));
        assertFails("3.1-annotationContextValidated", highlight.deepCopy().without("@context"));
    }

    private static void assertFails(String must, JsonNode annotation) {
        assertFalse(schema(must).validate(annotation).isEmpty(), must + " should reject " + annotation);
    }

    private static JsonNode export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new W3cAnnotationWriter().write(Samples.rows(Samples.everyKind()), out);
        return MAPPER.readTree(out.toByteArray());
    }

    /** The named definition as a schema of its own, with every definition beside it for its references. */
    private static JsonSchema schema(String must) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.set("definitions", definitions);
        schema.put("$ref", "#/definitions/" + must);
        if (!definitions.has(must)) {
            throw new IllegalArgumentException("no schema for " + must);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    }
}

package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draft-04 schemas from the suite, validated the way its harness validates them. The harness (JSONtest) registers
 * the {@code definitions/*.json} files with Ajv under their relative ids ({@code "id": "bodyTarget.json"}) and
 * compiles each assertion, so {@code "$ref": "bodyTarget.json#/definitions/…"} means that file. Here every schema
 * lives under one made-up base IRI, which this class serves from the local {@code definitions} folder: nothing is
 * fetched from the network.
 *
 * <p>Ajv ignores the keywords beside a {@code $ref} (its default {@code extendRefs: "ignore"}, as draft-04 says);
 * the networknt validator applies them. The suite relies on Ajv's reading ({@code specificeResourceDetected} is
 * {@code "$ref": "#/definitions/sourceDetected"} with an {@code anyOf} beside it), so those siblings are dropped
 * before validating, along with the harness's own keywords, which are not JSON Schema.
 */
final class AjvCompatibleSchemas {
    static final String BASE = "https://wpt.invalid/annotation-model/definitions/";
    private static final Set<String> HARNESS_KEYWORDS = Set.of("assertionType", "expectedResult", "onUnexpectedResult",
            "errorMessage", "assertionFile", "compareWith", "assertions", "message");
    private static final Set<String> KEPT_BESIDE_REF = Set.of("$ref", "id", "$schema");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path definitions;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();  // Ajv checks formats too
    private final AtomicInteger inline = new AtomicInteger();

    /** @param definitions the suite's {@code definitions} folder */
    AjvCompatibleSchemas(Path definitions) {
        this.definitions = definitions;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .schemaLoaders(loaders -> loaders.values(List::clear).add(this::definition)));
    }

    /** The assertion as a schema; an assertion without an id gets a name of its own under the base IRI. */
    JsonSchema compile(JsonNode assertion) {
        String name = assertion.path("id").asText("inline-" + inline.incrementAndGet() + ".json");
        return factory.getSchema(SchemaLocation.of(BASE + name), ajvReading(withoutHarnessKeywords(assertion)), config);
    }

    private InputStreamSource definition(AbsoluteIri iri) {
        String value = iri.toString();
        if (!value.startsWith(BASE)) {
            return null;
        }
        Path file = definitions.resolve(value.substring(BASE.length()));
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] json = MAPPER.writeValueAsBytes(ajvReading(MAPPER.readTree(file.toFile())));
            return () -> new ByteArrayInputStream(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode withoutHarnessKeywords(JsonNode assertion) {
        ObjectNode copy = assertion.deepCopy();
        copy.remove(HARNESS_KEYWORDS);
        return copy;
    }

    /** A copy in which every object holding a {@code $ref} keeps only the reference (and its id and $schema). */
    static JsonNode ajvReading(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        dropRefSiblings(copy);
        return copy;
    }

    private static void dropRefSiblings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("$ref").isTextual()) {
                object.retain(KEPT_BESIDE_REF);
                return;
            }
        }
        if (node.isContainerNode()) {
            node.forEach(AjvCompatibleSchemas::dropRefSiblings);
        }
    }
}

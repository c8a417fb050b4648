package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;

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
 * <p>Two readings the suite relies on and that the networknt validator shares with Ajv: keywords beside a
 * {@code $ref} are ignored (draft-04; {@code specificeResourceDetected} is a {@code $ref} with an {@code anyOf} beside
 * it), and formats (uri, date-time) are checked. {@code JsonTestRunnerTest} pins the first down.
 */
final class AjvCompatibleSchemas {
    static final String BASE = "https://wpt.invalid/annotation-model/definitions/";
    private static final Set<String> HARNESS_KEYWORDS = Set.of("assertionType", "expectedResult", "onUnexpectedResult",
            "errorMessage", "assertionFile", "compareWith", "assertions", "message");

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
        return factory.getSchema(SchemaLocation.of(BASE + name), withoutHarnessKeywords(assertion), config);
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
        return () -> Files.newInputStream(file);
    }

    private static JsonNode withoutHarnessKeywords(JsonNode assertion) {
        ObjectNode copy = assertion.deepCopy();
        copy.remove(HARNESS_KEYWORDS);
        return copy;
    }
}

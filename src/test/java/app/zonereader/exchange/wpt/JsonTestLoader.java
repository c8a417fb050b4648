package app.zonereader.exchange.wpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads .test files of the suite and everything their assertion lists reference, as JSONtest does: a reference
 * without a slash is beside the .test file, one with a slash is relative to the suite folder; an object with
 * {@code assertionFile} is that file with the object's own keys laid over it; an object with {@code compareWith}
 * and {@code assertions} is a condition; an array is a nested list.
 */
final class JsonTestLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path suite;
    private final AjvCompatibleSchemas schemas;

    /** @param suite the {@code annotation-model} folder */
    JsonTestLoader(Path suite) {
        this.suite = suite;
        this.schemas = new AjvCompatibleSchemas(suite.resolve("definitions"));
    }

    JsonTest load(Path testFile) throws IOException {
        JsonNode test = MAPPER.readTree(testFile.toFile());
        if (!test.path("assertions").isArray() || test.path("assertions").isEmpty()) {
            throw new IOException(testFile + " has no assertion list");
        }
        Set<AssertionType> skipFailures = EnumSet.noneOf(AssertionType.class);
        test.path("skipFailures").forEach(type -> skipFailures.add(AssertionType.named(type.asText())));
        return new JsonTest(suite.relativize(testFile).toString().replace('\\', '/'),
                list(test.path("assertions"), testFile.getParent()), skipFailures);
    }

    private List<Assertion> list(JsonNode entries, Path testDir) throws IOException {
        List<Assertion> list = new ArrayList<>();
        for (JsonNode entry : entries) {
            list.add(entry(entry, testDir));
        }
        return list;
    }

    private Assertion entry(JsonNode entry, Path testDir) throws IOException {
        if (entry.isArray()) {
            return new Assertion.Nested(list(entry, testDir));
        }
        if (entry.isTextual()) {
            Path file = resolve(entry.asText(), testDir);
            return Files.isRegularFile(file) ? object(MAPPER.readTree(file.toFile()), entry.asText(), testDir)
                    : new Assertion.Unresolved(entry.asText());
        }
        if (entry.has("assertionFile")) {
            String reference = entry.get("assertionFile").asText();
            Path file = resolve(reference, testDir);
            if (!Files.isRegularFile(file)) {
                return new Assertion.Unresolved(reference);
            }
            ObjectNode external = (ObjectNode) MAPPER.readTree(file.toFile());
            entry.fields().forEachRemaining(field -> external.set(field.getKey(), field.getValue()));
            return object(external, reference, testDir);
        }
        return object(entry, entry.path("title").asText("inline assertion"), testDir);
    }

    private Assertion object(JsonNode assertion, String name, Path testDir) throws IOException {
        Assertion.Meta meta = Assertion.Meta.of(assertion, name);
        if (assertion.has("compareWith") && assertion.path("assertions").isArray()) {
            return new Assertion.Condition(meta, "or".equals(assertion.get("compareWith").asText()),
                    list(assertion.get("assertions"), testDir));
        }
        return new Assertion.Schema(meta, schemas.compile(assertion));
    }

    /** JSONtest's {@code _parseURI}: served from the suite folder, which is {@code /annotation-model/} on its server. */
    private Path resolve(String reference, Path testDir) {
        if (!reference.contains("/")) {
            return testDir.resolve(reference);
        }
        String path = reference.startsWith("/annotation-model/") ? reference.substring("/annotation-model/".length())
                : reference;
        return suite.resolve(path);
    }
}

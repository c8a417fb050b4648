package app.zonereader.exchange;

import app.zonereader.model.AnnotationRow;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A W3C Web Annotation {@code AnnotationCollection} whose {@code first} is an embedded {@code AnnotationPage}
 * holding every annotation in {@code items} (model §5: a collection may embed its first page). One self-contained
 * file: nothing for a reader to fetch. Streamed, one annotation at a time.
 */
public final class W3cAnnotationWriter implements AnnotationWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final W3cAnnotationEncoder encoder = new W3cAnnotationEncoder();
    private final Supplier<String> newIds;

    public W3cAnnotationWriter() {
        this(() -> "urn:uuid:" + UUID.randomUUID());
    }

    /** @param newIds gives the collection and its page their ids */
    W3cAnnotationWriter(Supplier<String> newIds) {
        this.newIds = newIds;
    }

    @Override
    public void write(List<AnnotationRow> rows, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            String collectionId = newIds.get();
            json.writeStartObject();
            json.writeStringField("@context", W3c.CONTEXT);
            json.writeStringField("id", collectionId);
            json.writeStringField("type", W3c.COLLECTION);
            json.writeStringField("label", "ZoneReader annotations");
            json.writeNumberField("total", rows.size());
            if (!rows.isEmpty()) {  // the model wants no first page in an empty collection
                json.writeObjectFieldStart("first");
                json.writeStringField("id", newIds.get());
                json.writeStringField("type", W3c.PAGE);
                json.writeStringField("partOf", collectionId);
                json.writeNumberField("startIndex", 0);
                json.writeArrayFieldStart("items");
                for (AnnotationRow row : rows) {
                    json.writeTree(encoder.encode(row.annotation()));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }
}

package app.zonereader.exchange;

import app.zonereader.exchange.W3cAnnotationDecoder.UnusableEntryException;
import app.zonereader.model.Annotation;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads W3C Web Annotations — what ZoneReader's JSON export writes, and what other tools write: a single
 * Annotation, an AnnotationCollection with embedded pages, an AnnotationPage, or a plain list of annotations.
 * A file that is none of these fails whole with {@link AnnotationFormatException}; an entry that cannot be used is
 * named in {@link ReadAnnotations#problems()} and the others are kept.
 */
public final class W3cAnnotationReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final W3cAnnotationDecoder decoder;

    public W3cAnnotationReader() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the creation time of an annotation the file gives none */
    public W3cAnnotationReader(Clock clock) {
        this.decoder = new W3cAnnotationDecoder(clock);
    }

    public ReadAnnotations read(InputStream in) throws IOException, AnnotationFormatException {
        JsonNode root = parse(in);
        Collected collected = new Collected();
        if (root.isArray()) {
            entries(root, "", collected);
        } else if (!root.isObject()) {
            throw new AnnotationFormatException("the file holds " + JsonValues.show(root) + ", not annotations");
        } else if (JsonValues.hasType(root, W3c.COLLECTION)) {
            collection(root, collected);
        } else if (JsonValues.hasType(root, W3c.PAGE)) {
            page(root, "", collected);
        } else if (JsonValues.hasType(root, W3c.ANNOTATION) || root.has("target")) {
            collected.add("the annotation", root, decoder);
        } else {
            throw new AnnotationFormatException("the top level is neither an Annotation, an AnnotationCollection, "
                    + "an AnnotationPage nor a list of annotations (type " + typeOf(root) + ")");
        }
        return new ReadAnnotations(collected.annotations, collected.problems, collected.unusable);
    }

    private static JsonNode parse(InputStream in) throws IOException, AnnotationFormatException {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new AnnotationFormatException("the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new AnnotationFormatException("not valid JSON" + where + ": " + e.getOriginalMessage().lines()
                    .findFirst().orElse(""), e);
        }
    }

    private void collection(JsonNode collection, Collected collected) throws AnnotationFormatException {
        if (collection.has("items")) {  // not the model's layout, but some tools put the items on the collection
            entries(collection.get("items"), "items", collected);
        }
        JsonNode first = collection.get("first");
        if (first == null) {
            if (!collection.has("items") && collection.path("total").asInt(0) > 0) {
                throw new AnnotationFormatException("the AnnotationCollection says it holds "
                        + collection.get("total").asInt() + " annotations but has no first page");
            }
            return;
        }
        if (!first.isObject()) {
            throw new AnnotationFormatException("the collection's first page is only linked (" + JsonValues.show(first)
                    + "), not in the file: export the collection with its pages embedded");
        }
        page(first, "first", collected);
    }

    private void page(JsonNode page, String where, Collected collected) throws AnnotationFormatException {
        JsonNode current = page;
        String label = where;
        while (current != null) {
            entries(current.get("items"), label.isEmpty() ? "items" : label + ".items", collected);
            JsonNode next = current.get("next");
            if (next != null && next.isObject()) {
                label = label.isEmpty() ? "next" : label + ".next";
                current = next;
            } else {
                if (next != null) {
                    collected.problems.add((label.isEmpty() ? "" : label + ": ") + "the next page ("
                            + JsonValues.show(next) + ") is only linked; its annotations are not in this file");
                }
                current = null;
            }
        }
    }

    private void entries(JsonNode items, String where, Collected collected) throws AnnotationFormatException {
        if (items == null || !items.isArray()) {
            throw new AnnotationFormatException((where.isEmpty() ? "the list" : where) + " is not a list of annotations");
        }
        for (int i = 0; i < items.size(); i++) {
            collected.add(where + "[" + i + "]", items.get(i), decoder);
        }
    }

    private static String typeOf(JsonNode object) {
        return object.has("type") ? JsonValues.show(object.get("type")) : "missing";
    }

    /** The annotations read so far and the entries that could not be used. */
    private static final class Collected {
        final List<Annotation> annotations = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        int unusable;

        void add(String where, JsonNode entry, W3cAnnotationDecoder decoder) {
            try {
                annotations.addAll(decoder.decode(entry));
            } catch (UnusableEntryException e) {
                String id = entry.isObject() && entry.has("id") ? " (" + JsonValues.show(entry.get("id")) + ")" : "";
                problems.add(where + id + ": " + e.getMessage());
                unusable++;
            }
        }
    }
}

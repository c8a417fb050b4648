package app.zonereader.exchange;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One W3C Web Annotation as ZoneReader annotations, accepting the shapes other tools write: {@code body} and
 * {@code target} as a string, an object or a list, {@code bodyValue}, {@code selector} and {@code motivation} as one
 * value or a list, a {@code Choice} of bodies or targets (its first item, as the model says).
 * <p>
 * Usually one annotation comes out; a highlight that also carries tag bodies gives its tags as tag annotations
 * too (ids derived from its own, so a second import recognises them).
 */
final class W3cAnnotationDecoder {
    private final Clock clock;

    W3cAnnotationDecoder(Clock clock) {
        this.clock = clock;
    }

    /** @throws UnusableEntryException when nothing ZoneReader keeps can be made of the entry; the message says why */
    List<Annotation> decode(JsonNode entry) throws UnusableEntryException {
        if (!entry.isObject()) {
            throw new UnusableEntryException("not a JSON object but " + JsonValues.show(entry));
        }
        if (entry.has("type") && !JsonValues.hasType(entry, W3c.ANNOTATION)) {
            throw new UnusableEntryException("its type is " + JsonValues.show(entry.get("type")) + ", not Annotation");
        }
        String id = idOf(entry);
        Target target = target(entry);
        Bodies bodies = Bodies.of(entry);
        List<String> motivations = JsonValues.texts(entry, "motivation").stream().map(W3c::term).toList();
        Instant created = instant(entry, "created").orElseGet(clock::instant);
        Instant modified = instant(entry, "modified").orElse(created);
        Stamp stamp = new Stamp(target.article(), created, modified);

        List<Annotation> annotations = new ArrayList<>();
        List<String> notes = new ArrayList<>(bodies.notes());
        List<String> tags = new ArrayList<>(bodies.tags());
        Optional<TextAnchor> quote = target.quote();
        if (quote.isPresent()) {
            HighlightColor color = target.color().or(bodies::color).orElse(HighlightColor.YELLOW);
            annotations.add(stamp.annotation(id, AnnotationKind.HIGHLIGHT, color, quote.get(), String.join("\n\n", notes)));
            notes.clear();
        } else if (motivations.contains(W3c.BOOKMARKING)) {
            annotations.add(stamp.annotation(id, AnnotationKind.BOOKMARK, HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE, ""));
        } else if (motivations.contains(W3c.TAGGING)) {
            tags.addAll(notes);  // a tagging annotation's text bodies are its tags, purpose or not
            notes.clear();
        } else if (!notes.isEmpty()) {
            annotations.add(stamp.annotation(id, AnnotationKind.ARTICLE_NOTE, HighlightColor.YELLOW,
                    TextAnchor.WHOLE_ARTICLE, String.join("\n\n", notes)));
            notes.clear();
        } else if (tags.isEmpty()) {
            throw new UnusableEntryException(target.hasPosition()
                    ? "a TextPositionSelector alone cannot anchor a highlight: it needs a TextQuoteSelector (exact text)"
                    : "nothing ZoneReader keeps: no quote to highlight, no note, tag or bookmark");
        }
        if (!notes.isEmpty()) {  // a note that came with a bookmark
            annotations.add(stamp.annotation(id + "#note", AnnotationKind.ARTICLE_NOTE, HighlightColor.YELLOW,
                    TextAnchor.WHOLE_ARTICLE, String.join("\n\n", notes)));
        }
        for (int i = 0; i < tags.size(); i++) {
            String tagId = annotations.isEmpty() && i == 0 ? id : id + "#tag-" + (i + 1);
            annotations.add(stamp.annotation(tagId, AnnotationKind.TAG, HighlightColor.YELLOW, TextAnchor.WHOLE_ARTICLE,
                    tags.get(i).strip()));
        }
        return annotations;
    }

    /**
     * The entry's id; one without (the model requires it, not every tool writes it) gets a name-based UUID of its
     * content, so importing the same file twice still adds it only once.
     */
    static String idOf(JsonNode entry) {
        return JsonValues.text(entry, "id").map(String::strip).filter(id -> !id.isEmpty())
                .orElseGet(() -> "urn:uuid:" + UUID.nameUUIDFromBytes(entry.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<Instant> instant(JsonNode entry, String property) throws UnusableEntryException {
        Optional<String> text = JsonValues.text(entry, property);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateTimes.parse(text.get()).orElseThrow(() -> new UnusableEntryException(
                property + " '" + text.get() + "' is not a date-time such as 2024-05-01T08:00:00Z")));
    }

    private static Target target(JsonNode entry) throws UnusableEntryException {
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode target : JsonValues.values(entry.get("target"))) {
            candidates.addAll(JsonValues.hasType(target, W3c.CHOICE) ? JsonValues.values(target.get("items")) : List.of(target));
        }
        if (candidates.isEmpty()) {
            throw new UnusableEntryException("no target");
        }
        for (JsonNode candidate : candidates) {
            Optional<ArticleKey> article = sourceOf(candidate).flatMap(W3cAnnotationDecoder::articleKey);
            if (article.isPresent()) {
                return Target.of(article.get(), candidate);
            }
        }
        throw new UnusableEntryException("its target " + sourceOf(candidates.get(0)).orElse(JsonValues.show(candidates.get(0)))
                + " is not a ZoneReader article (zonereader:page/<sha256>/<n>)");
    }

    /** A target's resource: the string itself, a SpecificResource's {@code source}, or a resource's {@code id}. */
    private static Optional<String> sourceOf(JsonNode target) {
        if (target.isTextual()) {
            return Optional.of(target.asText());
        }
        JsonNode source = target.get("source");
        if (source != null && source.isObject()) {
            return JsonValues.text(source, "id");
        }
        return source != null ? JsonValues.text(target, "source") : JsonValues.text(target, "id");
    }

    private static Optional<ArticleKey> articleKey(String uri) {
        try {
            return Optional.of(ArticleKey.fromUri(uri));
        } catch (IllegalArgumentException e) {
            return Optional.empty();  // another tool's resource; the caller reports it when no target is ours
        }
    }

    /** What every annotation made from one entry shares. */
    private record Stamp(ArticleKey article, Instant created, Instant modified) {
        Annotation annotation(String uuid, AnnotationKind kind, HighlightColor color, TextAnchor anchor, String text) {
            return new Annotation(0, uuid, article, kind, color, anchor, text, created, modified, AnchorStatus.ANCHORED);
        }
    }

    /** An entry ZoneReader cannot use; the message is the reason, for the import report. */
    static final class UnusableEntryException extends Exception {
        UnusableEntryException(String reason) {
            super(reason);
        }
    }
}

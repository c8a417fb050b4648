package app.zonereader.model;

import java.util.Objects;

/** A label on an article. */
public record Tag(String label, TagSource source) {
    public Tag {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank tag");
        }
    }
}

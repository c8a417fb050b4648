package app.zonereader.model;

import java.util.List;
import java.util.Objects;

/**
 * Something the ingest engine was unsure about or repaired, for the reader to check: a code and its arguments
 * (the line left out, the charset guessed …). Rendered in the reader's language from the resource bundles.
 *
 * @param code what happened
 * @param args the details filled into the code's text, exactly {@link WarningCode#arity()} of them
 */
public record IngestWarning(WarningCode code, List<String> args) {
    public IngestWarning {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (args.size() != code.arity()) {
            throw new IllegalArgumentException(code + " takes " + code.arity() + " argument(s), not " + args.size()
                    + ": " + args);
        }
    }

    public static IngestWarning of(WarningCode code, String... args) {
        return new IngestWarning(code, List.of(args));
    }
}

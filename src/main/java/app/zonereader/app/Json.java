package app.zonereader.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.UncheckedIOException;

/**
 * The command line's JSON output, written by Jackson: indented, and Chinese written as is (UTF-8, no {@code \}u
 * escapes) so a terminal or a pipe into another tool shows it readably. Maps keep their key order.
 */
public final class Json {
    /** Every object and array element on its own line, {@code "key": value}, the layout the CLI always had. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** Maps, lists, strings, numbers, booleans and null, nested as deep as needed. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only plain maps, lists and scalars come here, which Jackson always serialises.
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}

package app.zonereader.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count option's value ({@code --limit}, {@code --articles}, …): a whole number of at least 1. */
final class WholeNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value the user typed
        }
        throw new TypeConversionException("takes a whole number of at least 1, not '" + value + "'");
    }
}

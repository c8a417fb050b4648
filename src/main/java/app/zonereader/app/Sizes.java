package app.zonereader.app;

import java.util.Locale;

/** File sizes as people write them: {@code 5M}, {@code 500K}, {@code 2G}, {@code 1048576}. */
final class Sizes {
    private static final long KIB = 1024;

    private Sizes() {
    }

    /**
     * @throws IllegalArgumentException not a positive size
     */
    static long parse(String text) {
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        String digits = trimmed.replaceFirst("I?B$", "");
        long unit = 1;
        if (!digits.isEmpty()) {
            switch (digits.charAt(digits.length() - 1)) {
                case 'K' -> unit = KIB;
                case 'M' -> unit = KIB * KIB;
                case 'G' -> unit = KIB * KIB * KIB;
                default -> { }
            }
        }
        String number = unit == 1 ? digits : digits.substring(0, digits.length() - 1);
        try {
            double value = Double.parseDouble(number);
            if (!(value > 0) || value * unit > Long.MAX_VALUE) {
                throw new IllegalArgumentException("not a positive size: " + text);
            }
            return (long) Math.ceil(value * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 5M, 500K or 1048576)", e);
        }
    }

    static String describe(long bytes) {
        if (bytes >= KIB * KIB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (KIB * KIB));
        }
        if (bytes >= KIB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KIB);
        }
        return bytes + " B";
    }
}

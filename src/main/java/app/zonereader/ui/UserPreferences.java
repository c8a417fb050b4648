package app.zonereader.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

/**
 * The reader's settings that belong to the person, not to a library: theme, reading font, language, library file,
 * import limits, watch folder. Kept in {@link Preferences} (one node, given by the caller so tests use their own).
 * Values out of range read as their defaults, so a hand-edited or older store never breaks the window.
 */
public final class UserPreferences {
    /** The window's colours. */
    public enum Theme { LIGHT, DARK }

    public static final long DEFAULT_IMPORT_MAX_BYTES = 5L * 1024 * 1024;
    public static final double DEFAULT_FONT_SIZE = 15;
    public static final double MIN_FONT_SIZE = 9;
    public static final double MAX_FONT_SIZE = 40;
    public static final double DEFAULT_LINE_SPACING = 1.6;
    /** Widest text column in pixels; 0 means the column follows the pane. */
    public static final double DEFAULT_COLUMN_WIDTH = 760;

    private static final String THEME = "theme";
    private static final String FONT_FAMILY = "fontFamily";
    private static final String FONT_SIZE = "fontSize";
    private static final String LINE_SPACING = "lineSpacing";
    private static final String COLUMN_WIDTH = "columnWidth";
    private static final String LANGUAGE = "language";
    private static final String LIBRARY_FILE = "libraryFile";
    private static final String IMPORT_MAX_BYTES = "importMaxBytes";
    private static final String WATCH_FOLDER = "watchFolder";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** The node itself, for parts of the window that keep their own keys under it (dividers, expanded nodes). */
    public Preferences node() {
        return node;
    }

    /** The chosen theme; empty before the reader chose one (the window then follows the system). */
    public Optional<Theme> theme() {
        String name = node.get(THEME, "");
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(name)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** The reading font's family; empty means the default CJK font the window picks. */
    public Optional<String> fontFamily() {
        return nonBlank(node.get(FONT_FAMILY, ""));
    }

    public void setFontFamily(String family) {
        node.put(FONT_FAMILY, family.strip());
    }

    public double fontSize() {
        double size = node.getDouble(FONT_SIZE, DEFAULT_FONT_SIZE);
        return size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE ? size : DEFAULT_FONT_SIZE;
    }

    /** Sets the size, kept within {@link #MIN_FONT_SIZE} … {@link #MAX_FONT_SIZE}; returns the size kept. */
    public double setFontSize(double size) {
        double kept = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
        node.putDouble(FONT_SIZE, kept);
        return kept;
    }

    /** Line height as a multiple of the font size. */
    public double lineSpacing() {
        double spacing = node.getDouble(LINE_SPACING, DEFAULT_LINE_SPACING);
        return spacing >= 1.0 && spacing <= 3.0 ? spacing : DEFAULT_LINE_SPACING;
    }

    public void setLineSpacing(double spacing) {
        node.putDouble(LINE_SPACING, Math.max(1.0, Math.min(3.0, spacing)));
    }

    public double columnWidth() {
        double width = node.getDouble(COLUMN_WIDTH, DEFAULT_COLUMN_WIDTH);
        return width == 0 || (width >= 300 && width <= 3000) ? width : DEFAULT_COLUMN_WIDTH;
    }

    public void setColumnWidth(double width) {
        node.putDouble(COLUMN_WIDTH, width == 0 ? 0 : Math.max(300, Math.min(3000, width)));
    }

    /** The UI language; empty before the reader chose one (the window then follows the system locale). */
    public Optional<Locale> language() {
        return nonBlank(node.get(LANGUAGE, "")).map(Locale::forLanguageTag);
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
    }

    /** The library file chosen in the preferences; empty means the per-user default (or --db / ZONEREADER_DB). */
    public Optional<Path> libraryFile() {
        return nonBlank(node.get(LIBRARY_FILE, "")).map(Path::of);
    }

    public void setLibraryFile(Path file) {
        node.put(LIBRARY_FILE, file.toString());
    }

    /** Files larger than this are not imported (reported as too large). */
    public long importMaxBytes() {
        long bytes = node.getLong(IMPORT_MAX_BYTES, DEFAULT_IMPORT_MAX_BYTES);
        return bytes > 0 ? bytes : DEFAULT_IMPORT_MAX_BYTES;
    }

    public void setImportMaxBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the import size limit must be positive: " + bytes);
        }
        node.putLong(IMPORT_MAX_BYTES, bytes);
    }

    /** The folder whose new files are imported automatically; empty when none is watched. */
    public Optional<Path> watchFolder() {
        return nonBlank(node.get(WATCH_FOLDER, "")).map(Path::of);
    }

    /** Watches this folder; an empty optional stops watching. */
    public void setWatchFolder(Optional<Path> folder) {
        if (folder.isPresent()) {
            node.put(WATCH_FOLDER, folder.get().toString());
        } else {
            node.remove(WATCH_FOLDER);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    // ---- desktop (issue 14): the library file back to its default; the window's layout --------------------------

    /** Forgets the chosen library file: the next start uses the per-user default (or --db / ZONEREADER_DB). */
    public void clearLibraryFile() {
        node.remove(LIBRARY_FILE);
    }

    /** A split pane's divider positions as last left (each 0…1); empty when never saved or unreadable. */
    public List<Double> dividerPositions(String splitName) {
        String saved = node.get(DIVIDERS_PREFIX + splitName, "");
        if (saved.isBlank()) {
            return List.of();
        }
        try {
            List<Double> positions = Arrays.stream(saved.split(","))
                    .map(String::strip).map(Double::valueOf).toList();
            return positions.stream().allMatch(p -> p >= 0 && p <= 1) ? positions : List.of();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    public void setDividerPositions(String splitName, double[] positions) {
        node.put(DIVIDERS_PREFIX + splitName, Arrays.stream(positions)
                .mapToObj(p -> String.format(Locale.ROOT, "%.4f", p)).collect(Collectors.joining(",")));
    }

    /** The tree's unfolded nodes by their keys, as the window was left. */
    public Set<String> expandedTreeNodes() {
        String saved = node.get(EXPANDED_NODES, "");
        return saved.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(saved.split("\n")));
    }

    /**
     * Keeps the unfolded nodes' keys, one a line. A preferences value holds at most 8 KB, so when there are more
     * than fit, the first ones are kept.
     */
    public void setExpandedTreeNodes(Collection<String> keys) {
        StringBuilder joined = new StringBuilder();
        for (String key : keys) {
            if (key.contains("\n") || joined.length() + key.length() + 1 > Preferences.MAX_VALUE_LENGTH) {
                continue;
            }
            joined.append(joined.length() == 0 ? "" : "\n").append(key);
        }
        node.put(EXPANDED_NODES, joined.toString());
    }

    private static final String DIVIDERS_PREFIX = "dividers.";
    private static final String EXPANDED_NODES = "expandedTreeNodes";
}

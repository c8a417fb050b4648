package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout keys added to UserPreferences, the in-memory node, the CJK font filter and the About facts. */
class DesktopPreferencesTest {
    private final UserPreferences preferences = new UserPreferences(new MemoryPreferences());

    @Test
    void dividerPositionsRoundTripAndBadValuesReadAsNone() {
        preferences.setDividerPositions("main", new double[] {0.25, 0.7});
        assertEquals(List.of(0.25, 0.7), preferences.dividerPositions("main"));
        assertEquals(List.of(), preferences.dividerPositions("stats"));
        preferences.node().put("dividers.main", "0.3,abc");
        assertEquals(List.of(), preferences.dividerPositions("main"));
        preferences.node().put("dividers.main", "1.5");
        assertEquals(List.of(), preferences.dividerPositions("main"), "outside 0…1");
    }

    @Test
    void expandedNodesRoundTripAndStayWithinAPreferenceValue() {
        preferences.setExpandedTreeNodes(List.of("province:重庆", "zone:永川高新区"));
        assertEquals(Set.of("province:重庆", "zone:永川高新区"), preferences.expandedTreeNodes());
        List<String> many = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "zone:高新区" + i).toList();
        preferences.setExpandedTreeNodes(many);
        Set<String> kept = preferences.expandedTreeNodes();
        assertTrue(kept.size() > 100 && kept.size() < 2000, "kept " + kept.size());
        assertTrue(preferences.node().get("expandedTreeNodes", "").length() <= Preferences.MAX_VALUE_LENGTH);
    }

    @Test
    void clearingTheLibraryFileGoesBackToTheDefault() {
        preferences.setLibraryFile(Path.of("/tmp/x.db"));
        preferences.clearLibraryFile();
        assertEquals(Optional.empty(), preferences.libraryFile());
    }

    @Test
    void memoryNodesKeepChildrenApartAndForgetOnRemoval() throws Exception {
        MemoryPreferences root = new MemoryPreferences();
        root.node("a").put("k", "1");
        assertEquals("1", root.node("a").get("k", ""));
        assertEquals("", root.node("b").get("k", ""));
        root.node("a").removeNode();
        assertEquals("", root.node("a").get("k", ""));
    }

    @Test
    void onlyFamiliesWithCjkGlyphsAreOffered() {
        assertEquals(List.of("WenQuanYi Micro Hei", "Noto Sans CJK SC"), CjkFamilies.filter(
                List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Micro Hei"),
                family -> !family.startsWith("DejaVu")));
    }

    @Test
    void theBuildMachinesCjkFontIsFoundAndALatinOnlyFontIsNot() {
        List<String> found = CjkFamilies.among(List.of("WenQuanYi Micro Hei", "DejaVu Sans", "No Such Font"));
        assertTrue(!found.contains("DejaVu Sans") && !found.contains("No Such Font"), found.toString());
    }

    @Test
    void preferencesChoicesStoreTellsTheWatcherOnlyOfAChange() {
        AppearanceModel appearance = new AppearanceModel(preferences, UserPreferences.Theme.LIGHT);
        List<Optional<Path>> told = new java.util.ArrayList<>();
        PreferencesChoices choices = PreferencesChoices.of(preferences, UserPreferences.Theme.LIGHT, java.util.Locale.ENGLISH);
        choices.store(preferences, appearance, told::add);
        assertEquals(List.of(), told, "nothing changed");
        new PreferencesChoices(Optional.empty(), UserPreferences.Theme.DARK, Optional.of("WenQuanYi Micro Hei"), 18, 1.8, 900,
                java.util.Locale.SIMPLIFIED_CHINESE, 3 * PreferencesChoices.MEGABYTE, Optional.of(Path.of("/tmp/in")))
                .store(preferences, appearance, told::add);
        assertEquals(List.of(Optional.of(Path.of("/tmp/in"))), told);
        assertEquals(UserPreferences.Theme.DARK, appearance.themeProperty().get());
        assertEquals(Optional.of("WenQuanYi Micro Hei"), appearance.readingProperty().get().fontFamily());
        assertEquals(900, preferences.columnWidth());
    }
}

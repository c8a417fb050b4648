package app.zonereader.ui;

import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;

/**
 * Remembers the window's inner layout across restarts: where the reader left the split panes' dividers and which
 * tree nodes were unfolded. Restored when the window is built, saved when it closes (like {@link WindowPlacement}).
 */
final class LayoutMemory {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutMemory.class);

    private final UserPreferences preferences;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();
    private Supplier<Set<String>> expandedNodes = Set::of;

    LayoutMemory(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** Puts the split's dividers where they were left (if they were) and remembers them under this name. */
    void track(String name, SplitPane split) {
        splits.put(name, split);
        List<Double> saved = preferences.dividerPositions(name);
        if (saved.size() == split.getDividers().size()) {
            split.setDividerPositions(saved.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** The tree's unfolded nodes as they were left. */
    Set<String> savedExpandedNodes() {
        return preferences.expandedTreeNodes();
    }

    /** Where to read the unfolded nodes from when saving. */
    void trackExpandedNodes(Supplier<Set<String>> current) {
        expandedNodes = current;
    }

    /** Saves everything now. */
    void save() {
        splits.forEach((name, split) -> preferences.setDividerPositions(name, split.getDividerPositions()));
        preferences.setExpandedTreeNodes(expandedNodes.get());
        try {
            preferences.node().flush();
        } catch (BackingStoreException e) {
            // The layout is a convenience: the next start falls back to the default one.
            LOG.warn("could not save the window's layout: {}", e.getMessage());
        }
    }

    /** Saves when the window closes. */
    void saveWhenHidden(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> save());
    }
}

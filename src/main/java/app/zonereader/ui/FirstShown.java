package app.zonereader.ui;

import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.Objects;

/**
 * Puts nodes into the scene only when they are first shown. A node in the scene is styled (every CSS selector matched
 * against it), skinned and laid out even while it is hidden, e.g. as the content of a tab that is not selected: at
 * start that was most of the window's first frame (the stats tab alone some 550 nodes of 980), for views the reader
 * may never open. The nodes are built as before, so their view models and listeners work from the start; once shown
 * they stay in the scene.
 */
final class FirstShown {
    private FirstShown() {
    }

    /** Sets {@code content} as the tab's content when the tab is first selected (now, if it already is). */
    static void tabContent(Tab tab, Node content) {
        Objects.requireNonNull(content, "content");
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean old,
                                Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }

    /**
     * Adds {@code child} to {@code children} if it is not there yet, keeping the order of {@code order} (the children
     * that may ever be there, first to last); call when {@code child} is about to be shown.
     */
    static void add(ObservableList<Node> children, Node child, List<? extends Node> order) {
        if (children.contains(child)) {
            return;
        }
        int index = 0;
        for (Node sibling : order) {
            if (sibling == child) {
                break;
            }
            if (children.contains(sibling)) {
                index++;
            }
        }
        children.add(index, child);
    }
}

package app.zonereader.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** The text a node shows, its children's joined in order: what a window-level test reads off the screen. */
final class ShownText {
    private ShownText() {
    }

    static String of(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (node instanceof Text text) {
            return text.getText();
        }
        if (node instanceof Parent parent) {
            StringBuilder joined = new StringBuilder();
            parent.getChildrenUnmodifiable().forEach(child -> joined.append(of(child)));
            return joined.toString();
        }
        return "";
    }
}

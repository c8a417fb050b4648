package app.zonereader.ui;

import javafx.scene.control.Alert;

import java.nio.file.Path;

/** Tells the reader that the library is already open in another window, so this one will not open it. */
public final class LibraryInUseAlert {
    private LibraryInUseAlert() {
    }

    /** Shows the message and waits until the reader closes it. */
    public static void showAndWait(Texts texts, Path library) {
        Alert refused = new Alert(Alert.AlertType.ERROR);
        refused.setTitle(texts.get(MessageKeys.LIBRARY_IN_USE_TITLE));
        refused.setHeaderText(texts.get(MessageKeys.LIBRARY_IN_USE_TITLE));
        refused.setContentText(texts.format(MessageKeys.LIBRARY_IN_USE, library));
        refused.showAndWait();
    }
}

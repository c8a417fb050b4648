package app.zonereader.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/** What the window shows while the library opens (dictionaries, migrations, the daily backup take a few seconds). */
public final class OpeningPane extends VBox {
    public OpeningPane(Texts texts, Path databaseFile) {
        super(16);
        Label message = new Label(texts.format(MessageKeys.APP_OPENING, databaseFile));
        message.setId("openingMessage");
        message.setWrapText(true);
        getChildren().addAll(new ProgressIndicator(), message);
        setAlignment(Pos.CENTER);
        getStyleClass().add("opening-pane");
    }

    /** The window title, in the user's language. */
    public static String windowTitle(Texts texts) {
        return texts.get(MessageKeys.APP_TITLE);
    }
}

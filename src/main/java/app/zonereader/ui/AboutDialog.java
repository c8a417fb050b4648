package app.zonereader.ui;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Help → About: what ZoneReader is, its version, the library file in use and the date of its zone list. */
final class AboutDialog extends Alert {
    AboutDialog(Scene owner, Texts texts, AboutInfo info, String libraryLocation) {
        super(AlertType.INFORMATION);
        initOwner(owner.getWindow());
        ThemeSupport.style(getDialogPane(), owner);
        getDialogPane().setId("aboutDialog");
        setTitle(texts.get(MessageKeys.ABOUT_TITLE));
        setHeaderText(texts.get(MessageKeys.ABOUT_HEADER));
        String unknown = texts.get(MessageKeys.ABOUT_UNKNOWN);
        GridPane facts = new GridPane();
        facts.getStyleClass().add("about-grid");
        facts.addRow(0, new Label(texts.get(MessageKeys.ABOUT_VERSION)), value("aboutVersion", info.version().orElse(unknown)));
        // The path is a field, so it can be selected and copied.
        TextField library = new TextField(libraryLocation.isEmpty() ? unknown : libraryLocation);
        library.setId("aboutLibrary");
        library.setEditable(false);
        library.setPrefColumnCount(40);
        GridPane.setHgrow(library, Priority.ALWAYS);
        facts.addRow(1, new Label(texts.get(MessageKeys.ABOUT_LIBRARY)), library);
        facts.addRow(2, new Label(texts.get(MessageKeys.ABOUT_GAZETTEER)),
                value("aboutGazetteer", info.gazetteerAsOf().orElse(unknown)));
        Label text = new Label(texts.get(MessageKeys.ABOUT_TEXT));
        text.setWrapText(true);
        getDialogPane().setContent(new VBox(10, text, facts));
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }
}

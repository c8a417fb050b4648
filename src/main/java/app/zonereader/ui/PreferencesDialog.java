package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edit → Preferences…: library file, theme, reading font, size, line height, column width, language, import size
 * limit and watch folder, in one form. OK stores them all ({@link PreferencesChoices#store}); theme and type change at
 * once, library file and language at the next start (the form says so). The font list fills in the background.
 */
final class PreferencesDialog extends Dialog<PreferencesChoices> {
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Texts texts;
    final TextField libraryFile = new TextField();
    final ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
    /** "" stands for the window's own font. */
    final ComboBox<String> fontFamily = new ComboBox<>();
    final Spinner<Double> fontSize = new Spinner<>(UserPreferences.MIN_FONT_SIZE, UserPreferences.MAX_FONT_SIZE, 15, 1);
    final Spinner<Double> lineSpacing = new Spinner<>(1.0, 3.0, UserPreferences.DEFAULT_LINE_SPACING, 0.1);
    final Spinner<Integer> columnWidth = new Spinner<>(300, 3000, 760, 20);
    final CheckBox fullWidth;
    final ComboBox<Locale> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
    final Spinner<Integer> importLimitMb = new Spinner<>(1, 1024, 5, 1);
    final TextField watchFolder = new TextField();

    /**
     * @param families fills the font list when the installed CJK families are known (it may call back later)
     */
    PreferencesDialog(Scene owner, Texts texts, PreferencesChoices current,
                      Consumer<Consumer<List<String>>> families) {
        this.texts = texts;
        initOwner(owner.getWindow());
        setTitle(texts.get(MessageKeys.PREFS_TITLE));
        getDialogPane().setId("preferencesDialog");
        ThemeSupport.style(getDialogPane(), owner);
        fullWidth = new CheckBox(texts.get(MessageKeys.PREFS_COLUMN_FULL));
        show(current);
        families.accept(this::offerFamilies);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("preferences-grid");
        int row = 0;
        row = addRow(grid, row, MessageKeys.PREFS_LIBRARY, withButtons(libraryFile,
                button(MessageKeys.PREFS_CHOOSE, "chooseLibrary", this::chooseLibrary),
                button(MessageKeys.PREFS_CLEAR, "clearLibrary", () -> libraryFile.setText(""))));
        row = addNote(grid, row, MessageKeys.PREFS_NEXT_START);
        row = addRow(grid, row, MessageKeys.PREFS_THEME, theme);
        row = addRow(grid, row, MessageKeys.PREFS_FONT, fontFamily);
        row = addRow(grid, row, MessageKeys.PREFS_FONT_SIZE, fontSize);
        row = addRow(grid, row, MessageKeys.PREFS_LINE_SPACING, lineSpacing);
        row = addRow(grid, row, MessageKeys.PREFS_COLUMN_WIDTH, new HBox(8, columnWidth, fullWidth));
        row = addRow(grid, row, MessageKeys.PREFS_LANGUAGE, language);
        row = addNote(grid, row, MessageKeys.PREFS_NEXT_START);
        row = addRow(grid, row, MessageKeys.PREFS_IMPORT_LIMIT, importLimitMb);
        addRow(grid, row, MessageKeys.PREFS_WATCH, withButtons(watchFolder,
                button(MessageKeys.PREFS_CHOOSE, "chooseWatchFolder", this::chooseWatchFolder),
                button(MessageKeys.PREFS_CLEAR, "clearWatchFolder", () -> watchFolder.setText(""))));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? choices() : null);
    }

    private void show(PreferencesChoices current) {
        libraryFile.setId("libraryFile");
        libraryFile.setPromptText(texts.get(MessageKeys.PREFS_LIBRARY_DEFAULT));
        libraryFile.setText(current.libraryFile().map(Path::toString).orElse(""));
        theme.setId("themeChoice");
        theme.setConverter(converter(t -> texts.get(t == Theme.DARK ? MessageKeys.PREFS_THEME_DARK : MessageKeys.PREFS_THEME_LIGHT)));
        theme.setValue(current.theme());
        fontFamily.setId("fontFamily");
        fontFamily.setConverter(converter(family -> family.isEmpty() ? texts.get(MessageKeys.PREFS_FONT_DEFAULT) : family));
        offerFamilies(List.of());
        fontFamily.setValue(current.fontFamily().orElse(""));
        fontSize.setId("fontSize");
        fontSize.getValueFactory().setValue(current.fontSize());
        lineSpacing.setId("lineSpacing");
        lineSpacing.getValueFactory().setValue(current.lineSpacing());
        columnWidth.setId("columnWidth");
        fullWidth.setId("fullWidth");
        fullWidth.setSelected(current.columnWidth() == 0);
        columnWidth.disableProperty().bind(fullWidth.selectedProperty());
        if (current.columnWidth() > 0) {
            columnWidth.getValueFactory().setValue((int) Math.round(current.columnWidth()));
        }
        language.setId("language");
        language.setConverter(converter(locale -> locale.getDisplayLanguage(locale)));
        language.setValue(LANGUAGES.stream().filter(l -> l.getLanguage().equals(current.language().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        importLimitMb.setId("importLimit");
        importLimitMb.getValueFactory().setValue((int) Math.max(1, Math.min(1024, current.importMaxBytes() / PreferencesChoices.MEGABYTE)));
        watchFolder.setId("watchFolder");
        watchFolder.setPromptText(texts.get(MessageKeys.PREFS_WATCH_NONE));
        watchFolder.setText(current.watchFolder().map(Path::toString).orElse(""));
        for (Spinner<?> spinner : List.of(fontSize, lineSpacing, columnWidth, importLimitMb)) {
            spinner.setEditable(true);
        }
    }

    /** The form's values; typed text in a spinner counts even before Enter. */
    PreferencesChoices choices() {
        commitEditors();
        return new PreferencesChoices(path(libraryFile), theme.getValue(),
                Optional.ofNullable(fontFamily.getValue()).filter(family -> !family.isBlank()),
                fontSize.getValue(), lineSpacing.getValue(), fullWidth.isSelected() ? 0 : columnWidth.getValue(),
                language.getValue(), importLimitMb.getValue() * PreferencesChoices.MEGABYTE, path(watchFolder));
    }

    private void offerFamilies(List<String> families) {
        String chosen = fontFamily.getValue();
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(families);
        if (chosen != null && !chosen.isEmpty() && !items.contains(chosen)) {
            items.add(chosen); // a font chosen earlier stays listed even if the probe missed it
        }
        fontFamily.getItems().setAll(items);
        fontFamily.setValue(chosen == null ? "" : chosen);
        fontFamily.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String family, boolean empty) {
                super.updateItem(family, empty);
                setText(empty || family == null ? null : fontFamily.getConverter().toString(family));
                setFont(empty || family == null || family.isEmpty() ? Font.getDefault() : Font.font(family, 14));
            }
        });
    }

    private void commitEditors() {
        for (Spinner<?> spinner : List.of(fontSize, lineSpacing, columnWidth, importLimitMb)) {
            commit(spinner);
        }
    }

    /** Takes the typed text; text that is no number puts the last good value back instead. */
    private static <T> void commit(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        try {
            T typed = factory.getConverter().fromString(spinner.getEditor().getText());
            if (typed != null) {
                factory.setValue(typed);
            }
        } catch (RuntimeException e) {
            spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
        }
    }

    private void chooseLibrary() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(MessageKeys.PREFS_LIBRARY));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQLite", "*.db", "*.sqlite"));
        path(libraryFile).map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(getOwner());
        if (file != null) {
            libraryFile.setText(file.getAbsolutePath());
        }
    }

    private void chooseWatchFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get(MessageKeys.PREFS_WATCH));
        File folder = chooser.showDialog(getOwner());
        if (folder != null) {
            watchFolder.setText(folder.getAbsolutePath());
        }
    }

    private static Optional<Path> path(TextField field) {
        String text = field.getText() == null ? "" : field.getText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
    }

    private int addRow(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(texts.get(labelKey));
        label.setLabelFor(field);
        grid.addRow(row, label, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }

    private int addNote(GridPane grid, int row, String key) {
        Label note = new Label(texts.get(key));
        note.getStyleClass().add("preferences-note");
        grid.add(note, 1, row);
        return row + 1;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static HBox withButtons(TextField field, Button... buttons) {
        field.setPrefColumnCount(28);
        HBox box = new HBox(6, field);
        box.getChildren().addAll(buttons);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice, not typed text");
            }
        };
    }
}

package app.zonereader.ui;

import app.zonereader.model.CountByName;
import app.zonereader.model.ImportReport;
import app.zonereader.model.ImportSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * The import's own pane above the status bar. While an import runs: files done of total, the current file, the
 * articles found, a progress bar and Cancel. When it ends: the report, kept until the reader closes it — the
 * figures, new articles per zone, and every file not imported with its reason.
 */
final class ImportPane extends VBox {
    private final ImportViewModel model;
    private final Texts texts;
    private final SkipTexts reasons;
    private final VBox running = new VBox(4);
    private final VBox report = new VBox(6);
    private final Label files = new Label();
    private final Label currentFile = new Label();
    private final Label articles = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label summaryLine = new Label();
    private final Label cancelledLine = new Label();
    private final TableView<CountByName> zones = new TableView<>();
    private final Label notImportedTitle = new Label();
    private final ListView<String> notImported = new ListView<>();

    ImportPane(ImportViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.reasons = new SkipTexts(texts);
        setId("importPane");
        getStyleClass().add("import-pane");
        setPadding(new Insets(6, 10, 6, 10));
        buildRunning();
        buildReport();
        // Both join the pane when first shown (FirstShown): at start neither is, and hidden nodes still cost styling.
        model.progressProperty().addListener((observable, old, now) -> showProgress(now));
        model.reportProperty().addListener((observable, old, now) -> showReport(now));
        model.importingProperty().addListener((observable, old, now) -> update());
        update();
    }

    private void buildRunning() {
        running.setId("importProgress");
        files.setId("importFiles");
        currentFile.setId("importCurrentFile");
        currentFile.getStyleClass().add("import-current-file");
        articles.setId("importArticles");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(texts.get(MessageKeys.IMPORT_PANE_CANCEL));
        cancel.setId("importPaneCancel");
        cancel.setOnAction(event -> model.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        running.getChildren().addAll(new HBox(12, files, articles, gap, cancel), new HBox(bar), currentFile);
    }

    private void buildReport() {
        report.setId("importReport");
        Label title = new Label(texts.get(MessageKeys.IMPORT_REPORT_TITLE));
        title.getStyleClass().add("import-report-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(texts.get(MessageKeys.IMPORT_REPORT_CLOSE));
        close.setId("closeImportReport");
        close.setOnAction(event -> model.dismissReport());
        summaryLine.setId("importSummary");
        summaryLine.setWrapText(true);
        cancelledLine.setId("importCancelled");
        cancelledLine.managedProperty().bind(cancelledLine.visibleProperty());

        TableColumn<CountByName, String> zone = new TableColumn<>(texts.get(MessageKeys.IMPORT_REPORT_ZONE));
        zone.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name().isEmpty()
                ? texts.get(MessageKeys.IMPORT_REPORT_NO_ZONE) : cell.getValue().name()));
        zone.setPrefWidth(220);
        TableColumn<CountByName, Integer> count = new TableColumn<>(texts.get(MessageKeys.IMPORT_REPORT_ARTICLES));
        count.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        count.setPrefWidth(120);
        zones.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        zones.getColumns().add(zone);
        zones.getColumns().add(count);
        zones.setId("importZones");
        zones.setPrefHeight(160);
        notImported.setId("importNotImported");
        notImported.setPrefHeight(160);
        VBox zonesBox = new VBox(2, zones);
        VBox failedBox = new VBox(2, notImportedTitle, notImported);
        HBox.setHgrow(zonesBox, Priority.ALWAYS);
        HBox.setHgrow(failedBox, Priority.ALWAYS);
        report.getChildren().addAll(new HBox(8, title, gap, close), summaryLine, cancelledLine,
                new HBox(12, zonesBox, failedBox));
    }

    private void showProgress(ImportProgress progress) {
        bar.setProgress(progress.fraction());
        files.setText(progress.total() == 0 ? texts.get(MessageKeys.IMPORT_PANE_LISTING)
                : texts.format(MessageKeys.IMPORT_PANE_FILES, progress.done(), progress.total()));
        currentFile.setText(progress.currentFile());
        articles.setText(texts.format(MessageKeys.IMPORT_PANE_ARTICLES, progress.articles()));
    }

    private void showReport(Optional<ImportSummary> shown) {
        shown.ifPresent(summary -> {
            summaryLine.setText(texts.format(MessageKeys.IMPORT_REPORT_SUMMARY, summary.files(), summary.newPages(),
                    summary.replaced(), summary.newArticles(), summary.duplicates(), summary.notImported().size()));
            cancelledLine.setText(texts.get(MessageKeys.IMPORT_REPORT_CANCELLED));
            cancelledLine.setVisible(summary.cancelled());
            zones.getItems().setAll(summary.articlesPerZone());
            notImportedTitle.setText(texts.format(MessageKeys.IMPORT_REPORT_NOT_IMPORTED, summary.notImported().size()));
            notImported.getItems().setAll(summary.notImported().stream().map(this::line).toList());
        });
        update();
    }

    private String line(ImportReport file) {
        return texts.format(MessageKeys.IMPORT_REPORT_FILE_LINE, file.fileName(),
                reasons.render(file.reason(), file.message()));
    }

    private void update() {
        boolean importing = model.importingProperty().get();
        boolean reporting = !importing && model.reportProperty().get().isPresent();
        if (importing) {
            FirstShown.add(getChildren(), running, List.of(running, report));
        }
        if (reporting) {
            FirstShown.add(getChildren(), report, List.of(running, report));
        }
        running.setVisible(importing);
        running.setManaged(importing);
        report.setVisible(reporting);
        report.setManaged(reporting);
        setVisible(importing || reporting);
        setManaged(importing || reporting);
        if (importing) {
            showProgress(model.progressProperty().get());
        }
    }
}

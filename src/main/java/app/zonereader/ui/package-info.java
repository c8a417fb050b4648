/**
 * The ZoneReader window (JavaFX). {@link app.zonereader.ui.MainWindow} builds it from a
 * {@link app.zonereader.service.LibraryService}, the only way into the library.
 *
 * <p>Each pane is a view (plain JavaFX nodes, styled by {@code zonereader.css}) plus a view model that owns the
 * pane's state and asks the library for data. Every library call runs as a {@link app.zonereader.ui.BackgroundTask}
 * on the shared {@link app.zonereader.ui.TaskExecutor}; results come back on the JavaFX thread, failures go to the
 * status bar ({@link app.zonereader.ui.StatusModel}) and the log. Loads go through
 * {@link app.zonereader.ui.NewestWins}, so a late answer to an old request is dropped. Only
 * {@link app.zonereader.ui.BackgroundTaskExecutor} knows JavaFX's {@code Task}, so view models are tested without
 * the toolkit. Panes never talk to each other: MainWindow wires
 * them (tree → article, search → tree + article, stats → tree).
 *
 * <p>All user-visible text comes from the {@code i18n/messages} bundles via {@link app.zonereader.ui.Texts} and
 * the keys in {@code MessageKeys}.
 */
package app.zonereader.ui;

package app.zonereader.ui;

import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Zone;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * The article view's Correct menu: edit title and subtitle, reassign the zone, split at the caret, merge with the
 * next article, mark as article, photo or ad, leave out, mark reviewed, restore the engine's version, add a zone.
 * Each has a Ctrl+Shift shortcut that works wherever the focus is; none clashes with the window's (Ctrl+Shift+C
 * citation, Ctrl+Shift+E export, Ctrl+D, Ctrl+H, Ctrl+Z, Ctrl+F, Ctrl+O, Ctrl+Q) or the planned J/K, N, Ctrl+1/2/3.
 */
final class CorrectionMenu {
    private final MenuButton button;
    private final List<MenuItem> items = new ArrayList<>();
    private final Texts texts;
    private final CorrectionEdits edits;
    private final ArticleViewModel article;
    private final IntSupplier caret;

    /** @param caret where the caret is in the body text (the split point) */
    CorrectionMenu(Texts texts, CorrectionEdits edits, ArticleViewModel article, IntSupplier caret) {
        this.texts = texts;
        this.edits = edits;
        this.article = article;
        this.caret = caret;
        item(MessageKeys.CORRECT_TITLE, "correctTitle", ShortcutList.CORRECT_TITLE.getName(), () -> editText(MessageKeys.CORRECT_TITLE_PROMPT,
                shown -> shown.stored().article().title(), CorrectionEdit::title));
        item(MessageKeys.CORRECT_SUBTITLE, "correctSubtitle", ShortcutList.CORRECT_SUBTITLE.getName(), () -> editText(
                MessageKeys.CORRECT_SUBTITLE_PROMPT, shown -> shown.stored().article().subtitle(), CorrectionEdit::subtitle));
        item(MessageKeys.CORRECT_ZONE, "correctZone", ShortcutList.CORRECT_ZONE.getName(), this::pickZone);
        items.add(new SeparatorMenuItem());
        item(MessageKeys.CORRECT_SPLIT, "correctSplit", ShortcutList.CORRECT_SPLIT.getName(), this::splitAtCaret);
        item(MessageKeys.CORRECT_MERGE, "correctMerge", ShortcutList.CORRECT_MERGE.getName(), () -> edits.correct(CorrectionEdit.mergeWithNext()));
        items.add(new SeparatorMenuItem());
        item(MessageKeys.CORRECT_AS_ARTICLE, "correctAsArticle", ShortcutList.CORRECT_AS_ARTICLE.getName(),
                () -> edits.correct(CorrectionEdit.kind(ItemKind.ARTICLE)));
        item(MessageKeys.CORRECT_AS_PHOTO, "correctAsPhoto", ShortcutList.CORRECT_AS_PHOTO.getName(), () -> edits.correct(CorrectionEdit.kind(ItemKind.PHOTO)));
        item(MessageKeys.CORRECT_AS_AD, "correctAsAd", ShortcutList.CORRECT_AS_AD.getName(), () -> edits.correct(CorrectionEdit.kind(ItemKind.AD)));
        item(MessageKeys.CORRECT_NOT_ARTICLE, "correctNotArticle", ShortcutList.CORRECT_NOT_ARTICLE.getName(), () -> edits.correct(CorrectionEdit.notAnArticle()));
        item(MessageKeys.CORRECT_REVIEWED, "correctReviewed", ShortcutList.CORRECT_REVIEWED.getName(), () -> edits.correct(CorrectionEdit.reviewed()));
        items.add(new SeparatorMenuItem());
        item(MessageKeys.CORRECT_RESTORE, "correctRestore", ShortcutList.CORRECT_RESTORE.getName(), edits::restoreEngineVersion);
        item(MessageKeys.CORRECT_ADD_ZONE, "correctAddZone", "", this::addZone);
        button = new MenuButton(texts.get(MessageKeys.CORRECT_MENU));
        button.setId("correctMenu");
        button.setTooltip(new Tooltip(texts.get(MessageKeys.CORRECT_MENU_TIP)));
        button.getItems().setAll(items);
    }

    MenuButton button() {
        return button;
    }

    /** Puts every shortcut on the scene, so they work from the tree and the body alike. */
    void installShortcuts(Scene scene) {
        for (MenuItem item : items) {
            if (item.getAccelerator() != null) {
                scene.getAccelerators().put(item.getAccelerator(), item::fire);
            }
        }
    }

    private void item(String key, String id, String shortcut, Runnable action) {
        // Only with an article open; adding a zone (the one item without a shortcut) needs none.
        MenuItem item = MenuItems.of(texts, key, shortcut, () -> {
            if (article.current().isPresent() || shortcut.isEmpty()) {
                action.run();
            }
        });
        item.setId(id);
        items.add(item);
    }

    private void editText(String prompt, Function<ArticleViewModel.Shown, String> now,
                          Function<String, CorrectionEdit> edit) {
        article.current().ifPresent(shown -> {
            TextInputDialog dialog = new TextInputDialog(now.apply(shown));
            dialog.setTitle(texts.get(MessageKeys.CORRECT_MENU));
            dialog.setHeaderText(shown.stored().article().displayTitle());
            dialog.setContentText(texts.get(prompt));
            dialog.getEditor().setId("correctionText");
            dialog.getEditor().setPrefColumnCount(36);
            ownedByWindow(dialog).showAndWait().map(String::strip).filter(text -> !text.equals(now.apply(shown)))
                    .ifPresent(text -> edits.correct(edit.apply(text)));
        });
    }

    private void pickZone() {
        article.current().ifPresent(shown -> {
            String current = shown.stored().article().zone().map(Zone::shortName).orElse("");
            ownedByWindow(new ZonePickerDialog(texts, edits, current)).showAndWait()
                    .filter(chosen -> !chosen.equals(current)).ifPresent(chosen -> edits.correct(CorrectionEdit.zone(chosen)));
        });
    }

    private void splitAtCaret() {
        int at = caret.getAsInt();
        if (at <= 0) {
            edits.tellReader(MessageKeys.CORRECT_SPLIT_NO_CARET);
            return;
        }
        edits.correct(CorrectionEdit.splitAt(at));
    }

    private void addZone() {
        ownedByWindow(new AddZoneDialog(texts, edits)).showAndWait().ifPresent(edits::addZone);
    }

    private <T, D extends Dialog<T>> D ownedByWindow(D dialog) {
        Optional.ofNullable(button.getScene()).map(Scene::getWindow).ifPresent(dialog::initOwner);
        return dialog;
    }

    /** For tests: the menu's items, separators included. */
    List<MenuItem> items() {
        return items;
    }
}

package app.zonereader.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.Map;
import java.util.Optional;

/**
 * The icons of menus and toolbar buttons (Material Design via Ikonli: a font, so they take the theme's ink colour
 * from the stylesheet and stay sharp at any scale). Menu items are matched by their id, which is their text's
 * message key, so items other parts of the window add get an icon by adding a line here.
 */
final class Icons {
    private static final Map<String, Ikon> BY_KEY = Map.ofEntries(
            Map.entry(MessageKeys.MENU_IMPORT, MaterialDesignF.FILE_IMPORT_OUTLINE),
            Map.entry(MessageKeys.MENU_REPROCESS, MaterialDesignR.REFRESH),
            Map.entry(MessageKeys.MENU_EXPORT, MaterialDesignE.EXPORT),
            Map.entry(MessageKeys.MENU_RESTORE, MaterialDesignB.BACKUP_RESTORE),
            Map.entry(MessageKeys.MENU_QUIT, MaterialDesignE.EXIT_TO_APP),
            Map.entry(MessageKeys.MENU_FIND, MaterialDesignM.MAGNIFY),
            Map.entry(MessageKeys.MENU_PREFERENCES, MaterialDesignC.COG_OUTLINE),
            Map.entry(MessageKeys.MENU_TOGGLE_THEME, MaterialDesignT.THEME_LIGHT_DARK),
            Map.entry(MessageKeys.MENU_THEME_LIGHT, MaterialDesignW.WHITE_BALANCE_SUNNY),
            Map.entry(MessageKeys.MENU_THEME_DARK, MaterialDesignW.WEATHER_NIGHT),
            Map.entry(MessageKeys.MENU_FONT_BIGGER, MaterialDesignF.FORMAT_FONT_SIZE_INCREASE),
            Map.entry(MessageKeys.MENU_FONT_SMALLER, MaterialDesignF.FORMAT_FONT_SIZE_DECREASE),
            Map.entry(MessageKeys.MENU_FONT_RESET, MaterialDesignF.FORMAT_SIZE),
            Map.entry(MessageKeys.MENU_SHORTCUTS, MaterialDesignK.KEYBOARD_OUTLINE),
            Map.entry(MessageKeys.MENU_ABOUT, MaterialDesignI.INFORMATION_OUTLINE),
            Map.entry(MessageKeys.READER_BOOKMARK, MaterialDesignB.BOOKMARK_OUTLINE),
            Map.entry(MessageKeys.READER_MARK_UNREAD, MaterialDesignE.EMAIL_MARK_AS_UNREAD),
            Map.entry(MessageKeys.READER_COPY_CITATION, MaterialDesignF.FORMAT_QUOTE_CLOSE),
            Map.entry(MessageKeys.READER_COPY_LINK, MaterialDesignL.LINK_VARIANT),
            Map.entry(MessageKeys.READER_PANEL, MaterialDesignN.NOTE_TEXT_OUTLINE),
            Map.entry(MessageKeys.MENU_IMPORT_FOLDER, MaterialDesignF.FOLDER_OPEN_OUTLINE),
            Map.entry(MessageKeys.CORRECT_MENU, MaterialDesignP.PENCIL_OUTLINE));

    private Icons() {
    }

    static Optional<Ikon> forKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Gives every item of the menus that has an icon its icon (items without one keep none). */
    static void decorate(MenuBar menuBar) {
        menuBar.getMenus().forEach(Icons::decorate);
    }

    private static void decorate(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                decorate(submenu);
            } else if (item.getId() != null && item.getGraphic() == null) {
                forKey(item.getId()).ifPresent(ikon -> item.setGraphic(icon(ikon)));
            }
        }
    }

    /** Puts the key's icon before the button's text. */
    static void decorate(ButtonBase button, String key) {
        forKey(key).ifPresent(ikon -> button.setGraphic(icon(ikon)));
    }

    private static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        return icon;
    }
}

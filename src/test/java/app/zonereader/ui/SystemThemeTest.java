package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading the desktop's dark setting from what each platform's tools print. */
class SystemThemeTest {
    @Test
    void gnomeColorSchemePreferDarkIsDark() {
        assertEquals(Theme.DARK, SystemTheme.fromLinux(Map.of(), "'prefer-dark'\n", "'Adwaita'\n"));
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of(), "'default'\n", "'Adwaita'\n"));
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of(), "'prefer-light'\n", "'Adwaita-dark'\n"),
                "the colour scheme, when set, outranks the theme name");
    }

    @Test
    void anOlderDesktopTellsByItsGtkThemeName() {
        assertEquals(Theme.DARK, SystemTheme.fromLinux(Map.of(), "", "'Yaru-dark'\n"));
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of(), "", "'Yaru'\n"));
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of(), "", "'Darkish-Blue'\n"), "'dark' inside a name is not a variant");
    }

    @Test
    void gtkThemeInTheEnvironmentOverridesTheDesktop() {
        assertEquals(Theme.DARK, SystemTheme.fromLinux(Map.of("GTK_THEME", "Adwaita:dark"), "'default'", "'Adwaita'"));
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of("GTK_THEME", "Adwaita"), "'prefer-dark'", "'Adwaita'"));
    }

    @Test
    void nothingKnownIsLight() {
        assertEquals(Theme.LIGHT, SystemTheme.fromLinux(Map.of(), "", ""));
    }

    @Test
    void windowsRegistryZeroMeansAppsUseDark() {
        String dark = "\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\n";
        assertEquals(Theme.DARK, SystemTheme.fromWindowsRegistry(dark));
        assertEquals(Theme.LIGHT, SystemTheme.fromWindowsRegistry(dark.replace("0x0", "0x1")));
    }

    @Test
    void macInterfaceStyleDark() {
        assertEquals(Theme.DARK, SystemTheme.fromMacInterfaceStyle("Dark\n"));
        assertEquals(Theme.LIGHT, SystemTheme.fromMacInterfaceStyle(""));
    }

    @Test
    void detectingOnThisMachineAnswersWithoutFailing() {
        // No display settings in the build's container: whatever it finds, it answers, and light when unsure.
        Theme found = SystemTheme.detect();
        assertEquals(true, found == Theme.LIGHT || found == Theme.DARK);
    }
}

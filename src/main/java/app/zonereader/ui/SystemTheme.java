package app.zonereader.ui;

import app.zonereader.ui.UserPreferences.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop is set to dark, for the first start (afterwards the reader's own choice counts). Java has no
 * API for it, so it asks the platform the way its settings panels store it: GNOME's {@code color-scheme} (and the
 * older GTK theme name, and {@code GTK_THEME}) on Linux, {@code AppsUseLightTheme} in the Windows registry,
 * {@code AppleInterfaceStyle} on macOS. Anything unknown, missing or slow reads as light. Runs processes: call it
 * off the JavaFX thread.
 */
public final class SystemTheme {
    private static final Logger LOG = LoggerFactory.getLogger(SystemTheme.class);
    private static final long TIMEOUT_MILLIS = 1500;

    private SystemTheme() {
    }

    /** The desktop's theme as far as it can be told; light when it cannot. */
    public static Theme detect() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(SystemTheme::fromWindowsRegistry).orElse(Theme.LIGHT);
        }
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(SystemTheme::fromMacInterfaceStyle).orElse(Theme.LIGHT);
        }
        return fromLinux(System.getenv(),
                run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).orElse(""),
                run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).orElse(""));
    }

    /**
     * Linux: GTK_THEME (it overrides the desktop for GTK apps) first, then GNOME's colour scheme ('prefer-dark'),
     * then a GTK theme name ending in -dark (Adwaita-dark, Yaru-dark), as desktops before GNOME 42 set only that.
     */
    static Theme fromLinux(Map<String, String> environment, String colorScheme, String gtkTheme) {
        String forced = environment.getOrDefault("GTK_THEME", "").strip();
        if (!forced.isEmpty()) {
            return isDarkThemeName(forced) ? Theme.DARK : Theme.LIGHT;
        }
        String scheme = unquote(colorScheme);
        if (scheme.equals("prefer-dark")) {
            return Theme.DARK;
        }
        if (scheme.equals("prefer-light")) {
            return Theme.LIGHT;
        }
        return isDarkThemeName(unquote(gtkTheme)) ? Theme.DARK : Theme.LIGHT;
    }

    /** {@code reg query} prints e.g. "AppsUseLightTheme    REG_DWORD    0x0"; 0 means dark. */
    static Theme fromWindowsRegistry(String output) {
        return output.lines().filter(line -> line.contains("AppsUseLightTheme"))
                .anyMatch(line -> line.strip().endsWith("0x0")) ? Theme.DARK : Theme.LIGHT;
    }

    /** {@code defaults read -g AppleInterfaceStyle} prints "Dark" in dark mode and fails in light mode. */
    static Theme fromMacInterfaceStyle(String output) {
        return output.strip().equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT;
    }

    private static boolean isDarkThemeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // GTK_THEME may carry a variant after a colon: Adwaita:dark.
        return lower.endsWith("-dark") || lower.endsWith(":dark") || lower.endsWith("_dark") || lower.equals("dark");
    }

    private static String unquote(String value) {
        return value.strip().replace("'", "");
    }

    /** The command's standard output when it ran and exited 0 in time. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.debug("{} took too long; taking the light theme", command.get(0));
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            // No gsettings (a bare X server, KDE without GNOME settings): nothing to follow.
            LOG.debug("cannot ask {} for the desktop theme: {}", command.get(0), e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

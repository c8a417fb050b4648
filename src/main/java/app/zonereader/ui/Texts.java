package app.zonereader.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words in the user's language. Every key lives in {@link MessageKeys}; a missing key shows as
 * "!key!" instead of crashing the window, and the i18n test keeps that from ever shipping.
 */
public final class Texts {
    /** Base name of the bundles in src/main/resources/i18n. */
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;

    public Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Loads the bundle for a locale without falling back to the JVM default locale, so an English user on a
     * Chinese system still gets English (the base bundle).
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The message with {0}, {1} … filled in ({@link MessageFormat} rules). */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key), bundle.getLocale());
        return format.format(arguments);
    }

    public Locale locale() {
        return bundle.getLocale();
    }
}

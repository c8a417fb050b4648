package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages have every key the UI uses, and nothing else; every text is a valid MessageFormat pattern. */
class I18nKeysTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/app/zonereader/ui");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nKeysTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> keysInCode() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field field : MessageKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("/i18n/messages.properties").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("/i18n/messages_zh.properties").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertTrue(onlyEnglish.isEmpty(), "missing in messages_zh.properties: " + onlyEnglish);
        assertTrue(onlyChinese.isEmpty(), "missing in messages.properties: " + onlyChinese);
    }

    @Test
    void everyKeyInCodeIsInBothBundlesAndNoBundleKeyIsUnused() throws Exception {
        Set<String> used = keysInCode();
        for (String resource : List.of("/i18n/messages.properties", "/i18n/messages_zh.properties")) {
            Set<String> defined = load(resource).stringPropertyNames();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(defined);
            assertTrue(missing.isEmpty(), "keys used in code but missing in " + resource + ": " + missing);
            Set<String> unused = new TreeSet<>(defined);
            unused.removeAll(used);
            assertTrue(unused.isEmpty(), "keys in " + resource + " that no code uses: " + unused);
        }
    }

    /** Lookups must go through MessageKeys constants, or the check above would miss them. */
    @Test
    void uiCodeLooksUpNoLiteralKeys() throws IOException {
        Pattern literalLookup = Pattern.compile("(?:getString|texts\\.get|texts\\.format|\\bget|\\bformat)\\(\"([a-z]+\\.[A-Za-z.]+)\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalLookup.matcher(Files.readString(file));
                while (matcher.find()) {
                    offenders.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** A constant nobody uses is a text the user never sees; drop it from the bundles too. */
    @Test
    void everyKeyConstantIsUsedByTheUi() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.list(UI_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("MessageKeys.java")).toList()) {
                code.append(Files.readString(file));
            }
        }
        List<String> unused = new ArrayList<>();
        for (Field field : MessageKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !code.toString().contains("MessageKeys." + field.getName())) {
                unused.add(field.getName());
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties chinese = load("/i18n/messages_zh.properties");
        for (String key : english.stringPropertyNames()) {
            int englishArguments = new MessageFormat(english.getProperty(key), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int chineseArguments = new MessageFormat(chinese.getProperty(key), Locale.CHINESE).getFormatsByArgumentIndex().length;
            assertEquals(englishArguments, chineseArguments, "argument count differs for " + key);
        }
    }

    @Test
    void bundleLoadsPerLocaleWithoutFallingBackToTheSystemLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertEquals("File", new Texts(Texts.bundle(Locale.ENGLISH)).get(MessageKeys.MENU_FILE));
            assertEquals("文件", new Texts(Texts.bundle(Locale.SIMPLIFIED_CHINESE)).get(MessageKeys.MENU_FILE));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatsCountsAndMarksMissingKeys() {
        Texts english = new Texts(Texts.bundle(Locale.ENGLISH));
        assertEquals("Importing 3/5 … a.txt", english.format(MessageKeys.IMPORT_PROGRESS, 3, 5, "a.txt"));
        assertEquals("1 article", english.format(MessageKeys.STATUS_ARTICLE_COUNT, 1));
        assertEquals("1234 articles", english.format(MessageKeys.STATUS_ARTICLE_COUNT, 1234).replace(",", ""));
        assertEquals("!no.such.key!", english.get("no.such.key"));
    }
}

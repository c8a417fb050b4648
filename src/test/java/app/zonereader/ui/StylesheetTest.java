package app.zonereader.ui;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The stylesheets parse cleanly (a lost brace silently drops every rule after it, which a merge once did), and the
 * window's own sheet names no colour: colours are the themes' looked-up variables, so both themes stay legible.
 */
class StylesheetTest {
    private static final String DIR = "/app/zonereader/ui/";
    private static final Pattern FIXED_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(");

    @ParameterizedTest
    @ValueSource(strings = {"zonereader.css", "theme-light.css", "theme-dark.css"})
    void parsesWithoutErrors(String sheet) throws IOException {
        URL url = StylesheetTest.class.getResource(DIR + sheet);
        assertNotNull(url, sheet);
        CssParser.errorsProperty().clear();
        new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, sheet + " has CSS errors");
    }

    @Test
    void theWindowsSheetNamesNoFixedColour() throws IOException {
        try (InputStream in = StylesheetTest.class.getResourceAsStream(DIR + "zonereader.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            List<String> fixed = css.lines().filter(line -> FIXED_COLOUR.matcher(line).find()).toList();
            assertEquals(List.of(), fixed, "use a -zr- colour from theme-light.css and theme-dark.css");
        }
    }
}

package app.zonereader.ui;

import app.zonereader.model.HighlightColor;
import app.zonereader.ui.UserPreferences.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2 contrast of the reading text in both themes, from the colours JavaFX actually resolved for the body: plain
 * text on the paper, text under each of the five highlight colours, and a search hit. AA asks 4.5:1 for body text.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private static final double WCAG_AA = 4.5;
    private static final String PLAIN = "正文";
    private StyleClassedTextArea area;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ArticleBodyView body = new ArticleBodyView();
        area = body.area();
        StringBuilder text = new StringBuilder(PLAIN);
        for (HighlightColor color : HighlightColor.values()) {
            text.append(color.name());
        }
        text.append("HIT");
        area.replaceText(text.toString());
        int at = PLAIN.length();
        for (HighlightColor color : HighlightColor.values()) {
            area.setStyleClass(at, at + color.name().length(), BodyStyles.colorClass(color));
            at += color.name().length();
        }
        area.setStyleClass(at, at + 3, "search-hit");
        scene = new Scene(new StackPane(area), 600, 300);
        stage.setScene(scene);
        stage.show();
    }

    /** The WCAG relative luminance of an sRGB colour. */
    static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    @Test
    void contrastOfTheWcagFormulaItself() {
        assertEquals(21, contrast(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(1, contrast(Color.GRAY, Color.GRAY), 0.01);
        assertEquals(4.54, contrast(Color.web("#767676"), Color.WHITE), 0.01, "the usual AA reference grey");
    }

    @Test
    void bodyHighlightsAndHitsReadInTheLightTheme(FxRobot robot) {
        assertLegible(robot, Theme.LIGHT);
    }

    @Test
    void bodyHighlightsAndHitsReadInTheDarkTheme(FxRobot robot) {
        assertLegible(robot, Theme.DARK);
    }

    private void assertLegible(FxRobot robot, Theme theme) {
        robot.interact(() -> ThemeSupport.apply(theme, scene));
        List<String> report = OnFx.get(() -> {
            area.applyCss();
            area.layout();
            Color paper = solid(area.getBackground());
            List<String> lines = new ArrayList<>();
            for (TextExt text : area.lookupAll(".text").stream().filter(TextExt.class::isInstance).map(TextExt.class::cast).toList()) {
                Color ink = (Color) text.getFill();
                Paint under = text.getBackgroundColor();
                Color ground = under instanceof Color color && color.getOpacity() > 0 ? color : paper;
                double ratio = contrast(ink, ground);
                String where = ground == paper ? "paper" : "own";
                lines.add(String.format("%s %s on %s %s: %.2f", text.getText(), ink, where, ground, ratio));
            }
            return lines;
        });
        // plain text, five highlights, a search hit: each a run of its own
        assertEquals(7, report.size(), report.toString());
        for (String line : report) {
            double ratio = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            assertTrue(ratio >= WCAG_AA, theme + ": " + line);
        }
        assertEquals(6, report.stream().filter(line -> line.contains(" on own ")).count(),
                "the highlights and the hit are drawn on colours of their own: " + report);
    }

    private static Color solid(Background background) {
        return (Color) background.getFills().get(background.getFills().size() - 1).getFill();
    }
}

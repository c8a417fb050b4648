package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same five pages printed differently must segment the same way: the rules are about layout in general, not about
 * the exact line breaks of the samples. Each rendering is scored with the gold file; titles, items and must_contain
 * must stay at 100%.
 */
class SegmenterRobustnessTest {

    private static String read(String file) throws IOException {
        return Files.readString(Path.of("assets/pages", file), StandardCharsets.UTF_8);
    }

    /** Re-wraps every line longer than 40 characters at {@code width} characters (the long-line pages 003/004). */
    private static List<String> rewrapped(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() <= 40) {
                out.add(line);
                continue;
            }
            for (int k = 0; k < line.length(); k += width) {
                out.add(line.substring(k, Math.min(line.length(), k + width)));
            }
        }
        return out;
    }

    private static void assertRenderingScores(UnaryOperator<String> render, String charset, boolean bom)
            throws IOException {
        Map<String, int[]> total = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        String table = SegmenterGoldTest.score(file -> {
            byte[] body = render.apply(read(file)).getBytes(charset);
            if (!bom) {
                return body;
            }
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            return withBom;
        }, total, failures);
        System.out.println(table);
        for (String criterion : List.of("items", "title", "contain")) {
            int[] s = total.get(criterion);
            assertEquals(s[1], s[0], criterion + " " + s[0] + "/" + s[1] + " " + failures);
        }
    }

    @Test
    void singleSpacedRendering() throws IOException {
        assertRenderingScores(text -> text.replaceAll("\n[ \t]*(?=\n)", ""), "UTF-8", false);
    }

    @Test
    void narrowColumnsWithABlankLineAfterEveryLine() throws IOException {
        assertRenderingScores(text -> String.join("\n\n", rewrapped(text, 18)) + "\n", "UTF-8", false);
    }

    @Test
    void windowsLineEndsWithBomAndWiderColumns() throws IOException {
        assertRenderingScores(text -> String.join("\r\n", rewrapped(text, 22)) + "\r\n", "UTF-8", true);
    }

    @Test
    void gb18030Rendering() throws IOException {
        assertRenderingScores(text -> text, "GB18030", false);
    }
}

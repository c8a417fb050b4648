package app.zonereader.exchange;

import app.zonereader.model.SpreadsheetSafe;
import app.zonereader.model.AnnotationRow;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV export read back by another parser (univocity) gives every field exactly, formulas neutralised. */
class CsvAnnotationWriterTest {
    @Test
    void anotherParserReadsEveryFieldBackExactly() throws Exception {
        List<AnnotationRow> rows = Samples.rows(Samples.everyKind());
        String csv = export(rows);
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark, for Excel");

        List<String[]> records = parse(csv.substring(1));
        assertArrayEquals(CsvAnnotationWriter.HEADER.toArray(String[]::new), records.get(0));
        assertEquals(rows.size() + 1, records.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] expected = CsvAnnotationWriter.cells(rows.get(i)).stream().map(SpreadsheetSafe::cell)
                    .toArray(String[]::new);
            assertArrayEquals(expected, records.get(i + 1), "row " + i + ": " + Arrays.toString(records.get(i + 1)));
        }
    }

    @Test
    void theColumnsHoldWhatTheirNamesSay() throws Exception {
        List<String[]> records = parse(export(Samples.rows(Samples.everyKind())).substring(1));
        String[] highlight = records.get(1);
        assertEquals(Samples.ARTICLE.uri(), highlight[0]);
        assertEquals("永川高新区：产教融合, \"新\"模式", highlight[1]);
        assertEquals("永川高新区", highlight[2]);
        assertEquals("2024-04-30", highlight[3]);
        assertEquals("highlight", highlight[4]);
        assertEquals("green", highlight[5]);
        assertEquals("\"产教融合\"", highlight[6]);
        assertEquals("注意：\"引号\", 逗号,\n第二行\r\n=1+1", highlight[7], "line breaks inside a note survive");
        assertEquals("职教; =HYPERLINK(\"x\")", highlight[8]);
        assertEquals("2024-05-01T08:00:00Z", highlight[9]);
        assertEquals("2024-05-02T09:30:15.123456789Z", highlight[10]);
        assertEquals("anchored", highlight[11]);
        assertEquals("orphaned", records.get(6)[11]);
        assertEquals("", records.get(4)[5], "a bookmark has no colour");
        assertEquals("tag", records.get(5)[4]);
        assertEquals("产教融合", records.get(5)[7], "a tag's label is in the note column");
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralised() throws Exception {
        List<String[]> records = parse(export(Samples.rows(Samples.everyKind())).substring(1));
        assertEquals("'- 列表？ # 不是标题\n@提醒 +1", records.get(3)[7]);
        assertEquals("'@重庆 -高新区 动态", records.get(4)[1]);
        for (String dangerous : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + dangerous, SpreadsheetSafe.cell(dangerous));
        }
        for (String harmless : List.of("", "1-1", "a=b", "'=1", "永川")) {
            assertEquals(harmless, SpreadsheetSafe.cell(harmless));
        }
    }

    @Test
    void rowsEndWithCrlfAsRfc4180Says() throws Exception {
        String csv = export(Samples.rows(List.of(Samples.everyKind().get(1))));
        assertTrue(csv.startsWith("\uFEFFuri,title,zone,date,kind,colour,quote,note,tags,created,modified,status\r\n"), csv);
        assertTrue(csv.endsWith(",anchored\r\n"), csv);
    }

    private static String export(List<AnnotationRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvAnnotationWriter().write(rows, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String[]> parse(String csv) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setLineSeparator("\r\n");
        settings.setNullValue("");
        settings.setEmptyValue("");
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setIgnoreLeadingWhitespacesInQuotes(false);
        settings.setIgnoreTrailingWhitespacesInQuotes(false);
        settings.setKeepQuotes(false);
        settings.setNormalizeLineEndingsWithinQuotes(false);
        settings.setMaxCharsPerColumn(-1);
        return new CsvParser(settings).parseAll(new StringReader(csv));
    }
}

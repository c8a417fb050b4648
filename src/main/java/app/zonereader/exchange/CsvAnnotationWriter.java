package app.zonereader.exchange;

import app.zonereader.model.SpreadsheetSafe;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.AnnotationRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One row per annotation, RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or line break). UTF-8
 * with a byte-order mark: without it Excel reads the file as the local ANSI code page and garbles Chinese; other
 * CSV readers skip the mark. Every cell is {@link SpreadsheetSafe}.
 * <p>
 * Columns: uri, title, zone, date (the issue date), kind (highlight, article_note, bookmark, tag), colour (highlights
 * only), quote (highlights only), note (a highlight's or article note's text, a tag's label), tags (the article's
 * tags, "; " between them), created, modified (ISO instants), status (anchored or orphaned).
 */
public final class CsvAnnotationWriter implements AnnotationWriter {
    static final List<String> HEADER = List.of("uri", "title", "zone", "date", "kind", "colour", "quote", "note",
            "tags", "created", "modified", "status");
    static final String TAG_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setAutoFlush(true)
            .get();

    @Override
    public void write(List<AnnotationRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);  // not closed: that would close the caller's stream
        for (AnnotationRow row : rows) {
            printer.printRecord(cells(row).stream().map(SpreadsheetSafe::cell).toList());
        }
        printer.flush();
    }

    static List<String> cells(AnnotationRow row) {
        Annotation annotation = row.annotation();
        boolean highlight = annotation.kind() == AnnotationKind.HIGHLIGHT;
        return List.of(annotation.article().uri(), row.title(), row.zone(), row.pageDate(),
                annotation.kind().name().toLowerCase(Locale.ROOT), highlight ? annotation.color().code() : "",
                annotation.anchor().exact(), annotation.text(), String.join(TAG_SEPARATOR, row.tags()),
                annotation.created().toString(), annotation.modified().toString(),
                annotation.status().name().toLowerCase(Locale.ROOT));
    }
}

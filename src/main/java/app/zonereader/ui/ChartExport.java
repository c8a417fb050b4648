package app.zonereader.ui;

import app.zonereader.model.SpreadsheetSafe;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a chart as a PNG picture and its numbers as CSV; the files are written whole or not at all. */
final class ChartExport {
    private ChartExport() {
    }

    /** The chart's pixels as PNG bytes. Call on the JavaFX thread (a snapshot needs it); write the bytes off it. */
    static byte[] png(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return PngEncoder.encode(width, height, pixels);
    }

    static void writeBytes(byte[] bytes, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes UTF-8 CSV with a byte-order mark (so spreadsheets read the Chinese right), every cell made
     * {@link SpreadsheetSafe}.
     */
    static void writeCsv(List<String> header, List<List<String>> rows, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(SpreadsheetSafe::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
}

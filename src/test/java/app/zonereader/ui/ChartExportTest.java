package app.zonereader.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChartExportTest {
    @TempDir
    Path dir;

    @Test
    void csvHasABomAndNeutralisesFormulasInEveryCell() throws Exception {
        Path file = dir.resolve("data.csv");
        ChartExport.writeCsv(List.of("名称", "=数量"), List.of(List.of("=HYPERLINK(\"x\")", "3"), List.of("永川高新区", "-2")), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFF名称,'=数量\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n永川高新区,'-2\r\n", text);
        assertFalse(Files.exists(dir.resolve("data.csv.partial")));
    }

    @Test
    void pngHasAValidHeaderChunksAndTheExactPixels() throws Exception {
        int[] argb = {0xFF112233, 0x80FFFFFF, 0x00000000, 0xFFABCDEF, 0xFF000000, 0xFF010203};
        byte[] png = PngEncoder.encode(3, 2, argb);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, 8, png.length - 8));
        byte[] pixels = null;
        for (String expected : List.of("IHDR", "IDAT", "IEND")) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertEquals(expected, new String(type, StandardCharsets.US_ASCII));
            assertEquals((int) crc.getValue(), in.readInt(), expected + " checksum");
            if (expected.equals("IHDR")) {
                DataInputStream header = new DataInputStream(new ByteArrayInputStream(data));
                assertEquals(3, header.readInt());
                assertEquals(2, header.readInt());
            }
            if (expected.equals("IDAT")) {
                pixels = new InflaterInputStream(new ByteArrayInputStream(data)).readAllBytes();
            }
        }
        assertArrayEquals(new byte[]{0, 0x11, 0x22, 0x33, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0, 0, 0, 0,
                0, (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, (byte) 0xFF, 0, 0, 0, (byte) 0xFF, 1, 2, 3, (byte) 0xFF}, pixels);
    }

    @Test
    void pngRefusesPixelsThatDoNotFitTheSize() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(2, 2, new int[3]));
    }
}

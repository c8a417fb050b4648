package app.zonereader.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes pixels as a PNG (8-bit RGBA, no filtering): the few lines the chart export needs, instead of bringing in
 * javafx-swing and AWT only for {@code ImageIO}.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** @param argb the pixels row by row, as JavaFX's {@code PixelFormat.getIntArgbInstance()} gives them */
    static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("need " + width + " × " + height + " pixels, got " + argb.length);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[]{8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, no filter method variant, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", pixelData(width, height, argb));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private static byte[] pixelData(int width, int height, int[] argb) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[1 + width * 4];
            for (int y = 0; y < height; y++) {
                row[0] = 0; // filter type None
                for (int x = 0; x < width; x++) {
                    int pixel = argb[y * width + x];
                    int at = 1 + x * 4;
                    row[at] = (byte) (pixel >> 16);
                    row[at + 1] = (byte) (pixel >> 8);
                    row[at + 2] = (byte) pixel;
                    row[at + 3] = (byte) (pixel >>> 24);
                }
                out.write(row);
            }
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

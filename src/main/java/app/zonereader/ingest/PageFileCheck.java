package app.zonereader.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Refuses files that are not text pages before the engine turns them into garbage articles: a PDF, an image, an
 * office document or other binary data. A page is any text the decoder can read; binary data decodes into mostly
 * replacement characters, which is what gives it away when the format has no known signature.
 */
public final class PageFileCheck {
    /** More undecodable characters than this share of the text means the file is not text. */
    private static final double MAX_UNDECODABLE_SHARE = 0.05;

    private record Signature(byte[] magic, String what) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("%PDF", "a PDF document; export its text first (e.g. pdftotext)"),
            signature("\u0089PNG", "a PNG image"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            signature("GIF8", "a GIF image"),
            signature("PK\u0003\u0004", "a ZIP archive or office document (docx, xlsx); save it as plain text first"),
            new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old office document (doc, xls); save it as plain text first"));

    private PageFileCheck() {
    }

    /** Why the file cannot be a page, or empty when it can. */
    public static Optional<String> problem(byte[] bytes, DecodedText decoded) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of("not a text page: the file is " + signature.what());
            }
        }
        String text = decoded.text();
        long undecodable = text.chars().filter(c -> c == '\uFFFD').count();
        if (!text.isEmpty() && undecodable > MAX_UNDECODABLE_SHARE * text.length()) {
            return Optional.of("not a text page: " + Math.round(100.0 * undecodable / text.length())
                    + "% of it is no text in UTF-8, UTF-16 or GB18030 (binary data?)");
        }
        return Optional.empty();
    }

    private static Signature signature(String magic, String what) {
        return new Signature(magic.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}

package app.zonereader.ingest;

import app.zonereader.model.PageProblem;
import app.zonereader.model.SkipReason;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Refuses files that are not text pages before the engine turns them into garbage articles or spends a minute on
 * them: nothing but white space, a PDF, an image, an office document or other binary data, or text far beyond what
 * one printed page holds. A page is any text the decoder can read; binary data decodes into mostly replacement
 * characters, which is what gives it away when the format has no known signature.
 */
public final class PageFileCheck {
    /** More undecodable characters than this share of the text means the file is not text. */
    private static final double MAX_UNDECODABLE_SHARE = 0.05;
    /**
     * The engine's budget for one page. A broadsheet page holds 10,000 to 20,000 characters (the longest sample page
     * 18,000); 200,000 is a whole 16-page issue in one file, which the engine reads in about 5 s (390,000 took
     * 10 s). A book-sized file would keep an import silent for minutes (a 27 MB file took 57 s); it is refused.
     */
    public static final int MAX_PAGE_CHARS = 200_000;
    /**
     * No printed paragraph is this long (a 49,000-character line takes the engine 2 s); a single line of megabytes
     * is a dump (a web page's source, a log).
     */
    public static final int MAX_LINE_CHARS = 50_000;

    private record Signature(byte[] magic, String format) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("%PDF", "PDF"),
            signature("\u0089PNG", "PNG"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "JPEG"),
            signature("GIF8", "GIF"),
            signature("PK\u0003\u0004", "ZIP/docx/xlsx"),
            new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "doc/xls"));

    private PageFileCheck() {
    }

    /** Why the file cannot be a page, or empty when it can. */
    public static Optional<PageProblem> problem(byte[] bytes, DecodedText decoded) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of(new PageProblem(SkipReason.NOT_TEXT, signature.format()));
            }
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return Optional.of(new PageProblem(SkipReason.EMPTY, ""));
        }
        long undecodable = text.chars().filter(c -> c == '\uFFFD').count();
        if (undecodable > MAX_UNDECODABLE_SHARE * text.length()) {
            return Optional.of(new PageProblem(SkipReason.NOT_TEXT,
                    Math.round(100.0 * undecodable / text.length()) + "%"));
        }
        if (text.length() > MAX_PAGE_CHARS) {
            return Optional.of(new PageProblem(SkipReason.PAGE_TOO_LONG, text.length() + " > " + MAX_PAGE_CHARS));
        }
        int longestLine = longestLine(text);
        if (longestLine > MAX_LINE_CHARS) {
            return Optional.of(new PageProblem(SkipReason.PAGE_TOO_LONG, longestLine + " > " + MAX_LINE_CHARS));
        }
        return Optional.empty();
    }

    static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private static Signature signature(String magic, String format) {
        return new Signature(magic.getBytes(StandardCharsets.ISO_8859_1), format);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}

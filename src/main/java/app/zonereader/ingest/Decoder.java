package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a page file's bytes into clean text. Never throws.
 *
 * <p>Page files come from OCR tools, PDF extractors and web copies, so the charset is detected, not assumed:
 * a byte-order mark wins; without one, a NUL byte pattern betrays UTF-16 (ASCII characters and line ends put a zero in
 * every other byte); otherwise strict decoder trials run in order UTF-8, UTF-16 (accepted only if it decodes to
 * nearly nothing but Chinese, punctuation and ASCII), then GB18030 (a superset of GBK/GB2312).
 * Strict UTF-8 first is safe because GB-encoded Chinese is almost never valid UTF-8, while the reverse trial would
 * "succeed" with garbage. If nothing decodes cleanly, UTF-8 with replacement characters is used and a warning says so.
 *
 * <p>After decoding: line ends become \n, control characters (NUL, form feeds, C1 controls) are dropped, and leftover
 * web markup is removed by {@link MarkupStripper}; each repair is reported as a warning.
 */
public final class Decoder {
    private static final Logger LOG = LoggerFactory.getLogger(Decoder.class);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private Decoder() {
    }

    public static DecodedText decode(byte[] bytes) {
        List<IngestWarning> warnings = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            warnings.add(IngestWarning.of(WarningCode.EMPTY_FILE));
            return new DecodedText("", "UTF-8", warnings);
        }
        Detected detected = detect(bytes, warnings);
        String text = cleanControls(detected.text(), warnings);
        text = MarkupStripper.strip(text, warnings);
        if (!warnings.isEmpty()) {
            LOG.debug("Decoded {} bytes as {} with warnings {}", bytes.length, detected.charset(), warnings);
        }
        return new DecodedText(text, detected.charset(), warnings);
    }

    private record Detected(String text, String charset) {
    }

    private static Detected detect(byte[] bytes, List<IngestWarning> warnings) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(lenient(bytes, 3, StandardCharsets.UTF_8, warnings), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(lenient(bytes, 2, StandardCharsets.UTF_16LE, warnings), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(lenient(bytes, 2, StandardCharsets.UTF_16BE, warnings), "UTF-16BE");
        }
        Charset utf16 = utf16ByNulPattern(bytes);
        if (utf16 != null) {
            warnings.add(IngestWarning.of(WarningCode.CHARSET_FROM_ZERO_BYTES, utf16.name()));
            return new Detected(lenient(bytes, 0, utf16, warnings), utf16.name());
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Detected(utf8, "UTF-8");
        }
        Charset plausible = plausibleUtf16(bytes);
        if (plausible != null) {
            warnings.add(IngestWarning.of(WarningCode.CHARSET_FROM_CHINESE_TEXT, plausible.name()));
            return new Detected(lenient(bytes, 0, plausible, warnings), plausible.name());
        }
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return new Detected(gb, "GB18030");
        }
        warnings.add(IngestWarning.of(WarningCode.UNDECODABLE_BYTES));
        return new Detected(lenient(bytes, 0, StandardCharsets.UTF_8, warnings), "UTF-8");
    }

    /** UTF-16 text without a BOM still has zero bytes on one side for every ASCII character and line end. */
    private static Charset utf16ByNulPattern(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = bytes.length / 2;
        int zeros = evenZeros + oddZeros;
        if (zeros < Math.max(2, pairs / 20)) {
            return null;
        }
        if (oddZeros >= zeros * 0.9) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= zeros * 0.9) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * BOM-less UTF-16 of pure Chinese text has few zero bytes, but decodes to almost nothing but Chinese characters,
     * punctuation and line ends, while other encodings read as UTF-16 scatter over rare scripts.
     */
    private static Charset plausibleUtf16(byte[] bytes) {
        if (bytes.length < 8 || bytes.length % 2 != 0) {
            return null;
        }
        for (Charset charset : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text = strict(bytes, charset);
            if (text != null && textLikeShare(text) >= 0.97) {
                return charset;
            }
        }
        return null;
    }

    private static double textLikeShare(String text) {
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextShape.isCjk(c) || (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t') {
                good++;
            }
        }
        return text.isEmpty() ? 0 : (double) good / text.length();
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor's UTF-8 path is several times faster than a CharsetDecoder; it puts U+FFFD for
            // every malformed sequence, so text without one was valid (a file that holds U+FFFD itself takes the
            // decoder below).
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset, List<IngestWarning> warnings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            if (text.indexOf('\uFFFD') >= 0 && strict(Arrays.copyOfRange(bytes, offset, bytes.length), charset) == null) {
                warnings.add(IngestWarning.of(WarningCode.INVALID_BYTES_REPLACED, charset.name()));
            }
            return text;
        } catch (CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature.
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Normalises line ends and removes control characters other than \n and \t (a tab becomes a space). */
    private static String cleanControls(String text, List<IngestWarning> warnings) {
        int first = 0;
        while (first < text.length() && !needsCleaning(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;   // the common case: nothing to clean, no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int removed = 0;
        int nul = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == '\uFEFF' || c == '\u200B') {
                // a stray byte-order mark or zero-width space carries no text
                continue;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (c == 0) {
                    nul++;
                } else {
                    removed++;
                }
            } else {
                out.append(c);
            }
        }
        if (nul > 0) {
            warnings.add(IngestWarning.of(WarningCode.NUL_REMOVED, Integer.toString(nul)));
        }
        if (removed > 0) {
            warnings.add(IngestWarning.of(WarningCode.CONTROLS_REMOVED, Integer.toString(removed)));
        }
        return out.toString();
    }

    /** Whether {@link #cleanControls} changes or drops the character. */
    private static boolean needsCleaning(char c) {
        return c == '\r' || c == '\t' || c == '\uFEFF' || c == '\u200B'
                || (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }
}

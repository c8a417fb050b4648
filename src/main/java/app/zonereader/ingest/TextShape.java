package app.zonereader.ingest;

import java.util.regex.Pattern;

/**
 * Character-level facts the layout heuristics rely on: which characters are Chinese, how wide a line looks on paper
 * (a Latin letter or digit takes about half the width of a Chinese character), whether a line ends a sentence, whether
 * a line is "headline-shaped" (no sentence punctuation), and whether its quotes are balanced.
 */
final class TextShape {
    /** Characters that end a sentence; a closing quote or bracket after them still ends it. */
    private static final String TERMINALS = "。！？…!?；;";
    private static final String CLOSERS = "”’」』）)》〉】\"'";

    private TextShape() {
    }

    /** A Chinese character of the basic plane (unified ideographs, extension A, compatibility ideographs, 〇). */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '\u3007';
    }

    static boolean isCjk(char c) {
        return isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2026' || c == '\u2014'
                || c == '\u00B7';
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Width in Chinese-character units: ASCII counts half. */
    static double visualWidth(String text) {
        // counted in half units as an int: a double sum waits on each addition, an int count does not
        int halves = 0;
        for (int i = 0; i < text.length(); i++) {
            halves += text.charAt(i) < 0x80 ? 1 : 2;
        }
        return halves / 2.0;
    }

    static int hanCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** True when the text ends a sentence: 。！？… (also after a closing quote/bracket) or an English full stop. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (TERMINALS.indexOf(c) >= 0) {
            return true;
        }
        // An English full stop, but not a decimal point or an abbreviation-like single letter.
        return c == '.' && i > 0 && !Character.isDigit(text.charAt(i - 1));
    }

    static boolean hasSentenceMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSentenceMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Punctuation that only occurs inside running sentences, never in a headline. A switch, not a look-up in a string:
     * it is asked of every character of every line.
     */
    static boolean isSentenceMark(char c) {
        return switch (c) {
            case '，', '。', '；', '！', '？', ',', ';' -> true;
            default -> false;
        };
    }

    /** An opening quote or bracket without its closing partner marks a sentence cut in the middle. */
    static boolean hasUnbalancedOpening(String text) {
        // one pass for all six pairs: opened minus closed, per pair
        int quotes = 0;
        int fullBrackets = 0;
        int brackets = 0;
        int titles = 0;
        int corners = 0;
        int whiteCorners = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '“' -> quotes++;
                case '”' -> quotes--;
                case '（' -> fullBrackets++;
                case '）' -> fullBrackets--;
                case '(' -> brackets++;
                case ')' -> brackets--;
                case '《' -> titles++;
                case '》' -> titles--;
                case '「' -> corners++;
                case '」' -> corners--;
                case '『' -> whiteCorners++;
                case '』' -> whiteCorners--;
                default -> { }
            }
        }
        return quotes > 0 || fullBrackets > 0 || brackets > 0 || titles > 0 || corners > 0 || whiteCorners > 0;
    }

    /**
     * {@link String#strip()} without its two scans when neither end can be whitespace: no character above U+3000
     * or in printable ASCII is ({@link Character#isWhitespace}), and the layout rules strip every line many times.
     */
    static String strip(String text) {
        if (!text.isEmpty() && surelyNotWhitespace(text.charAt(0))
                && surelyNotWhitespace(text.charAt(text.length() - 1))) {
            return text;
        }
        return text.strip();
    }

    private static boolean surelyNotWhitespace(char c) {
        return (c > ' ' && c < 0x7F) || c > '\u3000';
    }

    /**
     * Headline-shaped: short, no sentence punctuation, does not end the way a cut sentence does (comma, enumeration
     * comma, colon), and its quotes are balanced. Titles, subtitles, intertitles, banners and captions all look like this;
     * running text almost never does for a whole line.
     */
    static boolean looksLikeHeadline(String text) {
        String t = strip(text);
        if (t.isEmpty() || visualWidth(t) > 40 || hasSentenceMarks(t) || hasUnbalancedOpening(t)) {
            return false;
        }
        if (t.indexOf('、') != t.lastIndexOf('、') && !t.startsWith("——")) {
            // two enumeration commas make a list, which is running text; a ——subtitle may list ("——从融资、用工、场地…")
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ("、：:—-".indexOf(last) >= 0) {
            return false;
        }
        return hanCount(t) >= 2 || (t.length() >= 3 && !endsSentence(t));
    }

    /** Running text shows itself by sentence punctuation, an enumeration comma or an unclosed quote. */
    static boolean showsRunningText(String text) {
        return hasSentenceMarks(text) || text.indexOf('、') >= 0 || endsSentence(text) || hasUnbalancedOpening(text);
    }

    private static final Pattern NEW_THOUGHT = Pattern.compile(
            "^(本报|近日|日前|近年来|近期|近段时间|今年以来|今年|去年|目前|当前|眼下|连日来|前不久|不久前|据悉|据了解|据介绍|记者从|记者近日"
                    + "|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月"
                    // a feature's scene-setting opening: 初冬时节, 金秋十月, 走进…
                    + "|[初深仲暮早晚]?[春夏秋冬](时节|之际|季节|时分)|金秋|盛夏|隆冬|寒冬|阳春|走进|走入|漫步)");

    /** Typical openings of a news paragraph (a date, 近日, 据悉 …): a line starting like this starts a new thought. */
    static boolean startsNewThought(String text) {
        return NEW_THOUGHT.matcher(text).lookingAt();
    }

    /** A numbered heading: 一、… （一）… 1.… followed by words (not "二、三产业", not a decimal "1.5"). */
    private static final Pattern ENUMERATED = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[）)]"
                    + "|[0-9]{1,2}[.．、](?![0-9]))\\s*\\p{IsHan}{2}");

    /** The characters a numbered heading can start with; the pattern runs only after one of them. */
    private static final String ENUMERATION_STARTS = "一二三四五六七八九十（(0123456789";

    static boolean startsEnumeratedHeading(String text) {
        return !text.isEmpty() && ENUMERATION_STARTS.indexOf(text.charAt(0)) >= 0 && ENUMERATED.matcher(text).lookingAt();
    }

    /** Ends where a sentence is visibly cut: a comma, colon, enumeration comma, dash or an unclosed quote/bracket. */
    static boolean endsMidSentence(String text) {
        String t = strip(text);
        return !t.isEmpty() && ("，、：,:—-“‘（(《「『".indexOf(t.charAt(t.length() - 1)) >= 0 || hasUnbalancedOpening(t));
    }

    /** Removes every whitespace character (for comparisons that ignore layout). */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

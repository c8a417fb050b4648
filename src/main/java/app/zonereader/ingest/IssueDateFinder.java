package app.zonereader.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue date of a page, when the page says it: a date line in the page furniture (the masthead or footer line
 * "2021年12月7日 星期二", "中国高新技术产业导报 2021年12月7日 第5版"), else a date in the file name
 * (2021-12-07, 2021_12_07, 20211207, 2021年12月7日). A date inside a sentence is news, not the issue date, so only
 * short lines without sentence punctuation near the top or bottom of the page count.
 */
public final class IssueDateFinder {
    /** Lines looked at from each end of the page: mastheads and footers sit there. */
    private static final int EDGE_LINES = 6;
    private static final int MAX_HEADER_LENGTH = 40;
    private static final Pattern CHINESE_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SEPARATED_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.](\\d{1,2})[-_.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<![0-9A-Za-z])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![0-9A-Za-z])");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s{2,}");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？,;!?“”]");

    private IssueDateFinder() {
    }

    public static Optional<LocalDate> find(String fileName, String text) {
        for (String line : edgeLines(text)) {
            if (line.length() <= MAX_HEADER_LENGTH && !SENTENCE_PUNCTUATION.matcher(line).find()) {
                Optional<LocalDate> date = first(CHINESE_DATE, line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        String name = TextNormalizer.foldWidth(fileName);
        return first(CHINESE_DATE, name).or(() -> first(SEPARATED_DATE, name)).or(() -> first(COMPACT_DATE, name));
    }

    /** The first and last non-blank lines (folded, stripped), or all of them on a short page; only the edges are read. */
    private static List<String> edgeLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length() && lines.size() <= 2 * EDGE_LINES) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            addIfNotBlank(text.substring(start, end), lines);
            start = end + 1;
        }
        if (lines.size() <= 2 * EDGE_LINES) {
            return lines;
        }
        // more lines than both edges hold: the last ones, read backwards, cannot be among the first
        List<String> last = new ArrayList<>();
        int end = text.length();
        while (last.size() < EDGE_LINES && end >= 0) {
            int lineStart = text.lastIndexOf('\n', end - 1) + 1;
            addIfNotBlank(text.substring(lineStart, end), last);
            end = lineStart - 1;
        }
        Collections.reverse(last);
        List<String> edges = new ArrayList<>(lines.subList(0, EDGE_LINES));
        edges.addAll(last);
        return edges;
    }

    private static void addIfNotBlank(String line, List<String> lines) {
        // Mastheads are often spread across the width with runs of spaces; those do not make a line long.
        String stripped = WHITESPACE_RUN.matcher(TextNormalizer.foldWidth(line).strip()).replaceAll(" ");
        if (!stripped.isEmpty()) {
            lines.add(stripped);
        }
    }

    private static Optional<LocalDate> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                // 2021年13月40日 is no date; look further.
            }
        }
        return Optional.empty();
    }
}

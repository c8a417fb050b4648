package app.zonereader.ingest;

import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of an article: money (亿元, 万元, 元), shares (%, 个百分点), counts (家, 个, 项, 人 …) and dates
 * (2021年11月, 11月27日), each with the sentence it came from.
 * <p>
 * Values follow {@link KeyFigure}: money in 元, percents as printed, dates as yyyymmdd with missing parts 0.
 * Counts are multiplied out and keep the measure word as unit: "5.3万余人" is 53000 of 人.
 * Where two readings overlap the longer one wins ("3个百分点" is a share, not a count of 个).
 * Matching runs on {@link TextNormalizer#forMatching} text, so full-width digits and Traditional units (萬元) work.
 * Stateless and thread-safe.
 */
public final class KeyFigureExtractor {
    private static final String NUMBER = "(?<![\\d.])(\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?)\\s*";
    private static final String ABOUT = "(?:余|多)?";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + ABOUT + "(万亿|千万|百万|亿|万|千)?" + ABOUT + "元");
    private static final Pattern PERCENT = Pattern.compile(NUMBER + "(%|个百分点|百分点)");
    /** Measure words of counts, the longer first where one starts another (人次 before 人). */
    private static final List<String> COUNT_UNITS = List.of("人次", "家次", "家", "个", "项", "所", "名", "人", "笔", "款",
            "台", "套", "件", "位", "次", "场", "批", "条", "户", "座", "栋", "处", "支", "届", "种", "类");
    /** 个 counts only when no 月 or 百分点 follows: 3个月 is a duration, 3个百分点 a share. */
    private static final Pattern COUNT = Pattern.compile(NUMBER + ABOUT + "(万|亿)?" + ABOUT + "("
            + String.join("|", COUNT_UNITS).replace("个", "个(?!月|百分点)") + ")");
    private static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})[日号])?");
    private static final Pattern DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]");
    private static final String SENTENCE_ENDS = "。！？；!?;\n";
    private static final String CLOSING_QUOTES = "”’」』\"'";
    private static final String DATE_UNIT = "年月日";
    /**
     * What each pattern needs right after the digits (and the spaces after them): 余 or 多, a multiplier, or the unit.
     * A pattern is tried only where that character is there.
     */
    private static final String AMOUNT_NEXT = "余多万千百亿元";
    private static final String PERCENT_NEXT = "%个百";
    private static final String COUNT_NEXT = "余多万亿" + firstCharacters(COUNT_UNITS);
    private static final String FULL_DATE_NEXT = "年";
    private static final String DAY_NEXT = "月";
    private static final Map<String, Double> MULTIPLIERS = Map.of("万亿", 1e12, "千万", 1e7, "百万", 1e6, "亿", 1e8,
            "万", 1e4, "千", 1e3);

    /** The figures of a text in reading order, none overlapping; the text and sentences are kept as printed. */
    public List<KeyFigure> extract(String text) {
        String normalised = Norm.of(text);   // the tagger has just folded the same body: no second copy
        List<Candidate> candidates = new ArrayList<>();
        // every figure starts with a digit, so the patterns are tried only where a number starts
        Matchers matchers = new Matchers(normalised);
        for (int i = 0; i < normalised.length(); i++) {
            if (isDigit(normalised.charAt(i)) && (i == 0 || !isDigit(normalised.charAt(i - 1)) && normalised.charAt(i - 1) != '.')) {
                matchers.findAt(i, candidates);
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<KeyFigure> figures = new ArrayList<>();
        List<Integer> sentenceEnds = sentenceEnds(normalised);
        int taken = 0;
        for (Candidate candidate : candidates) {
            if (candidate.start() < taken) {
                continue;
            }
            taken = candidate.end();
            figures.add(new KeyFigure(candidate.kind(), text.substring(candidate.start(), candidate.end()), candidate.value(),
                    candidate.unit(), sentenceAround(text, sentenceEnds, candidate.start())));
        }
        return figures;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What the patterns' {@code \s} matches. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * One matcher per pattern over the same text, each tried anchored at a number's first digit. A pattern whose
     * unit (元, %, 月) the text never holds cannot match and gets no matcher.
     */
    private static final class Matchers {
        private final String text;
        private final Matcher amount;
        private final Matcher percent;
        private final Matcher count;
        private final Matcher fullDate;
        private final Matcher day;

        private Matchers(String text) {
            this.text = text;
            boolean month = text.indexOf('月') >= 0;
            this.amount = text.indexOf('元') >= 0 ? prepare(AMOUNT, text) : null;
            this.percent = text.indexOf('%') >= 0 || text.contains("百分点") ? prepare(PERCENT, text) : null;
            this.count = prepare(COUNT, text);
            this.fullDate = month ? prepare(FULL_DATE, text) : null;
            this.day = month ? prepare(DAY, text) : null;
        }

        private static Matcher prepare(Pattern pattern, String text) {
            // transparent bounds let the look-behinds see the text before the number
            return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /**
         * The first character after {@code start} that no number can hold (digit, comma, point) and no space: where a
         * pattern's unit would have to start. NUL at the end of the text, which no pattern accepts.
         */
        private char afterNumber(int start) {
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isDigit(c) && c != ',' && c != '.' && !isPatternSpace(c)) {
                    return c;
                }
            }
            return 0;
        }

        private boolean at(Matcher matcher, int start) {
            if (matcher == null) {
                return false;
            }
            matcher.region(start, text.length());
            return matcher.lookingAt();
        }

        private void findAt(int start, List<Candidate> out) {
            char next = afterNumber(start);
            if (AMOUNT_NEXT.indexOf(next) >= 0 && at(amount, start)) {
                String multiplier = amount.group(2) == null ? "" : amount.group(2);
                out.add(new Candidate(KeyFigureKind.AMOUNT, start, amount.end(),
                        number(amount.group(1)) * multiplier(multiplier), multiplier + "元"));
            }
            if (PERCENT_NEXT.indexOf(next) >= 0 && at(percent, start)) {
                out.add(new Candidate(KeyFigureKind.PERCENT, start, percent.end(), number(percent.group(1)), percent.group(2)));
            }
            if (COUNT_NEXT.indexOf(next) >= 0 && at(count, start) && !isOrdinal(text, start)) {
                String multiplier = count.group(2) == null ? "" : count.group(2);
                out.add(new Candidate(KeyFigureKind.COUNT, start, count.end(), number(count.group(1)) * multiplier(multiplier),
                        count.group(3)));
            }
            if (FULL_DATE_NEXT.indexOf(next) >= 0 && at(fullDate, start)) {
                int year = Integer.parseInt(fullDate.group(1));
                int month = Integer.parseInt(fullDate.group(2));
                int dayOfMonth = fullDate.group(3) == null ? 0 : Integer.parseInt(fullDate.group(3));
                if (year >= 1900 && year <= 2100 && isDate(month, dayOfMonth == 0 ? 1 : dayOfMonth)) {
                    out.add(new Candidate(KeyFigureKind.DATE, start, fullDate.end(), year * 10000 + month * 100 + dayOfMonth,
                            DATE_UNIT));
                }
            }
            if (DAY_NEXT.indexOf(next) >= 0 && at(day, start)) {
                int month = Integer.parseInt(day.group(1));
                int dayOfMonth = Integer.parseInt(day.group(2));
                if (isDate(month, dayOfMonth)) {
                    out.add(new Candidate(KeyFigureKind.DATE, start, day.end(), month * 100 + dayOfMonth, DATE_UNIT));
                }
            }
        }
    }

    private static String firstCharacters(List<String> words) {
        StringBuilder first = new StringBuilder();
        for (String word : words) {
            first.append(word.charAt(0));
        }
        return first.toString();
    }

    private static boolean isDate(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** "第3个" counts nothing. */
    private static boolean isOrdinal(String text, int numberStart) {
        return numberStart > 0 && text.charAt(numberStart - 1) == '第';
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static double multiplier(String word) {
        return word.isEmpty() ? 1 : MULTIPLIERS.get(word);
    }

    /** Offsets just after each sentence end (。！？； and line ends, with the closing quotes that follow), then the text's end. */
    private static List<Integer> sentenceEnds(String normalised) {
        List<Integer> ends = new ArrayList<>();
        int i = 0;
        while (i < normalised.length()) {
            if (SENTENCE_ENDS.indexOf(normalised.charAt(i++)) >= 0) {
                while (i < normalised.length() && CLOSING_QUOTES.indexOf(normalised.charAt(i)) >= 0) {
                    i++;
                }
                ends.add(i);
            }
        }
        ends.add(normalised.length());
        return ends;
    }

    /** The sentence holding the offset, as printed; a binary search, as one huge page can hold many thousand figures. */
    private static String sentenceAround(String text, List<Integer> sentenceEnds, int offset) {
        int found = Collections.binarySearch(sentenceEnds, offset + 1);
        // the first sentence end after the offset
        int index = found >= 0 ? found : -found - 1;
        int start = index == 0 ? 0 : sentenceEnds.get(index - 1);
        int end = index < sentenceEnds.size() ? sentenceEnds.get(index) : text.length();
        return text.substring(start, end).strip();
    }

    private record Candidate(KeyFigureKind kind, int start, int end, double value, String unit) {
    }
}

package app.zonereader.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a web page prints around an article that are no part of it: the information line (来源：, 发布时间：,
 * 日期：, 点击数：, 字号：, 编辑：…) and the navigation (【收藏本文】【打印】【关闭】, 上一篇/下一篇, 分享到, 返回顶部).
 * An information line is recognised by its field names, not by its position, so it is never read as a headline or
 * glued to one; its source and date are kept on the article. Works on {@link TextNormalizer#forMatching} text, so
 * 來源/發佈時間 in a Traditional copy match too.
 */
final class WebCopyLines {
    /** The longest information or navigation line; a longer line is running text that happens to hold a colon. */
    private static final int MAX_LINE = 120;
    /** Fields that name an information line by themselves, at its start. */
    private static final String STRONG_FIELDS = "资讯来源|信息来源|文章来源|稿件来源|新闻来源|来源|发布时间|发布日期|发表时间|更新时间"
            + "|点击数|点击量|浏览次数|浏览量|阅读量|阅读数|字号";
    /** Fields also written in running text or notices (时间：, 作者：): they need a second field. */
    private static final String WEAK_FIELDS = "时间|日期|点击|阅读|责任编辑|编辑|作者";
    private static final Pattern FIELD = Pattern.compile("(" + STRONG_FIELDS + "|" + WEAK_FIELDS + ")\\s*[:：]");
    private static final Pattern STRONG_FIELD = Pattern.compile("^[【\\[（(]?\\s*(" + STRONG_FIELDS + ")\\s*[:：]");
    private static final Pattern SOURCE = Pattern.compile(
            "(?:资讯|信息|文章|稿件|新闻)?来源\\s*[:：]\\s*([^|｜\\s\u3000)）】]{1,30})");
    /** Year, month and day as web pages write them: 2024-03-12, 2024/3/12, 2024.3.12, 2024年3月12日. */
    private static final String YEAR_MONTH_DAY = "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})";
    private static final Pattern DATE = Pattern.compile(YEAR_MONTH_DAY);
    /** A line that is only a date and perhaps a time: the stamp a web page prints under its title. */
    private static final Pattern DATE_STAMP = Pattern.compile("^[\\[【（(]?\\s*" + YEAR_MONTH_DAY + "\\s*日?"
            + "(?:\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?)?\\s*[\\]】）)]?$");
    private static final Pattern NAVIGATION_START = Pattern.compile(
            "^[【\\[]?\\s*(上一篇|下一篇|上一条|下一条|分享到|返回顶部|返回首页|返回列表|打印本页|打印此页|关闭窗口|收藏本文"
                    + "|加入收藏|扫一扫)");
    /** A bracketed navigation button: 【收藏本文】 [打印] 【字号 大 中 小】. */
    private static final Pattern BUTTON = Pattern.compile(
            "[【\\[]\\s*(收藏本文|收藏|打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|返回|推荐给朋友|推荐|发表评论|评论|我要纠错|纠错"
                    + "|分享|字号\\s*[:：]?\\s*大\\s*中\\s*小|大|中|小)\\s*[】\\]]");

    /** The characters a navigation line can start with; other lines need no pattern run. */
    private static final String NAVIGATION_FIRST = "上下分返打关收加扫【[";

    private WebCopyLines() {
    }

    /** What a web page prints about the article (source, date, hits, font size, editor), not the article itself. */
    static boolean isInformation(String line) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0 && !mayStartDateStamp(line)) {
            // most lines: no field and no date stamp, decided without folding
            return false;
        }
        String norm = Norm.of(TextShape.strip(line));
        if (norm.isEmpty() || norm.length() > MAX_LINE || norm.indexOf('。') >= 0) {
            return false;
        }
        if (DATE_STAMP.matcher(norm).matches() || STRONG_FIELD.matcher(norm).find()) {
            return true;
        }
        Matcher field = FIELD.matcher(norm);
        int fields = 0;
        int first = -1;
        while (field.find()) {
            first = first < 0 ? field.start() : first;
            fields++;
        }
        // "2021-12-20 10:32 来源：经济参考报 |": a date stamp before the field
        return fields >= 2 || (fields == 1 && first > 0 && DATE_STAMP.matcher(norm.substring(0, first).strip()).matches());
    }

    /** A date stamp starts with its year, perhaps in a bracket. */
    private static boolean mayStartDateStamp(String line) {
        String stripped = TextShape.strip(line);
        return !stripped.isEmpty() && (Character.isDigit(stripped.charAt(0)) || "[【（(".indexOf(stripped.charAt(0)) >= 0);
    }

    /** The page's buttons and links to other pages: 【收藏本文】【打印】, 上一篇：…, 分享到：…, 返回顶部. */
    static boolean isNavigation(String line) {
        String stripped = TextShape.strip(line);
        if (stripped.isEmpty() || stripped.length() > MAX_LINE
                || (NAVIGATION_FIRST.indexOf(stripped.charAt(0)) < 0 && "關掃".indexOf(stripped.charAt(0)) < 0)) {
            // decided on the first character, Simplified or Traditional, without folding the line
            return false;
        }
        String norm = Norm.of(stripped);
        if (NAVIGATION_START.matcher(norm).lookingAt()) {
            return true;
        }
        String rest = BUTTON.matcher(norm).replaceAll("");
        return rest.length() < norm.length() && rest.isBlank();
    }

    /** The source an information line names (经济参考报), if any. */
    static Optional<String> source(String line) {
        Matcher m = SOURCE.matcher(Norm.of(line));
        return m.find() ? Optional.of(line.substring(m.start(1), m.end(1))) : Optional.empty();
    }

    /** The date an information line gives, as yyyy-MM-dd, if it gives a valid one. */
    static Optional<String> date(String line) {
        Matcher m = DATE.matcher(Norm.of(line));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(String.format("%s-%02d-%02d", m.group(1), month, day));
    }
}

package app.zonereader.ingest;

import java.util.regex.Pattern;

/**
 * Recognises the printed lines that are never part of running text, whatever the layout:
 * bylines, photo credits, jump lines (转第X版 / 上接第X版), page furniture (editors, date line, page number) and the
 * 本报讯 lead that opens a news item, and a web copy's information and navigation lines ({@link WebCopyLines}).
 * Reflow must not glue these to their neighbours, and the segmenter treats them as structure.
 * All tests run on {@link TextNormalizer#forMatching} text, so Traditional and full-width forms match too.
 */
final class LineClassifier {
    /** Photo credits and caption markers: 图片来源, 图片由…提供, （X 摄）, 摄影：X, 供图. */
    private static final Pattern CREDIT = Pattern.compile(
            "图片来源|图片提供|图片由.{1,20}提供|供图|[(（][^()（）]{0,30}\\s*摄\\s*[)）]|^摄影\\s*[:：]|^图\\s*[:：/]"
                    + "|\\s摄$|\\s摄影$");
    /**
     * Page furniture, printed on every page and belonging to no item: the editors' line, the date line with the weekday,
     * the page number, the paper's name or web address.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(责任编辑|美术编辑|编辑|校对|版式设计|美编)\\s*[:：]"
                    + "|^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(星期|周)[一二三四五六日天]"
                    + "|^第?\\s*\\d{1,2}\\s*版$|^(中国高新技术产业导报|中国高新网|www\\.)");
    /** The first characters of {@link #FURNITURE}'s alternatives (a stripped line starts with no space). */
    private static final String FURNITURE_STARTS = "责美编校版第中w0123456789";
    /** A caption that describes the picture: "图为…" at a sentence start. */
    private static final Pattern PICTURE_SAYS = Pattern.compile("(^|[。！？，,；\\s])图为");
    private static final Pattern JUMP_CORE =
            Pattern.compile("(上接|下转|转接|紧接|接|转|续)\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*(版|页)");
    private static final Pattern JUMP_LINE = Pattern.compile(
            "^[(（]?\\s*(上接|下转|转接|紧接|接|转|续)\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*(版|页)\\s*[)）]?$");
    /** A jump note in brackets inside or at the edge of a paragraph: "（下转第3版）". */
    static final Pattern JUMP_IN_TEXT = Pattern.compile(
            "[(（]\\s*(上接|下转|转接|紧接|接|转|续)\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*(版|页)\\s*[)）]"
                    // or unbracketed at the very start or end of a paragraph: "上接第1版 …", "…。下转第3版"
                    + "|^\\s*(上接|接|紧接)\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*(版|页)\\s*"
                    + "|(?<=[。！？”])\\s*(下转|转|转接|续)\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*(版|页)\\s*$");

    /** The fewest visible characters a line needs before it can be judged garbage. */
    private static final int MIN_GARBAGE = 6;

    /** An agency or paper's dateline: 新华社合肥11月3日电, 中新网北京5月1日电, 本报讯 is a lead of its own. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|经济日报|科技日报)?\\s*\\p{IsHan}{0,8}?\\s*"
                    + "[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日\\s*(电|讯)");
    /** How far into a line a dateline's 电 or 讯 can be. */
    private static final int DATELINE_WINDOW = 24;

    private LineClassifier() {
    }

    /**
     * Forum or scanner garbage ("~~~ //// ::: lol ###"): no Chinese character, and fewer letters and digits than
     * other marks. An English line is mostly letters; a short list marker ("(2)") is too short to judge.
     */
    static boolean isGarbage(String text) {
        int marks = 0;
        int lettersOrDigits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextShape.isHan(c)) {
                // almost every line has a Chinese character early: decided at once
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                lettersOrDigits++;
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                marks++;
            }
        }
        return lettersOrDigits + marks >= MIN_GARBAGE && marks > lettersOrDigits;
    }

    static boolean isFurniture(String line) {
        String norm = Norm.of(TextShape.strip(line));
        // every alternative is anchored at the start, so one attempt there decides, and only after a possible first character
        return norm.length() <= 60 && !norm.isEmpty() && FURNITURE_STARTS.indexOf(norm.charAt(0)) >= 0
                && FURNITURE.matcher(norm).lookingAt();
    }

    static boolean isByline(String line) {
        return BylineParser.parseLine(line).isPresent();
    }

    static boolean isCredit(String line) {
        String norm = Norm.of(TextShape.strip(line));
        // every alternative holds 图 or 摄: without them the pattern need not run
        return norm.length() <= 80 && (norm.indexOf('图') >= 0 || norm.indexOf('摄') >= 0) && CREDIT.matcher(norm).find();
    }

    static boolean saysPicture(String text) {
        String norm = Norm.of(text);
        return norm.contains("图为") && PICTURE_SAYS.matcher(norm).find();
    }

    static boolean isJumpLine(String line) {
        String norm = Norm.of(TextShape.strip(line));
        return namesPage(norm) && JUMP_LINE.matcher(norm).matches();
    }

    static boolean mentionsJump(String text) {
        String norm = Norm.of(text);
        return namesPage(norm) && JUMP_CORE.matcher(norm).find();
    }

    /** Jump notes end with 版 or 页; most text has neither, and then the jump patterns need not run. */
    private static boolean namesPage(String norm) {
        return norm.indexOf('版') >= 0 || norm.indexOf('页') >= 0;
    }

    /** An agency's or paper's dateline at the start of a paragraph: 新华社合肥11月3日电, 本报南京11月5日讯. */
    static boolean isDateline(String line) {
        String norm = Norm.of(TextShape.strip(line));
        String head = norm.substring(0, Math.min(norm.length(), DATELINE_WINDOW));
        // a dateline has its month and its 电 or 讯 near the start; most lines have neither and need no pattern run
        return head.indexOf('月') > 0 && (head.indexOf('电') > 0 || head.indexOf('讯') > 0)
                && DATELINE.matcher(norm).lookingAt();
    }

    static boolean isLead(String line) {
        return BylineParser.startsWithLead(TextShape.strip(line));
    }

    /** Lines that always start a new unit: nothing before them runs into them. */
    static boolean startsUnit(String line) {
        return isLead(line) || isClosed(line);
    }

    /** Lines that are complete in themselves: nothing before or after runs into them. */
    static boolean isClosed(String line) {
        return isFurniture(line) || isCredit(line) || isByline(line) || isJumpLine(line)
                || WebCopyLines.isInformation(line) || WebCopyLines.isNavigation(line) || isGarbage(line);
    }
}

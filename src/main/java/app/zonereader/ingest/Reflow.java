package app.zonereader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines back into paragraphs.
 *
 * <p>Page text is wrapped every 16–30 characters (a newspaper column) or holds one paragraph per long line, with or
 * without a blank line after every line. The heuristics, in order:
 * <ol>
 *   <li><b>Spacing style.</b> When most lines are followed by a blank line, blank lines are only spacing, and lines
 *       that touch each other belong together (a two-line headline, a wrapped caption). Otherwise every line is a unit
 *       and a blank line on both sides marks a line as set apart.</li>
 *   <li><b>Sentence end.</b> A unit ending with 。！？… (or a byline after them) ends its paragraph; a new thought
 *       follows. A unit ending mid-sentence continues into the next one.</li>
 *   <li><b>Column width.</b> A line much shorter than its neighbours (median width of the lines around it) ends
 *       something: if it has no sentence punctuation it is a short line standing alone (an intertitle, a headline).</li>
 *   <li><b>Headline runs.</b> A full-width line without sentence punctuation at a paragraph start joins the next line
 *       only if the following lines soon show running text (a comma or a sentence end); a stack of punctuation-free
 *       lines (displaced headlines at the end of a page) stays apart.</li>
 *   <li><b>Structure.</b> Bylines, photo credits, jump lines and page furniture never join anything; a 本报讯 line
 *       starts a unit; a headline-sized line right above a byline or 本报讯 stays a headline; so does a headline wider
 *       than every nearby text line, and the page's first line above a quotation. A numbered heading (一、 （一） 1.)
 *       starts its own paragraph, even after a tail that lost its full stop, and stands alone when it is narrower
 *       than the column; "图为…" never continues a headline-shaped line.</li>
 *   <li><b>English.</b> Latin prose lines join up to the next blank line, full stops or not.</li>
 * </ol>
 * Joining itself ({@link WrappedText}) removes Latin hyphenation (Za-/borowski → Zaborowski), keeps one space between
 * Latin words and none between Chinese characters, and collapses OCR's spaced-out Chinese ("项 目 开 工" → "项目开工").
 */
public final class Reflow {
    private static final double FULL_LINE = 0.75;
    private static final int WIDTH_WINDOW = 12;
    /** How much narrower than the widest nearby text line a numbered line must be to count as a heading. */
    private static final double HEADING_MARGIN = 2;
    /** Compiled once: String.split compiles a pattern like this on every call. */
    /** A labelled English paragraph of a periodical's front matter: "Abstract:", "Key words:", "Keywords:". */
    private static final Pattern ENGLISH_LABEL = Pattern.compile("[A-Z][a-z]+(?: [a-z]+)?\\s*:");

    private Reflow() {
    }

    /** The paragraphs of a text, in order, as plain strings. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (TextUnit unit : units(text)) {
            out.add(unit.text());
        }
        return out;
    }

    private static final class Phys {
        final List<String> lines = new ArrayList<>();
        final int first;
        boolean blankBefore;
        boolean blankAfter;
        boolean closed;
        boolean lead;
        String text;
        double lastWidth;
        double localWidth;
        /** The widest nearby line of running text (0 when there is none). */
        double widestText;

        Phys(int first) {
            this.first = first;
        }
    }

    static List<TextUnit> units(String text) {
        String[] raw = text.split("\n", -1);
        String[] lines = new String[raw.length];
        int nonBlank = 0;
        int followedByBlank = 0;
        for (int i = 0; i < raw.length; i++) {
            lines[i] = WrappedText.collapseSpacedOut(TextShape.strip(raw[i]));
        }
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                nonBlank++;
                if (i + 1 >= lines.length || lines[i + 1].isEmpty()) {
                    followedByBlank++;
                }
            }
        }
        boolean doubleSpaced = nonBlank >= 3 && followedByBlank >= 0.6 * nonBlank;
        List<Phys> phys = physicalUnits(lines, doubleSpaced);
        measure(phys);
        return join(phys, doubleSpaced);
    }

    private static List<Phys> physicalUnits(String[] lines, boolean doubleSpaced) {
        List<Phys> out = new ArrayList<>();
        Phys current = null;
        boolean blank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                if (current != null) {
                    current.blankAfter = true;
                }
                current = null;
                blank = true;
                continue;
            }
            boolean lead = LineClassifier.isLead(line) || LineClassifier.isDateline(line);
            boolean closed = LineClassifier.isClosed(line);
            if (current == null || !doubleSpaced || current.closed || lead || closed
                    || isDashSubtitle(line, current)) {
                current = new Phys(i + 1);
                current.blankBefore = blank;
                current.lead = lead;
                out.add(current);
            }
            current.lines.add(line);
            if (closed) {
                current.closed = true;
            }
            blank = false;
        }
        if (current != null) {
            current.blankAfter = true;
        }
        for (Phys p : out) {
            String joined = p.lines.get(0);
            for (int k = 1; k < p.lines.size(); k++) {
                joined = WrappedText.join(joined, p.lines.get(k));
            }
            p.text = joined;
        }
        return out;
    }

    /** A "——" subtitle line under a headline is a line of its own, even where no blank line sets it apart. */
    private static boolean isDashSubtitle(String line, Phys above) {
        return line.startsWith("——") && TextShape.looksLikeHeadline(line)
                && TextShape.looksLikeHeadline(String.join("", above.lines));
    }

    /**
     * Each unit's last-line width against the column width around it: the median width of the nearby lines of running
     * text (lines with sentence punctuation), or of all nearby lines when there are too few of those.
     */
    private static void measure(List<Phys> phys) {
        int lineCount = 0;
        for (Phys p : phys) {
            lineCount += p.lines.size();
        }
        double[] widths = new double[lineCount];
        boolean[] running = new boolean[lineCount];
        int[] lastLineIndex = new int[phys.size()];
        int line = 0;
        for (int u = 0; u < phys.size(); u++) {
            for (String text : phys.get(u).lines) {
                widths[line] = TextShape.visualWidth(text);
                running[line] = TextShape.showsRunningText(text);
                line++;
            }
            lastLineIndex[u] = line - 1;
        }
        SortedWidths all = new SortedWidths(2 * WIDTH_WINDOW + 1);
        SortedWidths text = new SortedWidths(2 * WIDTH_WINDOW + 1);
        int from = 0;
        int to = 0;
        for (int u = 0; u < phys.size(); u++) {
            Phys p = phys.get(u);
            p.lastWidth = widths[lastLineIndex[u]];
            // units go down the page, so the window only slides forward: lines leave at the top, enter at the bottom
            int nextFrom = Math.max(0, lastLineIndex[u] - WIDTH_WINDOW);
            int nextTo = Math.min(lineCount, lastLineIndex[u] + WIDTH_WINDOW + 1);
            for (int k = from; k < Math.min(nextFrom, to); k++) {
                all.remove(widths[k]);
                if (running[k]) {
                    text.remove(widths[k]);
                }
            }
            for (int k = Math.max(to, nextFrom); k < nextTo; k++) {
                all.add(widths[k]);
                if (running[k]) {
                    text.add(widths[k]);
                }
            }
            from = nextFrom;
            to = nextTo;
            p.widestText = text.max();
            p.localWidth = text.size() >= 3 ? text.median() : all.median();
        }
    }

    private static boolean full(Phys p) {
        return p.lastWidth >= FULL_LINE * p.localWidth;
    }

    private static List<TextUnit> join(List<Phys> phys, boolean doubleSpaced) {
        List<TextUnit> out = new ArrayList<>();
        int i = 0;
        while (i < phys.size()) {
            Phys start = phys.get(i);
            String text = start.text;
            int parts = 1;
            while (i + 1 < phys.size() && shouldJoin(phys, i, text, parts, doubleSpaced)) {
                text = WrappedText.join(text, phys.get(i + 1).text);
                i++;
                parts++;
            }
            boolean standalone = parts == 1 && !start.closed && TextShape.looksLikeHeadline(text);
            out.add(new TextUnit(text, start.first, standalone, start.closed));
            i++;
        }
        return out;
    }

    private static boolean shouldJoin(List<Phys> phys, int i, String paragraph, int parts, boolean doubleSpaced) {
        Phys u = phys.get(i);
        Phys v = phys.get(i + 1);
        if (u.closed || v.closed || v.lead || isEnglishLabel(v.text)) {
            return false;
        }
        if (!doubleSpaced && !v.blankBefore && isLatinProse(u.text) && isLatinProse(v.text)) {
            // English text marks paragraphs with blank lines; a line may end with a full stop mid-paragraph
            return true;
        }
        if (TextShape.endsSentence(paragraph) || BylineParser.trailing(paragraph).isPresent()
                || isWhollyBracketed(paragraph) || changesScript(paragraph, v.text)) {
            return false;
        }
        if (parts == 1 && u.lead) {
            // a 本报讯 or dateline line is the start of a paragraph, never a headline, however short its first line
            return true;
        }
        if (TextShape.startsEnumeratedHeading(v.text) && !TextShape.endsMidSentence(paragraph)) {
            // "一、" "（二）" "3." at a line start open a numbered section, even after a tail whose full stop OCR lost
            return false;
        }
        if (parts == 1 && TextShape.startsEnumeratedHeading(u.text) && !isTail(v) && (!full(u)
                || u.lastWidth <= u.widestText - HEADING_MARGIN || (!doubleSpaced && u.blankBefore && u.blankAfter))) {
            // a numbered heading on a line of its own, visibly narrower than the column (commas allowed:
            // "一、集聚设施，筑牢策源地"); a numbered paragraph fills its first line
            return false;
        }
        boolean vHead = TextShape.looksLikeHeadline(v.text);
        if (!doubleSpaced && v.blankBefore && v.blankAfter && vHead) {
            return false;
        }
        if (vHead && TextShape.visualWidth(v.text) >= 6 && i + 2 < phys.size()
                && (phys.get(i + 2).closed || phys.get(i + 2).lead)) {
            // a headline-sized line right above a byline or a 本报讯 lead is a headline, whatever precedes it
            // (a two-character tail like "地说" is still the end of the sentence before)
            return false;
        }
        if (parts >= 2) {
            if (isTail(u) && TextShape.looksLikeHeadline(paragraph)) {
                return false;
            }
            return full(u) || !vHead;
        }
        boolean uHead = TextShape.looksLikeHeadline(u.text);
        if (uHead && u.text.startsWith("——")) {
            // a "——" subtitle is complete in itself: the text below starts under it
            return false;
        }
        if (uHead && Norm.of(v.text).startsWith("图为")) {
            // "图为…" opens a picture caption; it never continues a headline-shaped line
            return false;
        }
        if (!uHead) {
            return full(u) || !vHead;
        }
        if (i > 0 && phys.get(i - 1).closed && WebCopyLines.isInformation(phys.get(i - 1).text)
                && (i == 1 || phys.get(i - 2).closed || !TextShape.looksLikeHeadline(phys.get(i - 2).text))) {
            // a web copy that prints 来源：/发布时间： above its title: the headline-shaped line below is the title
            // (below a title and its information line, it is the text's first line)
            return false;
        }
        if (i == 0 && (v.text.startsWith("“") || v.text.startsWith("「"))) {
            // the page's first line, headline-shaped, above a quotation: a headline over a quoted opening
            return false;
        }
        if (TextShape.startsNewThought(v.text)) {
            // a headline-shaped line followed by a dated or 近日-style opening is a headline above its text
            return false;
        }
        if ((i == 0 || phys.get(i - 1).closed || TextShape.endsSentence(phys.get(i - 1).text))
                && ZoneNames.opensWithName(v.text)) {
            // at the top, under a byline or after a finished paragraph, a headline-shaped line above a line opening
            // with a zone name is a headline above its lead ("一家“隐形冠军”的二十年坚守" / "徐州高新区一家…")
            return false;
        }
        if (isTail(v)) {
            // "一、理论回顾和文献综" + "述": a heading wrapped before its last character or two
            return true;
        }
        if (u.widestText >= 8 && u.lastWidth >= u.widestText + 1) {
            // a headline-shaped line wider than every line of running text around it is set across the columns
            return false;
        }
        if (!doubleSpaced) {
            // Single-spaced pages: a headline-shaped line continues only straight into visible running text.
            return !u.blankAfter && full(u) && TextShape.showsRunningText(v.text);
        }
        return full(u) && runningTextFollows(phys, i + 1);
    }

    /** "Abstract:", "Key words:": only a line opening with a capital letter needs the pattern. */
    private static boolean isEnglishLabel(String text) {
        return !text.isEmpty() && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z' && ENGLISH_LABEL.matcher(text).lookingAt();
    }

    /** A paragraph wholly in brackets (an affiliation, an editor's note) is complete in itself. */
    private static boolean isWhollyBracketed(String text) {
        if (text.length() <= 2 || (text.charAt(0) != '（' && text.charAt(0) != '(')
                || (!text.endsWith("）") && !text.endsWith(")"))) {
            return false;
        }
        // one pair of brackets around the whole, not "（一）…（二）"
        String inside = text.substring(1, text.length() - 1);
        return inside.indexOf('）') < 0 && inside.indexOf(')') < 0;
    }

    /**
     * Chinese text and a line of English prose (an abstract, a translation) are two paragraphs: a sentence wraps into
     * a short English name at most, never into a whole English line.
     */
    private static boolean changesScript(String paragraph, String next) {
        char last = paragraph.charAt(paragraph.length() - 1);
        return (TextShape.isHan(last) && isLatinProse(next))
                || (isLatinProse(paragraph) && !next.isEmpty() && TextShape.isHan(next.charAt(0)));
    }

    /**
     * English (or other Latin-script) prose: no Han character and at least 20 letters. It stops at the first Han
     * character, because it is asked of the paragraph growing line by line, which is Chinese nearly always.
     */
    private static boolean isLatinProse(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextShape.isHan(c)) {
                return false;
            }
            if (TextShape.isLatinLetter(c)) {
                letters++;
            }
        }
        return letters >= 20;
    }

    private static boolean isTail(Phys p) {
        return TextShape.visualWidth(p.text) <= 2 && !TextShape.endsSentence(p.text) && !TextShape.hasSentenceMarks(p.text)
                && TextShape.hanCount(p.text) == p.text.length();
    }

    /** Whether the lines from {@code from} on soon show running text rather than more headline-shaped lines. */
    private static boolean runningTextFollows(List<Phys> phys, int from) {
        for (int k = from; k < Math.min(phys.size(), from + 4); k++) {
            Phys p = phys.get(k);
            if (p.closed || p.lead) {
                return false;
            }
            if (TextShape.showsRunningText(p.text)) {
                return true;
            }
            if (!full(p)) {
                return false;
            }
        }
        return false;
    }
}

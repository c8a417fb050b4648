package app.zonereader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a stack of short lines looks like as a headline, from the lines alone: a column banner or label above it, a
 * title broken in two, a zone name cut at a line end, which two lines of a tall stack are title and subtitle, and a
 * headline whose comma or question mark made it look like text. The walk asks; it decides nothing here.
 */
final class HeadlineShape {
    /** A column banner: two headline parts separated by a gap between Chinese characters ("高质量发展 在行动"). */
    private static final Pattern BANNER_GAP = Pattern.compile("\\p{IsHan}[ \u3000]+\\p{IsHan}");
    /** A column label: two short words joined by a middle dot ("园区·聚焦", "高新·视点"). */
    private static final Pattern BANNER_LABEL = Pattern.compile("^\\p{IsHan}{1,6}\\s*[·•‧・]\\s*\\p{IsHan}{1,6}$");
    /** The widest headline that may carry a comma or a question mark. */
    private static final int MAX_PUNCTUATED_HEADLINE = 32;
    /** The widest pair of lines that can be one headline broken in two. */
    private static final int BROKEN_HEADLINE = 32;
    /** The longest column label without a middle dot ("图片新闻", "高新区动态"). */
    private static final int MAX_COLUMN_LABEL = 5;
    /**
     * A headline line that ends with a completed event (建成投用, 正式开工, 签约 …) is a whole title: the short line
     * after it is its subtitle ("首批8个中试项目同步启动"), not its second half.
     */
    private static final Pattern COMPLETE_EVENT = Pattern.compile(
            "(投用|启动|开工|落地|发布|签约|投产|举行|召开|开幕|闭幕|验收|成立|揭牌|上线|亮相|开业|竣工|挂牌)$");

    private HeadlineShape() {
    }

    static boolean isBanner(String text) {
        return BANNER_GAP.matcher(text).find() || BANNER_LABEL.matcher(Norm.of(text.strip())).matches();
    }

    /**
     * A column label ("图片新闻", "高新区动态"): a word of at most five characters above a headline that opens with a
     * zone name. A kicker over such a headline is a phrase, longer than a label.
     */
    static boolean isColumnLabel(TextUnit label, TextUnit headline) {
        String norm = Norm.of(label.text()).strip();
        return norm.length() <= MAX_COLUMN_LABEL && TextShape.hanCount(norm) == norm.length()
                && ZoneNames.opensWithName(headline.text());
    }

    /** Headline lines with each zone name broken across a line end ("齐齐哈尔高新" + "区重型装备产业提速") made whole. */
    static List<TextUnit> joinBrokenZoneNames(List<TextUnit> lines) {
        List<TextUnit> out = new ArrayList<>();
        for (TextUnit line : lines) {
            TextUnit above = out.isEmpty() ? null : out.get(out.size() - 1);
            if (above != null && ZoneNames.splitAcross(above.text(), line.text())) {
                out.set(out.size() - 1, new TextUnit(WrappedText.join(above.text(), line.text()), above.line(),
                        above.standalone(), above.closed()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Where the title and its subtitle (or kicker) start in a stack of three or more headline lines: the title is the
     * first line naming a zone, paired with the line below it, or with the one above when it is the last; lines above
     * the pair are a column banner and a kicker. Without a zone name, the first two lines.
     */
    static int headlinePairStart(List<TextUnit> lines) {
        if (lines.size() < 3) {
            return 0;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (!BigramSimilarity.zoneKeys(lines.get(k).text()).isEmpty()) {
                return k + 1 < lines.size() ? k : k - 1;
            }
        }
        return 0;
    }

    /**
     * Two short lines printed one right after the other are one headline broken in two when only one of them
     * names a zone, the second does not open with it, the first does not end with a completed event, and together
     * they are headline-sized ("济宁高新区跨域通办" + "解决企业办证难"); two lines that each name a zone are two headlines.
     */
    static boolean brokenInTwo(String first, String second) {
        boolean firstZone = !BigramSimilarity.zoneKeys(first).isEmpty();
        boolean secondZone = !BigramSimilarity.zoneKeys(second).isEmpty();
        // a headline puts its zone first ("X高新区…"): a second line opening with a zone name is a headline of its own
        return firstZone != secondZone && !ZoneNames.opensWithName(second)
                && !COMPLETE_EVENT.matcher(Norm.of(first).strip()).find()
                && TextShape.visualWidth(first) + TextShape.visualWidth(second) <= BROKEN_HEADLINE;
    }

    /**
     * The item read so far is one short line of text that nothing opened, with no full stop, not cut mid-sentence and
     * no list in it: a headline whose comma or question mark kept it from looking like one.
     */
    static boolean isPunctuatedHeadline(Draft draft) {
        if (!draft.headlines.isEmpty() || !draft.names.isEmpty() || !draft.bylineParts.isEmpty()
                || draft.body.size() != 1 || !draft.captions.isEmpty() || !draft.leadingShorts.isEmpty()) {
            return false;
        }
        String text = draft.body.get(0).text();
        String last = text.substring(text.length() - 1);
        return TextShape.visualWidth(text) <= MAX_PUNCTUATED_HEADLINE && !TextShape.startsNewThought(text)
                && (!TextShape.endsSentence(text) || "？！?!".contains(last)) && text.indexOf('。') < 0
                && !TextShape.endsMidSentence(text) && text.indexOf('、') == text.lastIndexOf('、');
    }
}

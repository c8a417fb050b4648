package app.zonereader.ingest;

import app.zonereader.model.ItemKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading pass of {@link PageSegmenter}: walks the reflowed units of a page once, in print order, and cuts them
 * into draft items.
 * <ul>
 *   <li>Short headline-shaped units are held back until what follows shows what they are: before a byline line or at
 *       the top of the page they are the item's headline (a leading column banner is dropped); before a 本报讯
 *       paragraph they are headline candidates, because the paper prints some headlines away from their article;
 *       inside an article before more text they are intertitles (of two in a row, the second is a picture caption),
 *       unless they name a zone the article never mentions and the text below does (then a new item starts); a stack
 *       containing ad words is an ad.</li>
 *   <li>A 本报讯 paragraph opens a news item; a byline line after a headline opens a feature.</li>
 *   <li>A closing byline (a byline line after text, names after the last sentence, an affiliation line) ends the item.
 *       Text after it that no 本报讯, byline or headline opens is an orphan section, resolved later by
 *       {@link SectionRejoiner}.</li>
 *   <li>Photo credits (图片来源, X 摄) and 图为 paragraphs are captions: inside an article they belong to it; elsewhere
 *       they wait for {@link SectionRejoiner#placeCaptions}. Page furniture and jump lines are dropped with a warning.
 *       A dated news caption and a 图为 caption below short lines are placed by vocabulary, not by position; a
 *       photographer-only credit takes the one unopened sentence above it as its caption.</li>
 *   <li>An article whose byline was printed at the top is never closed: a news lead (近日, a date …) about a zone it
 *       never mentions starts another item. A strong ad mark above a one-line announcement opens a notice.</li>
 *   <li>Of three or more headline lines, the title is the first naming a zone, with its neighbour; lines above are a
 *       banner or kicker. One short unopened line without a full stop above a byline is a headline with a comma.</li>
 * </ul>
 */
final class PageWalk {
    /** A column banner: two headline parts separated by a gap between Chinese characters ("高质量发展 在行动"). */
    private static final Pattern BANNER_GAP = Pattern.compile("\\p{IsHan}[ \u3000]+\\p{IsHan}");
    /** A column label: two short words joined by a middle dot ("园区·聚焦", "高新·视点"). */
    private static final Pattern BANNER_LABEL = Pattern.compile("^\\p{IsHan}{1,6}\\s*[·•‧・]\\s*\\p{IsHan}{1,6}$");
    private static final int MAX_PHOTO_CAPTION = 250;
    /** The widest headline that may carry a comma or a question mark. */
    private static final int MAX_PUNCTUATED_HEADLINE = 32;
    /** The longest one-sentence text above a credit that is taken as the picture's caption. */
    private static final int MAX_CREDITED_CAPTION = 100;
    /** The longest line a notice prints as one announcement ("在北京证券交易所成功上市！"). */
    private static final int MAX_NOTICE_LINE = 30;
    private static final int BROKEN_HEADLINE = 32;
    /** The longest place name before 高新区 in a zone's short name (乌鲁木齐, 包头稀土). */
    private static final int MAX_ZONE_PLACE = 4;
    /** How every zone's short name ends. */
    private static final String ZONE_SUFFIX = "高新区";
    /** The longest column label without a middle dot ("图片新闻", "高新区动态"). */
    private static final int MAX_COLUMN_LABEL = 5;
    /** Words that put a place after them ("在", "赴", "与"): no zone's place name starts with one. */
    private static final String PREPOSITIONS = "在与为从向到让对和把赴将由于跟同及至";
    /**
     * A headline line that ends with a completed event (建成投用, 正式开工, 签约 …) is a whole title: the short line
     * after it is its subtitle ("首批8个中试项目同步启动"), not its second half.
     */
    private static final Pattern COMPLETE_EVENT = Pattern.compile(
            "(投用|启动|开工|落地|发布|签约|投产|举行|召开|开幕|闭幕|验收|成立|揭牌|上线|亮相|开业|竣工|挂牌)$");

    /** What the pass found: draft items and the pieces still to be placed. */
    record Result(List<Draft> drafts, List<HeadlinePlacer.Candidate> headlines, List<SectionRejoiner.Loose> captions,
                  List<SectionRejoiner.Loose> credits, List<String> warnings) {
    }

    private enum Kind { BYLINE, CREDIT, JUMP, FURNITURE, NOISE, SHORT, BODY }

    private final List<TextUnit> units;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<String> pageWarnings = new ArrayList<>();
    private final List<TextUnit> pending = new ArrayList<>();
    private final List<HeadlinePlacer.Candidate> pool = new ArrayList<>();
    private final List<SectionRejoiner.Loose> looseCaptions = new ArrayList<>();
    private final List<SectionRejoiner.Loose> looseCredits = new ArrayList<>();
    private Draft current;
    /** The notice being read, while nothing else has been printed after it. */
    private Draft openAd;
    private int block;
    private int lastLooseCaption = -1;
    /** Loose captions printed since the last running text or byline: a picture above whatever text comes next. */
    private int captionsSinceText;
    private final Map<TextUnit, Integer> unitIndex = new IdentityHashMap<>();

    PageWalk(List<TextUnit> units) {
        this.units = units;
    }

    Result walk() {
        for (int k = 0; k < units.size(); k++) {
            unitIndex.put(units.get(k), k);
        }
        current = new Draft(units.isEmpty() ? 1 : units.get(0).line());
        drafts.add(current);
        for (int i = 0; i < units.size(); i++) {
            TextUnit unit = units.get(i);
            switch (kind(unit)) {
                case SHORT -> shortLine(unit);
                case CREDIT -> i = credit(i);
                case JUMP -> jump(unit);
                case FURNITURE -> furniture(unit);
                case NOISE -> pageWarnings.add("Left out a line with no letters or digits (OCR noise): " + unit.text());
                case BYLINE -> byline(unit);
                case BODY -> body(unit);
            }
        }
        flushPendingToPool(null);
        return new Result(drafts, pool, looseCaptions, looseCredits, pageWarnings);
    }

    private static Kind kind(TextUnit unit) {
        if (unit.closed()) {
            if (LineClassifier.isFurniture(unit.text())) {
                return Kind.FURNITURE;
            }
            if (LineClassifier.isCredit(unit.text())) {
                return Kind.CREDIT;
            }
            if (LineClassifier.isByline(unit.text())) {
                return Kind.BYLINE;
            }
            return Kind.JUMP;
        }
        if (!hasLetterOrDigit(unit.text())) {
            return Kind.NOISE;
        }
        return unit.standalone() ? Kind.SHORT : Kind.BODY;
    }

    /** Scanner specks and rules ("■■■ ▲▲ 。。", "* * *") carry no words; every real line has at least one. */
    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Page furniture is dropped. Short lines still waiting above it at the top of the page, before any item, are part
     * of the page header too (a section banner such as "国家高新区" printed over the editors' line), not a headline.
     * Lower down they wait on: headlines displaced to the foot of a page sit right above the footer.
     */
    private void furniture(TextUnit unit) {
        pageWarnings.add("Page header/footer left out: " + unit.text());
        if (drafts.size() == 1 && current.isEmpty()) {
            for (TextUnit banner : pending) {
                pageWarnings.add("Column banner left out of the articles: " + banner.text());
            }
            pending.clear();
        }
    }

    /** A short line waits for what follows, except a "图为…" line, which is a caption whatever follows. */
    private void shortLine(TextUnit unit) {
        if (Norm.of(unit.text()).startsWith("图为")) {
            addCaption(unit.text(), unit.line());
        } else {
            pending.add(unit);
        }
    }

    /** A credit line; a lone credit takes the one-sentence caption printed right after it. */
    private int credit(int i) {
        String text = units.get(i).text();
        int next = i + 1;
        boolean loneCredit = TextShape.hanCount(creditFreeText(text)) < 4;
        if (loneCredit && next < units.size() && kind(units.get(next)) == Kind.BODY) {
            String candidate = units.get(next).text();
            if (candidate.length() <= 100 && TextShape.endsSentence(candidate) && !LineClassifier.isLead(candidate)
                    && next + 1 < units.size() && kind(units.get(next + 1)) == Kind.BODY) {
                addCaption(candidate + " " + text, units.get(next).line());
                return next;
            }
        }
        if (loneCredit && lastLooseCaption >= 0 && lastLooseCaption == looseCaptions.size() - 1 && i > 0
                && units.get(i - 1).line() == looseCaptions.get(lastLooseCaption).line()) {
            // A credit printed right under a stand-alone caption completes it.
            SectionRejoiner.Loose caption = looseCaptions.get(lastLooseCaption);
            looseCaptions.set(lastLooseCaption, new SectionRejoiner.Loose(caption.text() + " " + text, caption.line()));
            return i;
        }
        if (loneCredit && i > 0 && isLoneSentenceOrphan(units.get(i - 1))) {
            // A one-sentence text right above a credit, which nothing opened, is the picture's caption.
            Draft opened = current;
            drafts.remove(opened);
            current = null;
            looseCaptions.add(new SectionRejoiner.Loose(opened.body.get(0).text() + " " + text, units.get(i - 1).line()));
            lastLooseCaption = looseCaptions.size() - 1;
            return i;
        }
        if (loneCredit && !pending.isEmpty() && i > 0 && pending.get(pending.size() - 1) == units.get(i - 1)) {
            // A short line printed right above a credit is the picture's caption, not a headline.
            TextUnit caption = pending.remove(pending.size() - 1);
            addCaption(caption.text() + " " + text, caption.line());
            return i;
        }
        if (loneCredit) {
            looseCredits.add(new SectionRejoiner.Loose(text, units.get(i).line()));
        } else if (TextShape.startsNewThought(Norm.of(text))) {
            // a dated news caption ("11月20日，工人在…") is a photo story of its own or belongs to the article it
            // describes, wherever it is printed: the rejoiner decides by vocabulary, not by position
            looseCaptions.add(new SectionRejoiner.Loose(text, units.get(i).line()));
        } else {
            addCaption(text, units.get(i).line());
        }
        return i;
    }

    /**
     * Whether {@code above} is the only text of the item being read, opened by nothing (no headline, 本报讯 or
     * byline): a short sentence.
     */
    private boolean isLoneSentenceOrphan(TextUnit above) {
        return current != null && current == last() && current.headlines.isEmpty() && current.names.isEmpty()
                && current.bylineParts.isEmpty()
                && current.leadingShorts.isEmpty() && current.body.size() == 1 && current.captions.isEmpty()
                && kind(above) == Kind.BODY && above.text().length() <= MAX_CREDITED_CAPTION
                && TextShape.endsSentence(above.text()) && current.body.get(0).text().equals(above.text().strip());
    }

    /** The caption text of a credit line, without the credit itself. */
    private static String creditFreeText(String text) {
        String norm = Norm.of(text);
        String unmarked = norm.replaceAll("[ \u3000]+摄影?$", "");
        if (!unmarked.equals(norm) && BylineParser.parseLine(unmarked).isPresent()) {
            // "本报记者 张蓉 摄": the photographer only
            return "";
        }
        int at = norm.indexOf("图片来源");
        return at >= 0 ? norm.substring(0, at) : norm.replaceAll("[(（][^()（）]*摄[)）]|[ \u3000]摄影?$", "");
    }

    /** A caption belongs to the item being read, unless headline candidates sit between them. */
    private void addCaption(String caption, int line) {
        if (current != null && (pending.isEmpty() || !current.hasBody)) {
            current.captions.add(caption);
        } else {
            looseCaptions.add(new SectionRejoiner.Loose(caption, line));
            captionsSinceText++;
        }
    }

    private void jump(TextUnit unit) {
        String warning = "Removed a jump line \"" + unit.text() + "\": the article continues on another page.";
        if (current != null) {
            current.warnings.add(warning);
        } else {
            pageWarnings.add(warning);
        }
    }

    private void byline(TextUnit unit) {
        captionsSinceText = 0;
        Byline byline = BylineParser.parseLine(unit.text()).orElseThrow();
        boolean affiliation = byline.names().isEmpty();
        if (affiliation) {
            Draft target = current != null ? current : last();
            if (target != null) {
                target.addByline(byline);
                close(target);
            }
            return;
        }
        if (pending.isEmpty() && current != null && isPunctuatedHeadline(current)) {
            // "奋楫扬帆正当时，创新发展谱新篇" above a byline: a headline with a comma, not a paragraph the byline closes
            Draft.Para headline = current.body.remove(0);
            current.hasBody = false;
            current.headlines.add(new Draft.Headline(headline.text(), current.line));
        }
        if (!pending.isEmpty() || current == null || !current.hasBody) {
            Draft item = current != null && !current.hasBody ? current : newDraft(unit.line());
            bindPendingAsHeadline(item);
            item.addByline(byline);
            current = item;
            return;
        }
        current.addByline(byline);
        close(current);
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

    private void close(Draft draft) {
        draft.endedWithByline = true;
        if (draft == current) {
            current = null;
        }
    }

    private Draft last() {
        return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    }

    private Draft newDraft(int line) {
        Draft draft = new Draft(line);
        drafts.add(draft);
        block++;
        return draft;
    }

    private void body(TextUnit unit) {
        String text = stripJumps(unit.text());
        int picturesAbove = captionsSinceText;
        captionsSinceText = 0;
        Optional<BylineParser.BylineSplit> lead = BylineParser.lead(text);
        if (lead.isPresent()) {
            Draft item = current != null && !current.hasBody ? current : newDraft(unit.line());
            flushPendingToPool(item);
            item.addByline(lead.get().byline());
            current = item;
            addParagraph(lead.get().body());
            return;
        }
        boolean nothingOpen = current == null
                || (!current.hasBody && current.headlines.isEmpty() && pending.isEmpty());
        if (nothingOpen && LineClassifier.saysPicture(text) && text.length() <= MAX_PHOTO_CAPTION) {
            // A picture caption printed on its own (图为…): a photo, or a caption of an article elsewhere.
            flushPendingToPool(null);
            looseCaptions.add(new SectionRejoiner.Loose(text, unit.line()));
            lastLooseCaption = looseCaptions.size() - 1;
            return;
        }
        if (current == null) {
            Draft orphan = newDraft(unit.line());
            orphan.orphan = true;
            // a picture printed between the headline lines and this text belongs to it
            for (int k = 0; k < picturesAbove && !looseCaptions.isEmpty(); k++) {
                orphan.captions.add(0, looseCaptions.remove(looseCaptions.size() - 1).text());
            }
            lastLooseCaption = -1;
            if (AdDetector.isAd(texts(pending))) {
                flushPendingToPool(null);
            } else {
                for (TextUnit shortLine : pending) {
                    orphan.leadingShorts.add(new Draft.Headline(shortLine.text(), shortLine.line()));
                }
                pending.clear();
            }
            current = orphan;
            addParagraph(text);
            return;
        }
        if (current.hasBody && !pending.isEmpty() && Norm.of(text).startsWith("图为")
                && text.length() <= MAX_PHOTO_CAPTION) {
            // short lines above a picture caption are no intertitles of the text before (nothing follows them):
            // they are headline candidates, and the picture goes where its words fit
            flushPendingToPool(null);
            looseCaptions.add(new SectionRejoiner.Loose(text, unit.line()));
            lastLooseCaption = looseCaptions.size() - 1;
            return;
        }
        if (current.hasBody && opensNotice(text)) {
            // "热烈祝贺" + a company + "成功上市！": a greeting notice printed after the article, not an intertitle
            List<String> lines = texts(pending);
            lines.add(text);
            openAd = newAd(pending.get(0).line());
            lines.forEach(line -> openAd.body.add(new Draft.Para(line, false, -1)));
            pending.clear();
            current = null;
            return;
        }
        if (current.hasBody && pending.isEmpty() && opensUnheadedItem(text)) {
            Draft item = newDraft(unit.line());
            item.orphan = true;
            current = item;
            addParagraph(text);
            return;
        }
        if (!current.hasBody && opensWithNumberedHeading(current)) {
            intertitles();
        } else if (!current.hasBody) {
            bindPendingAsHeadline(current);
        } else if (opensNewItem(text)) {
            current = newDraft(pending.get(0).line());
            bindPendingAsHeadline(current);
        } else {
            intertitles();
        }
        if (text.startsWith("图为") && text.length() <= MAX_PHOTO_CAPTION) {
            current.captions.add(text);
            return;
        }
        addParagraph(text);
    }

    /** Short lines with a strong ad mark and a one-line announcement after them open a notice. */
    private boolean opensNotice(String text) {
        if (pending.isEmpty() || TextShape.visualWidth(text) > MAX_NOTICE_LINE) {
            return false;
        }
        List<String> lines = texts(pending);
        lines.add(text);
        return AdDetector.isNotice(lines);
    }

    private Draft newAd(int line) {
        Draft ad = new Draft(line);
        ad.kind = ItemKind.AD;
        drafts.add(ad);
        return ad;
    }

    private String stripJumps(String text) {
        if (!LineClassifier.mentionsJump(text)) {
            return text;
        }
        String norm = Norm.of(text);
        Matcher m = LineClassifier.JUMP_IN_TEXT.matcher(norm);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start());
            from = m.end();
            String warning = "Removed the jump note \"" + text.substring(m.start(), m.end())
                    + "\": the article continues on another page.";
            (current != null ? current.warnings : pageWarnings).add(warning);
        }
        out.append(text.substring(from));
        return out.toString().strip();
    }

    /** Adds running text to the current item; names after its last sentence close the item. */
    private void addParagraph(String text) {
        Optional<BylineParser.BylineSplit> trailing = BylineParser.trailing(text);
        String body = trailing.map(BylineParser.BylineSplit::body).orElse(text).strip();
        if (!body.isEmpty()) {
            current.body.add(new Draft.Para(body, false, block));
            current.hasBody = true;
        }
        if (trailing.isPresent()) {
            current.addByline(trailing.get().byline());
            close(current);
            block++;
        }
    }

    /**
     * Inside an article, short lines before more text are usually intertitles; but when they name a zone
     * (X高新区) that the article so far never mentions and the text below does, they head a new item that has
     * neither 本报讯 nor a byline.
     */
    private boolean opensNewItem(String next) {
        if (pending.isEmpty() || AdDetector.isAd(texts(pending))) {
            return false;
        }
        Set<String> headlineZones = new HashSet<>();
        for (TextUnit line : pending) {
            headlineZones.addAll(BigramSimilarity.zoneKeys(line.text()));
        }
        if (headlineZones.isEmpty()) {
            return false;
        }
        Set<String> articleZones = BigramSimilarity.zoneKeys(current.text());
        Set<String> nextZones = BigramSimilarity.zoneKeys(next);
        for (String zone : headlineZones) {
            if (!articleZones.contains(zone) && nextZones.contains(zone)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An article whose byline was printed at the top is never closed; a paragraph that opens like a news lead (近日,
     * a date …) about a zone (X高新区) that the article never mentions starts another item, whose headline is printed
     * elsewhere on the page (it is left as an orphan: the rejoiner keeps it apart and the headline placer finds its
     * headline).
     */
    private boolean opensUnheadedItem(String text) {
        if (!TextShape.startsNewThought(text)) {
            return false;
        }
        Set<String> leadZones = BigramSimilarity.zoneKeys(firstSentence(text));
        Set<String> articleZones = BigramSimilarity.zoneKeys(current.text());
        if (leadZones.isEmpty() || articleZones.isEmpty()) {
            return false;
        }
        for (String zone : leadZones) {
            if (articleZones.contains(zone)) {
                return false;
            }
        }
        return true;
    }

    private static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。！？!?".indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    /**
     * A numbered heading ("（一）从卖原料到卖材料") between an item's headline block (with its byline) and its first
     * paragraph is the first intertitle: a headline is never numbered.
     */
    private boolean opensWithNumberedHeading(Draft item) {
        return !item.headlines.isEmpty() && !item.bylineParts.isEmpty() && !pending.isEmpty()
                && TextShape.startsEnumeratedHeading(Norm.of(pending.get(0).text()).strip());
    }

    /** Short lines inside an article before more text: intertitles; of two in a row the second is a caption. */
    private void intertitles() {
        if (pending.isEmpty()) {
            return;
        }
        if (AdDetector.isAd(texts(pending))) {
            flushPendingToPool(null);
            return;
        }
        int n = pending.size();
        for (int k = 0; k < n - 2; k++) {
            pool.add(new HeadlinePlacer.Candidate(pending.get(k).text(), pending.get(k).line(), null));
        }
        if (n >= 2) {
            current.body.add(new Draft.Para(pending.get(n - 2).text(), true, block));
            current.captions.add(pending.get(n - 1).text());
        } else {
            current.body.add(new Draft.Para(pending.get(0).text(), true, block));
        }
        pending.clear();
    }

    /** Headline lines printed right above their item; a leading column banner is dropped. */
    private void bindPendingAsHeadline(Draft item) {
        if (pending.isEmpty()) {
            return;
        }
        List<TextUnit> lines = joinBrokenZoneNames(pending);
        pending.clear();
        if (lines.size() >= 2 && (isBanner(lines.get(0).text()) || isColumnLabel(lines.get(0), lines.get(1)))) {
            pageWarnings.add("Column banner left out of the articles: " + lines.get(0).text());
            lines.remove(0);
        }
        int first = headlinePairStart(lines);
        for (int k = 0; k < lines.size(); k++) {
            if (k < first) {
                pageWarnings.add("Column banner or kicker left out of the headline: " + lines.get(k).text());
            } else if (k < first + 2) {
                item.headlines.add(new Draft.Headline(lines.get(k).text(), lines.get(k).line()));
            } else {
                pool.add(new HeadlinePlacer.Candidate(lines.get(k).text(), lines.get(k).line(), null));
            }
        }
    }

    /** Headline lines with each zone name broken across a line end ("齐齐哈尔高新" + "区重型装备产业提速") made whole. */
    private static List<TextUnit> joinBrokenZoneNames(List<TextUnit> lines) {
        List<TextUnit> out = new ArrayList<>();
        for (TextUnit line : lines) {
            TextUnit above = out.isEmpty() ? null : out.get(out.size() - 1);
            if (above != null && splitsZoneName(above.text(), line.text())) {
                out.set(out.size() - 1, new TextUnit(Reflow.joinWrapped(above.text(), line.text()), above.line(),
                        above.standalone(), above.closed()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether "高新区" is cut between the end of {@code first} and the start of {@code second}. */
    static boolean splitsZoneName(String first, String second) {
        String a = Norm.of(first).strip();
        String b = Norm.of(second).strip();
        for (int cut = 1; cut < ZONE_SUFFIX.length(); cut++) {
            if (a.endsWith(ZONE_SUFFIX.substring(0, cut)) && b.startsWith(ZONE_SUFFIX.substring(cut))
                    && a.length() > cut && TextShape.isHan(a.charAt(a.length() - cut - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the title and its subtitle (or kicker) start in a stack of three or more headline lines: the title is the
     * first line naming a zone, paired with the line below it, or with the one above when it is the last; lines above
     * the pair are a column banner and a kicker. Without a zone name, the first two lines.
     */
    private static int headlinePairStart(List<TextUnit> lines) {
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

    /** Short lines that are not yet placed: an ad, or headline candidates (next to {@code adjacent}, if any). */
    private void flushPendingToPool(Draft adjacent) {
        if (pending.isEmpty()) {
            return;
        }
        List<TextUnit> whole = joinBrokenZoneNames(pending);
        pending.clear();
        pending.addAll(whole);
        if (adjacent != null && pending.size() >= 2 && !isBanner(pending.get(1).text())
                && (isBanner(pending.get(0).text()) || isColumnLabel(pending.get(0), pending.get(1)))) {
            pageWarnings.add("Column banner left out of the articles: " + pending.get(0).text());
            pending.remove(0);
        }
        if (AdDetector.isAd(texts(pending))) {
            // the rest of a notice opened just before (nothing else printed in between) continues it
            Draft ad = openAd != null && openAd == last() ? openAd : newAd(pending.get(0).line());
            for (TextUnit line : pending) {
                ad.body.add(new Draft.Para(line.text(), false, -1));
            }
        } else {
            for (int k = 0; k < pending.size(); k++) {
                TextUnit line = pending.get(k);
                if (k + 1 < pending.size() && oneHeadline(line, pending.get(k + 1))) {
                    String joined = Reflow.joinWrapped(line.text(), pending.get(k + 1).text());
                    pool.add(new HeadlinePlacer.Candidate(joined, line.line(), adjacent));
                    k++;
                } else {
                    pool.add(new HeadlinePlacer.Candidate(line.text(), line.line(), adjacent));
                }
            }
        }
        pending.clear();
    }

    /**
     * Two short lines printed one right after the other are one headline broken in two when only one of them
     * names a zone, the second does not open with it, the first does not end with a completed event, and together
     * they are headline-sized ("济宁高新区跨域通办" + "解决企业办证难"); two lines that each name a zone are two headlines.
     */
    private boolean oneHeadline(TextUnit first, TextUnit second) {
        Integer a = unitIndex.get(first);
        Integer b = unitIndex.get(second);
        if (a == null || b == null || b != a + 1) {
            return false;
        }
        boolean firstZone = !BigramSimilarity.zoneKeys(first.text()).isEmpty();
        boolean secondZone = !BigramSimilarity.zoneKeys(second.text()).isEmpty();
        // a headline puts its zone first ("X高新区…"): a second line opening with a zone name is a headline of its own
        return firstZone != secondZone && !opensWithZoneName(second.text())
                && !COMPLETE_EVENT.matcher(Norm.of(first.text()).strip()).find()
                && TextShape.visualWidth(first.text()) + TextShape.visualWidth(second.text()) <= BROKEN_HEADLINE;
    }

    /**
     * A column label ("图片新闻", "高新区动态"): a word of at most five characters above a headline that opens with a
     * zone name. A kicker over such a headline is a phrase, longer than a label.
     */
    private static boolean isColumnLabel(TextUnit label, TextUnit headline) {
        String norm = Norm.of(label.text()).strip();
        return norm.length() <= MAX_COLUMN_LABEL && TextShape.hanCount(norm) == norm.length()
                && opensWithZoneName(headline.text());
    }

    private static boolean isBanner(String text) {
        return BANNER_GAP.matcher(text).find() || BANNER_LABEL.matcher(Norm.of(text.strip())).matches();
    }

    /**
     * Whether the line opens with a zone name: a place of two to four characters (济宁, 哈尔滨, 乌鲁木齐) + 高新区.
     * A longer run that starts with a preposition ("在清远高新区发布") is a phrase, not a name.
     */
    static boolean opensWithZoneName(String text) {
        String norm = Norm.of(text).strip();
        int at = norm.indexOf("高新区");
        if (at < 2 || at > MAX_ZONE_PLACE || (at > 2 && PREPOSITIONS.indexOf(norm.charAt(0)) >= 0)) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!TextShape.isHan(norm.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<TextUnit> lines) {
        List<String> out = new ArrayList<>();
        for (TextUnit line : lines) {
            out.add(line.text());
        }
        return out;
    }
}

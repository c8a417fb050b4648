package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading pass of {@link PageSegmenter}: walks the reflowed units of a page once, in print order, and cuts them
 * into draft items. What it has read lives in {@link WalkState}; two helpers share it: {@link PendingShortLines}
 * resolves the short lines held back (headline, intertitle, ad, displaced headline) and {@link CaptionReader} reads
 * photo credits and captions. What a line looks like as a headline is {@link HeadlineShape}'s.
 * <ul>
 *   <li>Short headline-shaped units are held back until what follows shows what they are: before a byline line or at
 *       the top of the page they are the item's headline; before a 本报讯 paragraph they are headline candidates,
 *       because the paper prints some headlines away from their article; inside an article before more text they are
 *       intertitles, unless they name a zone the article never mentions and the text below does (then a new item
 *       starts); a stack containing ad words is an ad.</li>
 *   <li>A 本报讯 paragraph opens a news item; a byline line after a headline opens a feature.</li>
 *   <li>A closing byline (a byline line after text, names after the last sentence, an affiliation line) ends the item.
 *       Text after it that no 本报讯, byline or headline opens is an orphan section, resolved later by
 *       {@link SectionRejoiner}.</li>
 *   <li>Page furniture and jump lines are dropped with a warning; 图为 paragraphs are captions.</li>
 *   <li>An article whose byline was printed at the top is never closed: a news lead (近日, a date …) about a zone it
 *       never mentions starts another item. A strong ad mark above a one-line announcement opens a notice.</li>
 * </ul>
 */
final class PageWalk {
    private static final int MAX_PHOTO_CAPTION = 250;
    /** The longest line a notice prints as one announcement ("在北京证券交易所成功上市！"). */
    private static final int MAX_NOTICE_LINE = 30;

    /** What the pass found: draft items and the pieces still to be placed. */
    record Result(List<Draft> drafts, List<HeadlinePlacer.Candidate> headlines, List<SectionRejoiner.Loose> captions,
                  List<SectionRejoiner.Loose> credits, List<IngestWarning> warnings) {
    }

    private final WalkState s;
    private final CaptionReader captions;
    private final PendingShortLines shortLines;

    PageWalk(List<TextUnit> units) {
        this.s = new WalkState(units);
        this.captions = new CaptionReader(s);
        this.shortLines = new PendingShortLines(s);
    }

    Result walk() {
        for (int i = 0; i < s.units.size(); i++) {
            TextUnit unit = s.units.get(i);
            switch (UnitKind.of(unit)) {
                case SHORT -> shortLine(unit);
                case CREDIT -> i = captions.credit(i);
                case JUMP -> jump(unit);
                case INFORMATION -> information(unit);
                case NAVIGATION -> s.pageWarnings.add(IngestWarning.of(WarningCode.NAVIGATION_DROPPED, unit.text()));
                case FURNITURE -> furniture(unit);
                case NOISE -> s.pageWarnings.add(IngestWarning.of(WarningCode.NOISE_LINE_DROPPED, unit.text()));
                case BYLINE -> byline(unit);
                case BODY -> body(unit);
            }
        }
        shortLines.flushToPool(null);
        return new Result(s.drafts, s.pool, s.looseCaptions, s.looseCredits, s.pageWarnings);
    }

    /**
     * Page furniture is dropped. Short lines still waiting above it at the top of the page, before any item, are part
     * of the page header too (a section banner such as "国家高新区" printed over the editors' line), not a headline.
     * Lower down they wait on: headlines displaced to the foot of a page sit right above the footer.
     */
    private void furniture(TextUnit unit) {
        s.pageWarnings.add(IngestWarning.of(WarningCode.PAGE_FURNITURE_DROPPED, unit.text()));
        if (s.drafts.size() == 1 && s.current.isEmpty()) {
            for (TextUnit banner : s.pending) {
                s.pageWarnings.add(IngestWarning.of(WarningCode.COLUMN_BANNER_DROPPED, banner.text()));
            }
            s.pending.clear();
        }
    }

    /** A short line waits for what follows, except a "图为…" line, which is a caption whatever follows. */
    private void shortLine(TextUnit unit) {
        if (Norm.of(unit.text()).startsWith("图为")) {
            s.addCaption(unit.text(), unit.line());
        } else {
            s.pending.add(unit);
        }
    }

    /**
     * A web copy's information line (来源：… 发布时间：…). Below headline lines it opens their article, as a byline
     * does; otherwise it belongs to the article being read, or the last one. The article keeps its source and date.
     */
    private void information(TextUnit unit) {
        s.pageWarnings.add(IngestWarning.of(WarningCode.WEB_METADATA_TAKEN_OUT, unit.text()));
        Draft item;
        if (!s.pending.isEmpty()) {
            item = s.current != null && !s.current.hasBody ? s.current : s.newDraft(unit.line());
            shortLines.bindAsHeadline(item);
            s.current = item;
        } else {
            item = s.current != null ? s.current : s.last();
        }
        if (item != null) {
            item.addInformation(unit.text());
        }
    }

    private void jump(TextUnit unit) {
        s.warn(IngestWarning.of(WarningCode.JUMP_LINE_REMOVED, unit.text()));
    }

    private void byline(TextUnit unit) {
        s.captionsSinceText = 0;
        Byline byline = BylineParser.parseLine(unit.text()).orElseThrow();
        boolean affiliation = byline.names().isEmpty();
        if (affiliation) {
            Draft target = s.current != null ? s.current : s.last();
            if (target != null) {
                target.addByline(byline);
                s.close(target);
            }
            return;
        }
        if (s.pending.isEmpty() && s.current != null && HeadlineShape.isPunctuatedHeadline(s.current)) {
            // "奋楫扬帆正当时，创新发展谱新篇" above a byline: a headline with a comma, not a paragraph the byline closes
            Draft.Para headline = s.current.body.remove(0);
            s.current.hasBody = false;
            s.current.headlines.add(new Draft.Headline(headline.text(), s.current.line));
        }
        if (!s.pending.isEmpty() || s.current == null || !s.current.hasBody) {
            Draft item = s.current != null && !s.current.hasBody ? s.current : s.newDraft(unit.line());
            shortLines.bindAsHeadline(item);
            item.addByline(byline);
            s.current = item;
            return;
        }
        s.current.addByline(byline);
        s.close(s.current);
    }

    private void body(TextUnit unit) {
        String text = stripJumps(unit.text());
        int picturesAbove = s.captionsSinceText;
        s.captionsSinceText = 0;
        Optional<BylineParser.BylineSplit> lead = BylineParser.lead(text);
        if (lead.isEmpty() && s.current != null && s.current.hasBody && LineClassifier.isDateline(text)) {
            // 新华社合肥11月3日电 opens a news item as 本报讯 does; it has no byline and stays in the text
            Draft item = s.newDraft(unit.line());
            shortLines.flushToPool(item);
            s.current = item;
            addParagraph(text);
            return;
        }
        if (lead.isPresent()) {
            Draft item = s.current != null && !s.current.hasBody ? s.current : s.newDraft(unit.line());
            shortLines.flushToPool(item);
            item.addByline(lead.get().byline());
            s.current = item;
            addParagraph(lead.get().body());
            return;
        }
        boolean nothingOpen = s.current == null
                || (!s.current.hasBody && s.current.headlines.isEmpty() && s.pending.isEmpty());
        if (nothingOpen && LineClassifier.saysPicture(text) && text.length() <= MAX_PHOTO_CAPTION) {
            // A picture caption printed on its own (图为…): a photo, or a caption of an article elsewhere.
            shortLines.flushToPool(null);
            s.looseCaptions.add(new SectionRejoiner.Loose(text, unit.line()));
            s.lastLooseCaption = s.looseCaptions.size() - 1;
            return;
        }
        if (s.current == null) {
            Draft orphan = s.newDraft(unit.line());
            orphan.orphan = true;
            // a picture printed between the headline lines and this text belongs to it
            for (int k = 0; k < picturesAbove && !s.looseCaptions.isEmpty(); k++) {
                orphan.captions.add(0, s.looseCaptions.remove(s.looseCaptions.size() - 1).text());
            }
            s.lastLooseCaption = -1;
            if (AdDetector.isAd(WalkState.texts(s.pending))) {
                shortLines.flushToPool(null);
            } else {
                for (TextUnit shortLine : s.pending) {
                    orphan.leadingShorts.add(new Draft.Headline(shortLine.text(), shortLine.line()));
                }
                s.pending.clear();
            }
            s.current = orphan;
            addParagraph(text);
            return;
        }
        if (s.current.hasBody && !s.pending.isEmpty() && Norm.of(text).startsWith("图为")
                && text.length() <= MAX_PHOTO_CAPTION) {
            // short lines above a picture caption are no intertitles of the text before (nothing follows them):
            // they are headline candidates, and the picture goes where its words fit
            shortLines.flushToPool(null);
            s.looseCaptions.add(new SectionRejoiner.Loose(text, unit.line()));
            s.lastLooseCaption = s.looseCaptions.size() - 1;
            return;
        }
        if (s.current.hasBody && opensNotice(text)) {
            // "热烈祝贺" + a company + "成功上市！": a greeting notice printed after the article, not an intertitle
            List<String> lines = WalkState.texts(s.pending);
            lines.add(text);
            s.openAd = s.newAd(s.pending.get(0).line());
            lines.forEach(line -> s.openAd.body.add(new Draft.Para(line, false, -1)));
            s.pending.clear();
            s.current = null;
            return;
        }
        if (s.current.hasBody && s.pending.isEmpty() && opensUnheadedItem(text)) {
            Draft item = s.newDraft(unit.line());
            item.orphan = true;
            s.current = item;
            addParagraph(text);
            return;
        }
        if (!s.current.hasBody && shortLines.opensWithNumberedHeading(s.current)) {
            shortLines.intertitles();
        } else if (!s.current.hasBody) {
            shortLines.bindAsHeadline(s.current);
        } else if (opensNewItem(text)) {
            s.current = s.newDraft(s.pending.get(0).line());
            shortLines.bindAsHeadline(s.current);
        } else {
            shortLines.intertitles();
        }
        if (text.startsWith("图为") && text.length() <= MAX_PHOTO_CAPTION) {
            s.current.captions.add(text);
            return;
        }
        addParagraph(text);
    }

    /** Short lines with a strong ad mark and a one-line announcement after them open a notice. */
    private boolean opensNotice(String text) {
        if (s.pending.isEmpty() || TextShape.visualWidth(text) > MAX_NOTICE_LINE) {
            return false;
        }
        List<String> lines = WalkState.texts(s.pending);
        lines.add(text);
        return AdDetector.isNotice(lines);
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
            s.warn(IngestWarning.of(WarningCode.JUMP_NOTE_REMOVED, text.substring(m.start(), m.end())));
        }
        out.append(text.substring(from));
        return out.toString().strip();
    }

    /** Adds running text to the s.current item; names after its last sentence close the item. */
    private void addParagraph(String text) {
        Optional<BylineParser.BylineSplit> trailing = BylineParser.trailing(text);
        String body = trailing.map(BylineParser.BylineSplit::body).orElse(text).strip();
        if (!body.isEmpty()) {
            s.current.body.add(new Draft.Para(body, false, s.block));
            s.current.hasBody = true;
        }
        if (trailing.isPresent()) {
            s.current.addByline(trailing.get().byline());
            s.close(s.current);
            s.block++;
        }
    }

    /**
     * Inside an article, short lines before more text are usually intertitles; {@link ArticleBoundary} weighs the
     * evidence on both sides of them for the start of a new article instead.
     */
    private boolean opensNewItem(String next) {
        if (s.pending.isEmpty() || AdDetector.isAd(WalkState.texts(s.pending))) {
            return false;
        }
        return ArticleBoundary.weigh(s.current, WalkState.texts(s.pending), next).opensArticle();
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
        Set<String> articleZones = BigramSimilarity.zoneKeys(s.current.text());
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
}

package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts a page's text into items (articles, photos, ads). Never throws: a page it cannot segment becomes one article
 * with a warning.
 *
 * <p>Steps: {@link Reflow} joins hard-wrapped lines into units; {@link PageWalk} reads the units once in print order
 * and cuts them into draft items, holding back what it cannot place yet (headlines printed away from their article,
 * captions without an article, orphan sections); then {@link SectionRejoiner} gives orphan sections, misplaced sections
 * and loose captions to the items they belong to, {@link HeadlinePlacer} gives each displaced headline to the article
 * it describes, and {@link CutSentenceJoiner} rejoins sentences the layout cut apart.
 */
public final class PageSegmenter {
    private static final Logger LOG = LoggerFactory.getLogger(PageSegmenter.class);

    /** HanLP's standard segmentation, for the cut-sentence joiner's test across a cut. */
    private final Function<String, List<Term>> words;

    /** A segmenter whose joiner calls HanLP directly (with whatever words HanLP has been taught). */
    public PageSegmenter() {
        this(text -> HanLP.segment(text));
    }

    /** A segmenter whose joiner segments through {@code words}, the pipeline's shared (and countable) segmenter. */
    PageSegmenter(HanlpWords words) {
        this(words::terms);
    }

    private PageSegmenter(Function<String, List<Term>> words) {
        this.words = words;
    }

    public SegmentedPage segment(String text) {
        if (text == null || text.isBlank()) {
            return new SegmentedPage(List.of(), List.of(IngestWarning.of(WarningCode.BLANK_PAGE)));
        }
        try {
            return assemble(new PageWalk(Reflow.units(text)).walk());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Could not segment a page of {} characters; keeping it as one article", text.length(), e);
            return wholePage(text, IngestWarning.of(WarningCode.PAGE_KEPT_WHOLE, e.getClass().getSimpleName()));
        }
    }

    private static SegmentedPage wholePage(String text, IngestWarning warning) {
        List<Paragraph> body = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            if (!paragraph.isBlank()) {
                body.add(Paragraph.text(paragraph.strip()));
            }
        }
        SegmentedItem item = new SegmentedItem(ItemKind.ARTICLE, "", "", "", List.of(), body, List.of(),
                List.of(warning));
        return new SegmentedPage(List.of(item), List.of(warning));
    }

    /** Places what the reading pass left loose, rejoins split text and turns the drafts into items. */
    private SegmentedPage assemble(PageWalk.Result walk) {
        List<Draft> drafts = new ArrayList<>(walk.drafts());
        List<IngestWarning> pageWarnings = new ArrayList<>(walk.warnings());
        List<HeadlinePlacer.Candidate> pool = new ArrayList<>(walk.headlines());
        List<SectionRejoiner.Loose> looseCaptions = walk.captions();
        List<SectionRejoiner.Loose> looseCredits = walk.credits();
        drafts.removeIf(Draft::isEmpty);
        captionsWithoutTextArePhotos(drafts);
        if (drafts.isEmpty() && looseCaptions.isEmpty() && !pool.isEmpty()) {
            drafts.add(headlinesWithoutText(pool));
            pool.clear();
        }
        BigramSimilarity similarity = BigramSimilarity.of(drafts);
        SectionRejoiner rejoiner = new SectionRejoiner(drafts, pageWarnings, similarity);
        rejoiner.attachOrphans(pool);
        rejoiner.moveMisplacedSections();
        rejoiner.placeCaptions(looseCaptions, looseCredits);
        new HeadlinePlacer(drafts, pageWarnings, similarity).place(pool);
        for (Draft draft : drafts) {
            if (draft.kind == ItemKind.ARTICLE) {
                CutSentenceJoiner.rejoin(draft, words);
            }
        }
        drafts.sort(Comparator.comparingInt(d -> d.line));
        if (drafts.isEmpty()) {
            pageWarnings.add(IngestWarning.of(WarningCode.NO_ARTICLE_TEXT));
        }
        List<SegmentedItem> items = new ArrayList<>();
        for (Draft draft : drafts) {
            items.add(toItem(draft));
        }
        return new SegmentedPage(items, pageWarnings);
    }

    private static void captionsWithoutTextArePhotos(List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.body.isEmpty() && draft.headlines.isEmpty()) {
                draft.kind = ItemKind.PHOTO;
                for (String caption : draft.captions) {
                    draft.body.add(new Draft.Para(caption, false, -1));
                }
                draft.captions.clear();
            }
        }
    }

    /** A page of headline-shaped lines only: keep them as an article without text rather than lose them. */
    private static Draft headlinesWithoutText(List<HeadlinePlacer.Candidate> pool) {
        Draft draft = new Draft(pool.get(0).line());
        for (int k = 0; k < pool.size(); k++) {
            if (k < 2) {
                draft.headlines.add(new Draft.Headline(pool.get(k).text(), pool.get(k).line()));
            } else {
                draft.body.add(new Draft.Para(pool.get(k).text(), false, 0));
            }
        }
        draft.warnings.add(IngestWarning.of(WarningCode.HEADLINES_WITHOUT_TEXT));
        return draft;
    }

    private static SegmentedItem toItem(Draft draft) {
        String title = draft.headlines.isEmpty() ? "" : draft.headlines.get(0).text();
        String subtitle = draft.headlines.size() < 2 ? "" : draft.headlines.get(1).text();
        List<Paragraph> body = new ArrayList<>();
        for (Draft.Para para : draft.body) {
            if (!para.text().isBlank()) {
                body.add(para.heading() ? Paragraph.heading(para.text()) : Paragraph.text(para.text()));
            }
        }
        return new SegmentedItem(draft.kind, title, subtitle, String.join(" ", draft.bylineParts), draft.names,
                body, draft.captions, draft.warnings, draft.source, draft.date);
    }
}

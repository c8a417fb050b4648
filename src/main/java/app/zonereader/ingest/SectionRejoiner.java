package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.WarningCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts back together what the page layout split apart.
 * <ul>
 *   <li><b>Orphan sections.</b> A block of text that no headline, 本报讯 or byline opens (typically it starts with an
 *       intertitle, or in the middle of a sentence) is a later section of an article printed elsewhere on the page.
 *       It goes to the article whose vocabulary it shares most (page-weighted bigrams, plus agreement on zone names).
 *       Position is only a weak hint: the item just before gets a small bonus, and none if it ended with a byline,
 *       because a byline closes an article. A block that resembles nothing becomes an item of its own, with a warning.
 *       Short lines above it that name another item's zone are displaced headlines and go back to the headline pool;
 *       a headline with a subtitle or a picture above it, or a headline naming a zone its candidate lacks, opens a new
 *       article instead. A lone short line with a comma or question mark and no full stop is a displaced headline.</li>
 *   <li><b>Misplaced sections.</b> An intertitled section inside an article that names only another article's zones
 *       moves to that article.</li>
 *   <li><b>Captions.</b> A caption printed away from its article goes to the article it describes if they clearly
 *       share vocabulary; otherwise the picture stands alone as a photo item. A lone credit (图片来源：X) joins the item
 *       that mentions X.</li>
 * </ul>
 */
final class SectionRejoiner {
    private static final double ORPHAN_THRESHOLD = 0.12;
    private static final double CAPTION_THRESHOLD = 0.35;
    private static final double CREDIT_THRESHOLD = 0.5;
    private static final int WINDOW = 12;

    /** A caption or credit not printed inside an article. */
    record Loose(String text, int line) {
    }

    private final List<Draft> drafts;
    private final List<IngestWarning> pageWarnings;
    private final BigramSimilarity similarity;

    /** {@code similarity} holds the page's bigram weights (computed once; merging items barely changes them). */
    SectionRejoiner(List<Draft> drafts, List<IngestWarning> pageWarnings, BigramSimilarity similarity) {
        this.drafts = drafts;
        this.pageWarnings = pageWarnings;
        this.similarity = similarity;
    }

    void attachOrphans(List<HeadlinePlacer.Candidate> headlinePool) {
        for (int index = 0; index < drafts.size(); index++) {
            Draft orphan = drafts.get(index);
            if (!orphan.orphan) {
                continue;
            }
            if (HeadlineShape.isPunctuatedHeadline(orphan)) {
                // one short line with a question mark or a comma and no full stop ("…如何成长为“小巨人”？"), printed
                // away from any text: a displaced headline, not a section
                headlinePool.add(new HeadlinePlacer.Candidate(orphan.body.get(0).text(), orphan.line, null));
                drafts.remove(index);
                index--;
                continue;
            }
            returnDisplacedHeadlines(orphan, headlinePool);
            if (opensAnArticle(orphan)) {
                standAlone(orphan);
                continue;
            }
            Draft best = null;
            double bestScore = 0;
            for (int k = Math.max(0, index - WINDOW); k < Math.min(drafts.size(), index + WINDOW + 1); k++) {
                Draft candidate = drafts.get(k);
                if (candidate == orphan || candidate.orphan || candidate.kind != ItemKind.ARTICLE) {
                    continue;
                }
                double score = similarity.coverage(orphan.grams(), candidate.grams())
                        + 0.2 * BigramSimilarity.zoneAgreement(orphan.zones(), candidate.zones());
                if (k == index - 1 && !candidate.endedWithByline) {
                    score += 0.1;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
            if (best != null && bestScore >= ORPHAN_THRESHOLD && !headsOtherZone(orphan, best)) {
                merge(orphan, best);
                drafts.remove(index);
                index--;
            } else {
                standAlone(orphan);
            }
        }
    }

    /**
     * A section (an intertitle and the text below it) printed inside another article: when the section names zones
     * that its host article never names elsewhere and another article of the page names them all, it moves there.
     * This catches a later section of a feature printed after the next feature's text, where no byline closed
     * anything.
     */
    void moveMisplacedSections() {
        for (Draft host : drafts) {
            if (host.kind != ItemKind.ARTICLE) {
                continue;
            }
            List<Draft.Para> body = host.body;
            // Zone mentions per paragraph and in the whole article, so that each section is checked in its own length.
            List<Set<String>> paragraphZones = new ArrayList<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Draft.Headline headline : host.headlines) {
                BigramSimilarity.zoneKeys(headline.text()).forEach(z -> counts.merge(z, 1, Integer::sum));
            }
            for (Draft.Para para : body) {
                Set<String> zones = BigramSimilarity.zoneKeys(para.text());
                paragraphZones.add(zones);
                zones.forEach(z -> counts.merge(z, 1, Integer::sum));
            }
            int k = 1;
            while (k < body.size()) {
                if (!body.get(k).heading()) {
                    k++;
                    continue;
                }
                int end = k + 1;
                while (end < body.size() && !body.get(end).heading()) {
                    end++;
                }
                Draft target = otherHome(host, paragraphZones.subList(k, end), counts);
                if (target == null) {
                    k = end;
                    continue;
                }
                List<Draft.Para> section = new ArrayList<>(body.subList(k, end));
                for (Set<String> zones : paragraphZones.subList(k, end)) {
                    zones.forEach(z -> counts.merge(z, -1, Integer::sum));
                }
                body.subList(k, end).clear();
                paragraphZones.subList(k, end).clear();
                target.body.addAll(section);
                target.body.sort(Comparator.comparingInt(Draft.Para::block));
                target.warnings.add(IngestWarning.of(WarningCode.SECTION_MOVED, section.get(0).text()));
                host.invalidate();
                target.invalidate();
            }
        }
    }

    /** The other article naming all of the section's zones, if the host names none of them outside the section. */
    private Draft otherHome(Draft host, List<Set<String>> sectionZones, Map<String, Integer> hostCounts) {
        Map<String, Integer> inSection = new HashMap<>();
        for (Set<String> zones : sectionZones) {
            zones.forEach(z -> inSection.merge(z, 1, Integer::sum));
        }
        if (inSection.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Integer> zone : inSection.entrySet()) {
            if (hostCounts.getOrDefault(zone.getKey(), 0) > zone.getValue()) {
                return null;
            }
        }
        for (Draft other : drafts) {
            if (other != host && other.kind == ItemKind.ARTICLE && other.zones().containsAll(inSection.keySet())) {
                return other;
            }
        }
        return null;
    }

    /**
     * Short lines above an orphan that name a zone the orphan never names (but another item does) are headlines of
     * other articles printed here; they go back to the headline pool.
     */
    private void returnDisplacedHeadlines(Draft orphan, List<HeadlinePlacer.Candidate> headlinePool) {
        for (int k = orphan.leadingShorts.size() - 1; k >= 0; k--) {
            Draft.Headline line = orphan.leadingShorts.get(k);
            Set<String> zones = BigramSimilarity.zoneKeys(line.text());
            if (zones.isEmpty()) {
                continue;
            }
            boolean own = false;
            boolean elsewhere = false;
            for (String zone : zones) {
                own |= orphan.zones().contains(zone);
                for (Draft other : drafts) {
                    elsewhere |= other != orphan && other.zones().contains(zone);
                }
            }
            if (!own && elsewhere) {
                headlinePool.add(new HeadlinePlacer.Candidate(line.text(), line.line(), null));
                orphan.leadingShorts.remove(k);
            }
        }
    }

    /**
     * A headline and a subtitle, or a picture, above a text mark the start of an article; a later section of an
     * article has at most an intertitle.
     */
    private static boolean opensAnArticle(Draft orphan) {
        return orphan.leadingShorts.size() >= 2 || (!orphan.leadingShorts.isEmpty() && !orphan.captions.isEmpty());
    }

    /**
     * An orphan whose leading short line names a zone (X高新区) that the candidate article never mentions, while the
     * orphan's own text does, is a new item with a headline but no 本报讯 or byline, not a later section.
     */
    private static boolean headsOtherZone(Draft orphan, Draft article) {
        if (orphan.leadingShorts.isEmpty()) {
            return false;
        }
        Set<String> headlineZones = BigramSimilarity.zoneKeys(orphan.leadingShorts.get(0).text());
        for (String zone : headlineZones) {
            if (!article.zones().contains(zone) && orphan.zones().contains(zone)) {
                return true;
            }
        }
        return false;
    }

    private static void merge(Draft orphan, Draft article) {
        int block = orphan.body.isEmpty() ? -1 : orphan.body.get(0).block();
        for (Draft.Headline intertitle : orphan.leadingShorts) {
            article.body.add(new Draft.Para(intertitle.text(), true, block));
        }
        article.body.addAll(orphan.body);
        // Blocks are numbered in print order, so a stable sort restores reading order across the merged pieces.
        article.body.sort(Comparator.comparingInt(Draft.Para::block));
        article.captions.addAll(orphan.captions);
        article.bylineParts.addAll(orphan.bylineParts);
        for (String name : orphan.names) {
            if (!article.names.contains(name)) {
                article.names.add(name);
            }
        }
        article.warnings.addAll(orphan.warnings);
        article.invalidate();
    }

    private static void standAlone(Draft orphan) {
        orphan.orphan = false;
        List<Draft.Headline> shorts = orphan.leadingShorts;
        int block = orphan.body.isEmpty() ? -1 : orphan.body.get(0).block();
        for (int k = 0; k < shorts.size(); k++) {
            if (k < 2) {
                orphan.headlines.add(shorts.get(k));
            } else {
                orphan.body.add(k - 2, new Draft.Para(shorts.get(k).text(), true, block));
            }
        }
        if (orphan.headlines.isEmpty()) {
            orphan.warnings.add(IngestWarning.of(WarningCode.ORPHAN_TEXT_KEPT));
        }
        // its text gained the leading lines: later comparisons must not use the bigrams and zones cached before
        orphan.invalidate();
    }

    /** The items printed around a line: a page holds a dozen items, so this only bounds huge inputs. */
    private static List<Draft> near(List<Draft> byLine, int line) {
        int at = HeadlinePlacer.insertionIndex(byLine, line);
        return byLine.subList(Math.max(0, at - WINDOW), Math.min(byLine.size(), at + WINDOW));
    }

    void placeCaptions(List<Loose> captions, List<Loose> credits) {
        List<Draft> byLine = new ArrayList<>(drafts);
        byLine.sort(Comparator.comparingInt(d -> d.line));
        for (Loose caption : captions) {
            BigramSet grams = BigramSimilarity.bigrams(caption.text());
            Set<String> zones = BigramSimilarity.zoneKeys(caption.text());
            Draft best = null;
            double bestScore = 0;
            for (Draft draft : near(byLine, caption.line())) {
                if (draft.kind != ItemKind.ARTICLE) {
                    continue;
                }
                double score = similarity.coverage(grams, draft.grams())
                        + 0.2 * BigramSimilarity.zoneAgreement(zones, draft.zones());
                if (score > bestScore) {
                    bestScore = score;
                    best = draft;
                }
            }
            if (best != null && bestScore >= CAPTION_THRESHOLD) {
                best.captions.add(caption.text());
                best.invalidate();
            } else {
                Draft photo = new Draft(caption.line());
                photo.kind = ItemKind.PHOTO;
                photo.body.add(new Draft.Para(caption.text(), false, -1));
                drafts.add(photo);
            }
        }
        byLine = new ArrayList<>(drafts);
        byLine.sort(Comparator.comparingInt(d -> d.line));
        for (Loose credit : credits) {
            String source = Norm.of(credit.text()).replaceFirst("^.*?(图片来源|图片提供|供图)[:：]?\\s*", "");
            BigramSet grams = BigramSimilarity.bigrams(source.isBlank() ? credit.text() : source);
            Draft best = null;
            double bestScore = 0;
            for (Draft draft : near(byLine, credit.line())) {
                double score = similarity.coverage(grams, draft.grams());
                if (score > bestScore || (score == bestScore && best != null && draft.kind == ItemKind.PHOTO)) {
                    bestScore = score;
                    best = draft;
                }
            }
            if (best != null && bestScore >= CREDIT_THRESHOLD) {
                if (best.kind == ItemKind.PHOTO) {
                    best.body.add(new Draft.Para(credit.text(), false, -1));
                } else {
                    best.captions.add(credit.text());
                }
            } else {
                pageWarnings.add(IngestWarning.of(WarningCode.CREDIT_UNMATCHED, credit.text()));
            }
        }
    }
}

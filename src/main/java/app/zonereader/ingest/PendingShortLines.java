package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;

import java.util.List;

/**
 * Resolves the short headline-shaped lines the walk held back, once what follows shows what they are: the headline of
 * the item below (a leading column banner or kicker left out), intertitles of the article being read (of two in a
 * row, the second is a picture caption), an ad, or headline candidates for {@link HeadlinePlacer}.
 */
final class PendingShortLines {
    private final WalkState s;

    PendingShortLines(WalkState state) {
        this.s = state;
    }

    /** Headline lines printed right above their item; a leading column banner is dropped. */
    void bindAsHeadline(Draft item) {
        if (s.pending.isEmpty()) {
            return;
        }
        List<TextUnit> lines = HeadlineShape.joinBrokenZoneNames(s.pending);
        s.pending.clear();
        if (lines.size() >= 2 && (HeadlineShape.isBanner(lines.get(0).text())
                || HeadlineShape.isColumnLabel(lines.get(0), lines.get(1)))) {
            s.pageWarnings.add(IngestWarning.of(WarningCode.COLUMN_BANNER_DROPPED, lines.get(0).text()));
            lines.remove(0);
        }
        int first = HeadlineShape.headlinePairStart(lines);
        for (int k = 0; k < lines.size(); k++) {
            if (k < first) {
                s.pageWarnings.add(IngestWarning.of(WarningCode.KICKER_DROPPED, lines.get(k).text()));
            } else if (k < first + 2) {
                item.headlines.add(new Draft.Headline(lines.get(k).text(), lines.get(k).line()));
            } else {
                s.pool.add(new HeadlinePlacer.Candidate(lines.get(k).text(), lines.get(k).line(), null));
            }
        }
    }

    /** Short lines that are not yet placed: an ad, or headline candidates (next to {@code adjacent}, if any). */
    void flushToPool(Draft adjacent) {
        if (s.pending.isEmpty()) {
            return;
        }
        List<TextUnit> pending = s.pending;
        List<TextUnit> whole = HeadlineShape.joinBrokenZoneNames(pending);
        pending.clear();
        pending.addAll(whole);
        if (adjacent != null && pending.size() >= 2 && !HeadlineShape.isBanner(pending.get(1).text())
                && (HeadlineShape.isBanner(pending.get(0).text())
                || HeadlineShape.isColumnLabel(pending.get(0), pending.get(1)))) {
            s.pageWarnings.add(IngestWarning.of(WarningCode.COLUMN_BANNER_DROPPED, pending.get(0).text()));
            pending.remove(0);
        }
        if (AdDetector.isAd(WalkState.texts(pending))) {
            // the rest of a notice opened just before (nothing else printed in between) continues it
            Draft ad = s.openAd != null && s.openAd == s.last() ? s.openAd : s.newAd(pending.get(0).line());
            for (TextUnit line : pending) {
                ad.body.add(new Draft.Para(line.text(), false, -1));
            }
        } else {
            for (int k = 0; k < pending.size(); k++) {
                TextUnit line = pending.get(k);
                if (k + 1 < pending.size() && oneHeadline(line, pending.get(k + 1))) {
                    String joined = WrappedText.join(line.text(), pending.get(k + 1).text());
                    s.pool.add(new HeadlinePlacer.Candidate(joined, line.line(), adjacent));
                    k++;
                } else {
                    s.pool.add(new HeadlinePlacer.Candidate(line.text(), line.line(), adjacent));
                }
            }
        }
        pending.clear();
    }

    /** Two short lines printed one right after the other that read as one headline broken in two. */
    private boolean oneHeadline(TextUnit first, TextUnit second) {
        return s.adjacent(first, second) && HeadlineShape.brokenInTwo(first.text(), second.text());
    }

    /** Short lines inside an article before more text: intertitles; of two in a row the second is a caption. */
    void intertitles() {
        if (s.pending.isEmpty()) {
            return;
        }
        if (AdDetector.isAd(WalkState.texts(s.pending))) {
            flushToPool(null);
            return;
        }
        List<TextUnit> pending = s.pending;
        int n = pending.size();
        for (int k = 0; k < n - 2; k++) {
            s.pool.add(new HeadlinePlacer.Candidate(pending.get(k).text(), pending.get(k).line(), null));
        }
        if (n >= 2) {
            s.current.body.add(new Draft.Para(pending.get(n - 2).text(), true, s.block));
            s.current.captions.add(pending.get(n - 1).text());
        } else {
            s.current.body.add(new Draft.Para(pending.get(0).text(), true, s.block));
        }
        pending.clear();
    }

    /**
     * A numbered heading ("（一）从卖原料到卖材料") between an item's headline block (with its byline) and its first
     * paragraph is the first intertitle: a headline is never numbered.
     */
    boolean opensWithNumberedHeading(Draft item) {
        return !item.headlines.isEmpty() && !item.bylineParts.isEmpty() && !s.pending.isEmpty()
                && TextShape.startsEnumeratedHeading(Norm.of(s.pending.get(0).text()).strip());
    }
}

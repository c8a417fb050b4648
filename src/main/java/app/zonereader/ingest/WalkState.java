package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page walk has read so far, shared by the walk and its helpers ({@link CaptionReader},
 * {@link PendingShortLines}): the draft items, the item being read, the short lines held back, and the pieces still
 * to be placed. Mutable and package-private, like {@link Draft}; one instance per page.
 */
final class WalkState {
    final List<TextUnit> units;
    final List<Draft> drafts = new ArrayList<>();
    final List<IngestWarning> pageWarnings = new ArrayList<>();
    /** Short headline-shaped lines waiting until what follows shows what they are. */
    final List<TextUnit> pending = new ArrayList<>();
    final List<HeadlinePlacer.Candidate> pool = new ArrayList<>();
    final List<SectionRejoiner.Loose> looseCaptions = new ArrayList<>();
    final List<SectionRejoiner.Loose> looseCredits = new ArrayList<>();
    private final Map<TextUnit, Integer> unitIndex = new IdentityHashMap<>();
    /** The item being read; null after a closing byline until something opens the next. */
    Draft current;
    /** The notice being read, while nothing else has been printed after it. */
    Draft openAd;
    int block;
    int lastLooseCaption = -1;
    /** Loose captions printed since the last running text or byline: a picture above whatever text comes next. */
    int captionsSinceText;

    WalkState(List<TextUnit> units) {
        this.units = units;
        for (int k = 0; k < units.size(); k++) {
            unitIndex.put(units.get(k), k);
        }
        current = new Draft(units.isEmpty() ? 1 : units.get(0).line());
        drafts.add(current);
    }

    /** Whether {@code second} was printed right after {@code first}. */
    boolean adjacent(TextUnit first, TextUnit second) {
        Integer a = unitIndex.get(first);
        Integer b = unitIndex.get(second);
        return a != null && b != null && b == a + 1;
    }

    Draft last() {
        return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    }

    Draft newDraft(int line) {
        Draft draft = new Draft(line);
        drafts.add(draft);
        block++;
        return draft;
    }

    Draft newAd(int line) {
        Draft ad = new Draft(line);
        ad.kind = ItemKind.AD;
        drafts.add(ad);
        return ad;
    }

    void close(Draft draft) {
        draft.endedWithByline = true;
        if (draft == current) {
            current = null;
        }
    }

    /** A caption belongs to the item being read, unless headline candidates sit between them. */
    void addCaption(String caption, int line) {
        if (current != null && (pending.isEmpty() || !current.hasBody)) {
            current.captions.add(caption);
        } else {
            looseCaptions.add(new SectionRejoiner.Loose(caption, line));
            captionsSinceText++;
        }
    }

    /** A warning about the item being read, or about the page when no item is open. */
    void warn(IngestWarning warning) {
        (current != null ? current.warnings : pageWarnings).add(warning);
    }

    static List<String> texts(List<TextUnit> lines) {
        List<String> out = new ArrayList<>();
        for (TextUnit line : lines) {
            out.add(line.text());
        }
        return out;
    }
}

package app.zonereader.store;

import app.zonereader.model.ArticleKey;
import app.zonereader.model.TextAnchor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a highlight again after the text under it changed (a better OCR, a better engine): first its exact quote,
 * the occurrence whose surrounding text agrees best with the remembered context; then, failing that, the quote with
 * a few edits. Candidates are the items of the page the highlight was on, so an article cut in two lets each highlight
 * follow its half. Pure: no database, no clock.
 */
final class Reanchorer {
    /** At most this share of a quote's characters may have changed for a fuzzy match to count. */
    static final double MAX_EDIT_SHARE = 0.25;
    /** Between matches of equal quality, the item at the highlight's old position wins by this much. */
    private static final double SAME_ITEM_BONUS = 0.5;
    /** A fuzzy match weighs its context half as much as its quote. */
    private static final double FUZZY_CONTEXT_WEIGHT = 0.5;

    /** How a highlight was found again. */
    enum Quality { EXACT, FUZZY }

    /** An item the highlight may now be in: its key and {@code Article.bodyText()}. */
    record Candidate(ArticleKey key, String text) {
        public Candidate {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Where the highlight is now. */
    record Found(ArticleKey key, TextAnchor anchor, Quality quality) {
    }

    private record Scored(Candidate candidate, int start, int end, double score, int distanceFromOld) {
        boolean beats(Scored other) {
            if (other == null || score > other.score) {
                return true;
            }
            return score == other.score && distanceFromOld < other.distanceFromOld;
        }
    }

    /**
     * @param anchor     where the highlight was, with its quote and context
     * @param formerKey  the item it was on
     * @param candidates the items it may be on now (the page's new items)
     * @return where it is now, or empty when its quote is gone (it becomes an orphan)
     */
    Optional<Found> find(TextAnchor anchor, ArticleKey formerKey, List<Candidate> candidates) {
        if (anchor.isWholeArticle()) {
            throw new IllegalArgumentException("only a quote can be found again");
        }
        Optional<Found> unchanged = unchanged(anchor, formerKey, candidates);
        if (unchanged.isPresent()) {
            return unchanged;
        }
        Scored best = null;
        for (Candidate candidate : candidates) {
            double bonus = candidate.key().ordinal() == formerKey.ordinal() ? SAME_ITEM_BONUS : 0;
            String text = candidate.text();
            for (int at = text.indexOf(anchor.exact()); at >= 0; at = text.indexOf(anchor.exact(), at + 1)) {
                Scored scored = scored(anchor, candidate, at, at + anchor.exact().length(), context(anchor, text, at,
                        at + anchor.exact().length()) + bonus);
                best = scored.beats(best) ? scored : best;
            }
        }
        if (best != null) {
            return Optional.of(found(best, Quality.EXACT));
        }
        return fuzzy(anchor, formerKey, candidates);
    }

    /** The common case after re-processing: the same text at the same place. */
    private static Optional<Found> unchanged(TextAnchor anchor, ArticleKey formerKey, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            if (candidate.key().ordinal() == formerKey.ordinal()) {
                String text = candidate.text();
                if (text.startsWith(anchor.exact(), anchor.start())
                        && context(anchor, text, anchor.start(), anchor.end()) == 1.0) {
                    return Optional.of(new Found(candidate.key(), TextAnchor.of(text, anchor.start(), anchor.end()),
                            Quality.EXACT));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> fuzzy(TextAnchor anchor, ArticleKey formerKey, List<Candidate> candidates) {
        int length = anchor.exact().length();
        int allowed = (int) Math.floor(length * MAX_EDIT_SHARE);
        if (allowed == 0) {
            return Optional.empty();
        }
        Scored best = null;
        for (Candidate candidate : candidates) {
            double bonus = candidate.key().ordinal() == formerKey.ordinal() ? SAME_ITEM_BONUS : 0;
            for (FuzzyMatcher.Match match : FuzzyMatcher.find(anchor.exact(), candidate.text(), allowed)) {
                double quote = 1.0 - (double) match.distance() / length;
                double score = quote + FUZZY_CONTEXT_WEIGHT * context(anchor, candidate.text(), match.start(), match.end())
                        + bonus * FUZZY_CONTEXT_WEIGHT;
                Scored scored = scored(anchor, candidate, match.start(), match.end(), score);
                best = scored.beats(best) ? scored : best;
            }
        }
        return Optional.ofNullable(best).map(found -> found(found, Quality.FUZZY));
    }

    private static Scored scored(TextAnchor anchor, Candidate candidate, int start, int end, double score) {
        return new Scored(candidate, start, end, score, Math.abs(start - anchor.start()));
    }

    private static Found found(Scored scored, Quality quality) {
        return new Found(scored.candidate().key(), TextAnchor.of(scored.candidate().text(), scored.start(), scored.end()),
                quality);
    }

    /**
     * How well the text around {@code [start, end)} agrees with the remembered prefix and suffix, from 0 (not at all)
     * to 1 (all of it): the characters that agree reading outwards from the quote, over the characters remembered.
     */
    static double context(TextAnchor anchor, String text, int start, int end) {
        int remembered = anchor.prefix().length() + anchor.suffix().length();
        if (remembered == 0) {
            return 1.0;
        }
        int agreeing = 0;
        String prefix = anchor.prefix();
        while (agreeing < prefix.length() && start - agreeing - 1 >= 0
                && text.charAt(start - agreeing - 1) == prefix.charAt(prefix.length() - agreeing - 1)) {
            agreeing++;
        }
        String suffix = anchor.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length() && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return (double) (agreeing + after) / remembered;
    }
}

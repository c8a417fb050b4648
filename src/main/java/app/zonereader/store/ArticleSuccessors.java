package app.zonereader.store;

import app.zonereader.model.ArticleKey;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which new item each old item of a page became, for what belongs to a whole article (bookmarks, tags, read state,
 * the article note): the new item holding the largest share of the old item's character pairs. An old item whose
 * text is mostly gone has no successor, and its rows stay under its old key. Pure.
 */
final class ArticleSuccessors {
    /** Below this share of its character pairs found again, an old item counts as gone. */
    static final double MIN_SHARE = 0.5;

    private ArticleSuccessors() {
    }

    /**
     * @param oldItems the page's items before (key and text: title and body)
     * @param newItems the page's items after
     * @return old key → new key, for every old item that has a successor (also when the key is unchanged)
     */
    static Map<ArticleKey, ArticleKey> of(List<Reanchorer.Candidate> oldItems, List<Reanchorer.Candidate> newItems) {
        Map<ArticleKey, ArticleKey> successors = new HashMap<>();
        List<Set<Integer>> newPairs = newItems.stream().map(item -> pairs(item.text())).toList();
        for (Reanchorer.Candidate old : oldItems) {
            successor(old, newItems, newPairs).ifPresent(key -> successors.put(old.key(), key));
        }
        return successors;
    }

    private static Optional<ArticleKey> successor(Reanchorer.Candidate old, List<Reanchorer.Candidate> newItems,
                                                  List<Set<Integer>> newPairs) {
        for (Reanchorer.Candidate candidate : newItems) {
            if (candidate.key().ordinal() == old.key().ordinal() && candidate.text().equals(old.text())) {
                return Optional.of(candidate.key());
            }
        }
        Set<Integer> oldPairs = pairs(old.text());
        if (oldPairs.isEmpty()) {
            return Optional.empty();
        }
        ArticleKey best = null;
        double bestShare = 0;
        for (int i = 0; i < newItems.size(); i++) {
            int shared = 0;
            for (int pair : oldPairs) {
                shared += newPairs.get(i).contains(pair) ? 1 : 0;
            }
            double share = (double) shared / oldPairs.size();
            boolean sameOrdinal = newItems.get(i).key().ordinal() == old.key().ordinal();
            if (share >= MIN_SHARE && (best == null || share > bestShare || (share == bestShare && sameOrdinal))) {
                best = newItems.get(i).key();
                bestShare = share;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The distinct pairs of adjacent characters, each packed in an int. */
    private static Set<Integer> pairs(String text) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.charAt(i) << 16 | text.charAt(i + 1));
        }
        return pairs;
    }
}

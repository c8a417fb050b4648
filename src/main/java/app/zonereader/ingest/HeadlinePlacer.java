package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.WarningCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Gives headlines printed away from their article (the paper sometimes sets them after the body, at the end of the
 * page, or stacked above another item's 本报讯) to the article they describe. A headline repeats the words of its
 * article's opening, and nearly always its zone name (X高新区), so each candidate is scored against every article by
 * page-weighted shared bigrams — with the opening paragraphs counting most — plus zone-name agreement, plus a small
 * bonus for the item printed right below it. Assignment is greedy from the best score down; an article takes at most
 * two (title and subtitle, ordered as printed). A candidate that fits nothing is reported, not forced.
 */
final class HeadlinePlacer {
    private static final double THRESHOLD = 0.3;
    /** A headline printed right above its 本报讯 item needs little textual support (the bonus is included). */
    private static final double ADJACENT_THRESHOLD = 0.2;
    private static final int WINDOW = 15;

    /** A headline-shaped line waiting for its article; {@code adjacent} is the item printed right after it, if any. */
    record Candidate(String text, int line, Draft adjacent) {
    }

    private record Match(Candidate candidate, Draft article, double score) {
    }

    private final List<Draft> drafts;
    private final List<IngestWarning> pageWarnings;
    private final BigramSimilarity similarity;

    HeadlinePlacer(List<Draft> drafts, List<IngestWarning> pageWarnings, BigramSimilarity similarity) {
        this.drafts = drafts;
        this.pageWarnings = pageWarnings;
        this.similarity = similarity;
    }

    void place(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        List<Draft> articles = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.kind == ItemKind.ARTICLE) {
                articles.add(draft);
            }
        }
        articles.sort(Comparator.comparingInt(d -> d.line));
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            BigramSet grams = BigramSimilarity.bigrams(candidate.text());
            Set<String> zones = BigramSimilarity.zoneKeys(candidate.text());
            int at = insertionIndex(articles, candidate.line());
            for (int k = Math.max(0, at - WINDOW); k < Math.min(articles.size(), at + WINDOW); k++) {
                Draft article = articles.get(k);
                if (article.headlines.size() >= 2) {
                    continue;
                }
                double score = 0.6 * similarity.coverage(grams, article.openingGrams())
                        + 0.4 * similarity.coverage(grams, article.grams())
                        + 0.3 * BigramSimilarity.zoneAgreement(zones, article.zones())
                        + (candidate.adjacent() == article ? 0.15 : 0);
                matches.add(new Match(candidate, article, score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        Set<Candidate> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Match match : matches) {
            boolean adjacent = match.candidate().adjacent() == match.article();
            if (match.score() < (adjacent ? ADJACENT_THRESHOLD : THRESHOLD)) {
                continue;
            }
            if (placed.contains(match.candidate()) || match.article().headlines.size() >= 2) {
                continue;
            }
            match.article().headlines.add(new Draft.Headline(match.candidate().text(), match.candidate().line()));
            placed.add(match.candidate());
        }
        for (Draft article : articles) {
            article.headlines.sort(Comparator.comparingInt(Draft.Headline::line));
        }
        for (Candidate candidate : candidates) {
            if (!placed.contains(candidate)) {
                pageWarnings.add(IngestWarning.of(WarningCode.HEADLINE_UNPLACED, candidate.text()));
            }
        }
    }

    /** Index of the first article printed after {@code line} (articles are sorted by line). */
    static int insertionIndex(List<Draft> articles, int line) {
        int low = 0;
        int high = articles.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (articles.get(mid).line < line) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

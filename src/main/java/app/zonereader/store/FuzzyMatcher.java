package app.zonereader.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a pattern occurs in a text with at most {@code k} edits (insertions, deletions, substitutions): Sellers'
 * approximate substring matching with Ukkonen's cut-off, which only computes the rows that can still stay within
 * {@code k}, so a search costs about {@code k · n} steps instead of {@code m · n}.
 */
final class FuzzyMatcher {
    private FuzzyMatcher() {
    }

    /** One approximate occurrence: {@code text[start, end)} is {@code distance} edits from the pattern. */
    record Match(int start, int end, int distance) {
    }

    /** Fewer edits first; between equals, the span whose length is nearer the pattern's (a substitution, not a gap). */
    private static boolean closer(Match candidate, Match best, int patternLength) {
        if (candidate.distance() != best.distance()) {
            return candidate.distance() < best.distance();
        }
        return Math.abs(candidate.end() - candidate.start() - patternLength)
                < Math.abs(best.end() - best.start() - patternLength);
    }

    /**
     * The best occurrence in each run of overlapping end positions that stay within {@code k} edits, in text order.
     * An empty pattern or a negative {@code k} finds nothing.
     */
    static List<Match> find(String pattern, String text, int k) {
        int m = pattern.length();
        List<Match> matches = new ArrayList<>();
        if (m == 0 || k < 0) {
            return matches;
        }
        // cost[i]: edits between pattern[0, i) and the best text substring ending here; start[i]: where that substring starts.
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        int lastActive = Math.min(k, m);
        Match runBest = null;
        int runEnd = -1;
        for (int j = 1; j <= text.length(); j++) {
            char c = text.charAt(j - 1);
            int diagonalCost = cost[0];
            int diagonalStart = start[0];
            cost[0] = 0;
            start[0] = j;   // a match may begin after any text character
            for (int i = 1; i <= lastActive; i++) {
                int aboveCost = cost[i];
                int aboveStart = start[i];
                int bestCost = diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1);
                int bestStart = diagonalStart;
                if (aboveCost + 1 < bestCost) {           // skip a text character
                    bestCost = aboveCost + 1;
                    bestStart = aboveStart;
                }
                if (cost[i - 1] + 1 < bestCost) {         // skip a pattern character
                    bestCost = cost[i - 1] + 1;
                    bestStart = start[i - 1];
                }
                diagonalCost = aboveCost;
                diagonalStart = aboveStart;
                cost[i] = bestCost;
                start[i] = bestStart;
            }
            if (lastActive < m) {
                // The row below the active ones was out of reach before this column: it is its diagonal + 1 at best.
                int i = lastActive + 1;
                cost[i] = Math.min(diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1), cost[i - 1] + 1);
                start[i] = diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1) <= cost[i - 1] + 1 ? diagonalStart : start[i - 1];
                lastActive = i;
            }
            while (lastActive > 0 && cost[lastActive] > k) {
                lastActive--;
            }
            if (lastActive == m) {
                Match match = new Match(start[m], j, cost[m]);
                if (runBest != null && match.start() >= runEnd) {
                    matches.add(runBest);
                    runBest = null;
                }
                if (runBest == null || closer(match, runBest, m)) {
                    runBest = match;
                }
                runEnd = Math.max(runEnd, j);
            }
        }
        if (runBest != null) {
            matches.add(runBest);
        }
        return matches;
    }
}

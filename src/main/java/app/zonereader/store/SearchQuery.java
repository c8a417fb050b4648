package app.zonereader.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One user query in every form a search needs, each term folded and split into words once (the app's folder and
 * segmenter are dictionary look-ups, too slow to repeat for each table and each hit).
 */
final class SearchQuery {
    private final List<String> wordPhrases;
    private final List<String> needles;
    private final List<String> words;

    private SearchQuery(List<String> wordPhrases, List<String> needles, List<String> words) {
        this.wordPhrases = wordPhrases;
        this.needles = needles;
        this.words = words;
    }

    /** @param text plain user text, read by {@link QueryParser} */
    static SearchQuery of(String text, WordSplitter splitter, TextFolder folder) {
        List<String> phrases = new ArrayList<>();
        boolean everyTermHasWords = true;
        Set<String> needles = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (QueryTerm term : QueryParser.parse(text)) {
            String folded = TextFolder.safely(folder, term.phrase() ? SearchText.closeHanGaps(term.text()) : term.text());
            needles.addAll(SearchText.pieces(folded));
            List<String> termWords = splitter.words(folded);
            String spaced = SearchText.words(termWords);
            if (spaced.chars().noneMatch(c -> SearchText.isTokenChar((char) c))) {
                everyTermHasWords = false;
            }
            phrases.add(SearchText.quoted(spaced) + (term.prefix() ? "*" : ""));
            for (String word : termWords) {
                if (word.strip().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word.strip());
                }
            }
        }
        // A term of punctuation only has no words; the substring path alone can answer the query then.
        return new SearchQuery(everyTermHasWords ? List.copyOf(phrases) : List.of(), List.copyOf(needles),
                List.copyOf(words));
    }

    /** True when the text held nothing to look for (no terms; or, with an odd folder, only whitespace once folded). */
    boolean isEmpty() {
        return needles.isEmpty();
    }

    /** The FTS5 expression for the word table: each term a quoted phrase of its words; empty when a term has none. */
    Optional<String> wordExpression() {
        return wordPhrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", wordPhrases));
    }

    /** The terms of {@link #wordExpression()} one by one, each an FTS5 phrase (a prefix one ends in '*'). */
    List<String> wordPhrases() {
        return wordPhrases;
    }

    /** Every folded, whitespace-free piece of the query that an article must contain, without repeats. */
    List<String> needles() {
        return needles;
    }

    /** The query's words (folded), for marking word hits whose words are not adjacent in the text. */
    List<String> words() {
        return words;
    }
}

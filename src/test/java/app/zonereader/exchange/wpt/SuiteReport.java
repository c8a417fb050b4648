package app.zonereader.exchange.wpt;

import app.zonereader.exchange.wpt.AssertionResult.Outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The results of running the suite's tests against several documents, counted and written out for people. */
final class SuiteReport {
    private final List<AssertionResult> results = new ArrayList<>();
    private final Map<String, Integer> documents = new TreeMap<>();

    /** @param document what was tested, e.g. "annotation urn:uuid:…" or "collection" */
    void add(String document, List<AssertionResult> run) {
        documents.merge(document, 1, Integer::sum);
        results.addAll(run);
    }

    int documentCount() {
        return documents.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<AssertionResult> mustFailures() {
        return results.stream().filter(AssertionResult::isMustFailure).toList();
    }

    List<AssertionResult> missing() {
        return results.stream().filter(result -> result.outcome() == Outcome.MISSING).toList();
    }

    /** Assertions evaluated (passed or failed), not counting skipped or missing ones. */
    long evaluated() {
        return results.stream().filter(r -> r.outcome() == Outcome.PASSED || r.outcome() == Outcome.FAILED).count();
    }

    /** Counts per assertion type and outcome, e.g. {@code MUST={PASSED=420, FAILED=0}}. */
    Map<AssertionType, Map<Outcome, Long>> counts() {
        Map<AssertionType, Map<Outcome, Long>> counts = new EnumMap<>(AssertionType.class);
        for (AssertionResult result : results) {
            counts.computeIfAbsent(result.type(), type -> new EnumMap<>(Outcome.class))
                    .merge(result.outcome(), 1L, Long::sum);
        }
        return counts;
    }

    String summary() {
        return documents.size() + " documents, " + evaluated() + " assertions evaluated: " + counts();
    }

    /**
     * The summary, then one line per assertion of each test: how many documents it passed and failed (or skipped,
     * or could not find), then the first message of each failing assertion.
     */
    String text() {
        Map<String, Map<Outcome, Long>> perAssertion = results.stream().collect(Collectors.groupingBy(
                r -> "[" + r.type() + "] " + r.test() + " :: " + r.assertion(), LinkedHashMap::new,
                Collectors.groupingBy(AssertionResult::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting())));
        String lines = perAssertion.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining("\n"));
        String messages = results.stream().filter(r -> r.outcome() == Outcome.FAILED)
                .collect(Collectors.toMap(r -> r.test() + " :: " + r.assertion(), AssertionResult::message,
                        (first, later) -> first, LinkedHashMap::new))
                .entrySet().stream().map(entry -> entry.getKey() + " — " + entry.getValue())
                .collect(Collectors.joining("\n"));
        return summary() + "\n\n" + lines + "\n\n" + messages + "\n";
    }
}

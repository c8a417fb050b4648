package app.zonereader.exchange.wpt;

import app.zonereader.exchange.wpt.AssertionResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a loaded .test against one JSON document with the semantics of the suite's harness
 * ({@code annotation-model/scripts/JSONtest.js}, {@code runTests}):
 * <ul>
 *   <li>an assertion passes when validation gives its {@code expectedResult} (valid unless "invalid");</li>
 *   <li>after an unexpected result, {@code onUnexpectedResult} decides whether the rest of the current list runs
 *       (continue), is skipped (skip) or the whole test stops (abort);</li>
 *   <li>a condition object passes when all ("and") or any ("or") of its children passed; its children are run and
 *       reported too, and its own {@code onUnexpectedResult} then applies;</li>
 *   <li>failures of the types in the test's {@code skipFailures} are not reported.</li>
 * </ul>
 * One departure: JSONtest fails a whole test whose files cannot all be loaded; here each missing file is reported as
 * {@link Outcome#MISSING} and the rest still run, so a partial copy of the suite says as much as it can.
 */
final class JsonTestRunner {
    List<AssertionResult> run(JsonTest test, JsonNode content) {
        List<AssertionResult> results = new ArrayList<>();
        new Run(test, content, results).list(test.assertions(), NextAction.CONTINUE);
        return results;
    }

    /** The action the list ended with, and the result of each assertion that ran, in order. */
    private record ListOutcome(NextAction action, List<Boolean> results) {
    }

    private record Run(JsonTest test, JsonNode content, List<AssertionResult> out) {
        ListOutcome list(List<Assertion> assertions, NextAction start) {
            NextAction action = start;
            List<Boolean> results = new ArrayList<>();
            for (Assertion assertion : assertions) {
                if (assertion instanceof Assertion.Condition condition) {
                    action = condition(condition, action);  // JSONtest evaluates a condition even after a skip
                    continue;
                }
                if (action == NextAction.ABORT) {
                    continue;  // JSONtest runs nothing more, conditions aside
                }
                if (assertion instanceof Assertion.Nested nested) {
                    if (list(nested.children(), action).action() == NextAction.ABORT) {
                        action = NextAction.ABORT;
                    }
                } else if (assertion instanceof Assertion.Unresolved missing) {
                    out.add(new AssertionResult(test.path(), missing.reference(), AssertionType.MUST, Outcome.MISSING,
                            "not in the local copy of the suite"));
                } else if (assertion instanceof Assertion.Schema schema) {
                    action = schema(schema, action, results);
                }
            }
            return new ListOutcome(action, results);
        }

        private NextAction condition(Assertion.Condition condition, NextAction action) {
            ListOutcome children = list(condition.children(), action);
            boolean result = condition.anyOf() ? children.results().contains(true) : !children.results().contains(false);
            report(condition.meta(), result, result ? "" : condition.meta().errorMessage());
            return result ? NextAction.CONTINUE : condition.meta().onUnexpected();
        }

        private NextAction schema(Assertion.Schema schema, NextAction action, List<Boolean> results) {
            Assertion.Meta meta = schema.meta();
            if (action != NextAction.CONTINUE) {
                out.add(new AssertionResult(test.path(), meta.name(), meta.type(), Outcome.SKIPPED, ""));
                return action;
            }
            Set<ValidationMessage> findings = schema.schema().validate(content);
            boolean result = findings.isEmpty() == meta.expectValid();
            results.add(result);
            report(meta, result, result ? "" : meta.errorMessage() + describe(findings));
            return result ? NextAction.CONTINUE : meta.onUnexpected();
        }

        private void report(Assertion.Meta meta, boolean passed, String message) {
            if (passed || !test.skipFailures().contains(meta.type())) {
                out.add(new AssertionResult(test.path(), meta.name(), meta.type(),
                        passed ? Outcome.PASSED : Outcome.FAILED, message));
            }
        }

        private static String describe(Set<ValidationMessage> findings) {
            return findings.isEmpty() ? "" : " " + findings.stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.joining("; ", "[", "]"));
        }
    }
}

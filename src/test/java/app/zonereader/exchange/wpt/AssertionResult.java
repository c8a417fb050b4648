package app.zonereader.exchange.wpt;

/**
 * One line of a JSONtest run, as the harness would report it.
 *
 * @param test      the .test file, relative to the suite folder
 * @param assertion the assertion file, or the title of an inline assertion or condition
 * @param type      must, should or may
 * @param outcome   passed, failed, skipped (by an earlier failAndSkip / failAndAbort) or missing (file not found)
 * @param message   the assertion's errorMessage and the validator's findings when it failed, else ""
 */
record AssertionResult(String test, String assertion, AssertionType type, Outcome outcome, String message) {
    enum Outcome { PASSED, FAILED, SKIPPED, MISSING }

    boolean isMustFailure() {
        return type == AssertionType.MUST && outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return outcome + " [" + type + "] " + test + " :: " + assertion + (message.isEmpty() ? "" : " — " + message);
    }
}

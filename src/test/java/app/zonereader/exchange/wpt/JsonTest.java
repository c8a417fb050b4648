package app.zonereader.exchange.wpt;

import java.util.List;
import java.util.Set;

/**
 * A loaded .test file.
 *
 * @param path         relative to the suite folder, e.g. {@code annotations/annotationMusts.test}
 * @param assertions   its assertion list, expanded
 * @param skipFailures assertion types whose failures the harness does not report ({@code skipFailures})
 */
record JsonTest(String path, List<Assertion> assertions, Set<AssertionType> skipFailures) {
}

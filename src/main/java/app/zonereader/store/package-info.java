/**
 * The library on disk: one SQLite file (WAL, foreign keys on, synchronous FULL) with its schema in numbered
 * migrations ({@code db/migration/V<n>__*.sql}, tracked by {@code PRAGMA user_version}), and full-text search.
 * <p>
 * Entry point: {@link app.zonereader.store.LibraryStore}. It stores a {@link app.zonereader.model.Page} with all its
 * items in one transaction (idempotent by content hash), reads articles back as model records, counts per zone and
 * province, searches, and keeps daily backups ({@link app.zonereader.store.Backups}).
 * <p>
 * Search ({@link app.zonereader.store.SearchIndex}) never misses an article that contains the query text verbatim:
 * <ul>
 *   <li>{@code search_words}: title / body / tags as words (the app's {@link app.zonereader.store.WordSplitter}),
 *       ranked by bm25 with the title weighted highest; phrases and prefixes work on words.</li>
 *   <li>{@code search_titles}: the same title and subtitle words alone (schema V10), so that title matches, listed
 *       first, are found without reading every row that holds the words in a body.</li>
 *   <li>{@code search_trigrams}: the folded document, trigram-indexed: any string of 3+ characters. Contentless
 *       (schema V6): the index only; snippets come from the articles' own text, folded at search time.</li>
 *   <li>{@code search_grams}: each article's distinct characters and character pairs: any 1–2 letter/digit string.</li>
 *   <li>short strings with punctuation: a scan of the stored folded documents (rare).</li>
 * </ul>
 * Word hits come first, then articles that hold the text only across word boundaries, newest first.
 * User data (bookmarks, highlights, notes, read state, corrections) is keyed by {@code content_hash:ordinal}, so it
 * survives any re-import.
 */
package app.zonereader.store;

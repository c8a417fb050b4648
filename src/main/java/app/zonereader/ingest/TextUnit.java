package app.zonereader.ingest;

/**
 * A paragraph candidate after reflow: hard-wrapped lines joined back into one text.
 *
 * @param text       the joined text (display form)
 * @param line       1-based line number of its first line in the page
 * @param standalone a single short headline-shaped line that reflow left on its own (title, intertitle, caption…)
 * @param closed     a line that is complete in itself: a byline, a photo credit or a jump line
 */
record TextUnit(String text, int line, boolean standalone, boolean closed) {
}

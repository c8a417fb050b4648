package app.zonereader.ui;

/**
 * Where a running import stands, for the progress view.
 *
 * @param done        files finished (imported, present, replaced or not imported)
 * @param total       files in the import
 * @param currentFile the file last finished, "" before the first
 * @param articles    items stored so far
 */
record ImportProgress(int done, int total, String currentFile, int articles) {
    static final ImportProgress NONE = new ImportProgress(0, 0, "", 0);

    /** The fraction done, or -1 (indeterminate) while the files are being listed. */
    double fraction() {
        return total == 0 ? -1 : (double) done / total;
    }
}

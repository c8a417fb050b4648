package app.zonereader.service;

import app.zonereader.model.ImportReport;

/** Told about each file as an import of several files goes on. Called on the importing thread. */
public interface ImportListener {
    /**
     * @param done   files finished so far, including this one
     * @param total  files in this import
     * @param report what happened to this file
     */
    void fileDone(int done, int total, ImportReport report);

    ImportListener NONE = (done, total, report) -> { };
}

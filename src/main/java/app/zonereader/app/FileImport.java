package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.service.ImportListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * An import of files and folders as the reader gives them: the scan lists the files (paths only), the ones that
 * cannot even be listed are reported first, then {@link PageImport} reads the others one by one. The listener sees
 * every file, with the total of the whole listing, so "files done of total" ends at the total.
 */
final class FileImport {
    private final PageImport pages;
    private final FileScan scan;

    FileImport(PageImport pages, long maxBytes) {
        this.pages = pages;
        this.scan = new FileScan(maxBytes);
    }

    List<ImportReport> run(List<Path> filesOrFolders, ImportListener listener, BooleanSupplier cancelled,
                           boolean replace) {
        FileScan.Listing listing = scan.scan(filesOrFolders);
        int total = listing.size();
        List<ImportReport> reports = new ArrayList<>(listing.notImported());
        for (int i = 0; i < reports.size(); i++) {
            listener.fileDone(i + 1, total, reports.get(i));
        }
        int before = reports.size();
        reports.addAll(pages.run(listing.files(),
                (done, ignoredTotal, report) -> listener.fileDone(before + done, total, report), cancelled, replace));
        return reports;
    }
}

package app.zonereader.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The end of an import, told in numbers: what the window's report and the command line's last lines show.
 *
 * @param files           files looked at (imported, present, replaced and not imported)
 * @param newPages        pages added
 * @param newArticles     items added by new and replacing pages
 * @param duplicates      files whose content was already in the library
 * @param replaced        pages replaced by a new version
 * @param articlesPerZone items added per zone name ("" for no zone), most first
 * @param notImported     every file that was not imported, with its reason
 * @param cancelled       the import was stopped before every file was done
 */
public record ImportSummary(int files, int newPages, int newArticles, int duplicates, int replaced,
                            List<CountByName> articlesPerZone, List<ImportReport> notImported, boolean cancelled) {
    public ImportSummary {
        articlesPerZone = List.copyOf(Objects.requireNonNull(articlesPerZone, "articlesPerZone"));
        notImported = List.copyOf(Objects.requireNonNull(notImported, "notImported"));
    }

    /** Adds up the files' reports (a pure tally: what was stored is what the reports say). */
    public static ImportSummary of(List<ImportReport> reports, boolean cancelled) {
        int newPages = 0;
        int newArticles = 0;
        int duplicates = 0;
        int replaced = 0;
        Map<String, Integer> perZone = new HashMap<>();
        for (ImportReport report : reports) {
            switch (report.status()) {
                case IMPORTED -> newPages++;
                case ALREADY_PRESENT -> duplicates++;
                case REPLACED -> replaced++;
                case FAILED -> { }
            }
            newArticles += report.articleCount();
            report.articlesPerZone().forEach((zone, count) -> perZone.merge(zone, count, Integer::sum));
        }
        List<CountByName> zones = perZone.entrySet().stream()
                .map(entry -> new CountByName(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(CountByName::count).reversed()
                        .thenComparing(CountByName::name))
                .toList();
        List<ImportReport> failed = reports.stream().filter(r -> r.status() == ImportStatus.FAILED).toList();
        return new ImportSummary(reports.size(), newPages, newArticles, duplicates, replaced, zones, failed, cancelled);
    }
}

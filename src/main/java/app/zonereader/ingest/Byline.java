package app.zonereader.ingest;

import java.util.List;

/**
 * A byline as printed (without its ▶ marker) and the people it names.
 *
 * @param text  e.g. "本报记者 戈清平", "闫丽君 李冠英", "（作者单位：永川高新区管委会）"
 * @param names the reporters' names, e.g. ["戈清平"]
 */
record Byline(String text, List<String> names) {
    Byline {
        names = List.copyOf(names);
    }
}

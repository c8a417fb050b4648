package app.zonereader.app;

import app.zonereader.model.IngestWarning;
import app.zonereader.ui.WarningTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ingest warnings on the command line: in English, from the bundle the window uses, so the texts never drift. */
final class CliWarnings {
    private static final WarningTexts ENGLISH = WarningTexts.english();

    private CliWarnings() {
    }

    static String text(IngestWarning warning) {
        return ENGLISH.render(warning);
    }

    /** For JSON output: the code and arguments a program can act on, and the English text. */
    static List<Map<String, Object>> json(List<IngestWarning> warnings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IngestWarning warning : warnings) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", warning.code().name());
            json.put("args", warning.args());
            json.put("text", text(warning));
            out.add(json);
        }
        return out;
    }
}

package app.zonereader.ingest;

import app.zonereader.model.IngestWarning;

import java.util.List;

/**
 * A page file's bytes turned into text.
 *
 * @param text     the text, line ends normalised to \n, control characters removed
 * @param charset  the charset that was detected, e.g. "UTF-8", "GB18030"
 * @param warnings what was repaired or guessed
 */
public record DecodedText(String text, String charset, List<IngestWarning> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}

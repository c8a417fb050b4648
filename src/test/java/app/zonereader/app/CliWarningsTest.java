package app.zonereader.app;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CliWarningsTest {
    private static final IngestWarning JUMP = IngestWarning.of(WarningCode.JUMP_LINE_REMOVED, "下转第4版");

    @Test
    void theCommandLineSpeaksEnglish() {
        assertEquals("Removed a jump line \"下转第4版\": the article continues on another page.", CliWarnings.text(JUMP));
    }

    @Test
    void jsonOutputGivesTheCodeTheArgumentsAndTheText() {
        assertEquals(List.of(Map.of("code", "JUMP_LINE_REMOVED", "args", List.of("下转第4版"),
                        "text", "Removed a jump line \"下转第4版\": the article continues on another page.")),
                CliWarnings.json(List.of(JUMP)));
    }
}

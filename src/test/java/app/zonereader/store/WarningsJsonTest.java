package app.zonereader.store;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WarningsJsonTest {
    @Test
    void warningsAreStoredAsObjectsWithACodeAndArguments() {
        List<IngestWarning> warnings = List.of(IngestWarning.of(WarningCode.JUMP_LINE_REMOVED, "下转第4版 \"引号\"\n"),
                IngestWarning.of(WarningCode.NO_ARTICLE_FOUND));
        String json = WarningsJson.encode(warnings);
        assertEquals("[{\"code\":\"JUMP_LINE_REMOVED\",\"args\":[\"下转第4版 \\\"引号\\\"\\n\"]},"
                + "{\"code\":\"NO_ARTICLE_FOUND\",\"args\":[]}]", json);
        assertEquals(warnings, WarningsJson.decode(json));
        assertEquals("[]", WarningsJson.encode(List.of()));
    }

    @Test
    void plainStringsFromOlderVersionsReadAsLegacyWarnings() {
        assertEquals(List.of(IngestWarning.of(WarningCode.LEGACY, "The file is empty.")),
                WarningsJson.decode("[\"The file is empty.\"]"));
    }

    @Test
    void aCodeThisVersionDoesNotKnowIsKeptAsLegacyText() {
        assertEquals(List.of(IngestWarning.of(WarningCode.LEGACY, "{\"code\":\"FROM_THE_FUTURE\",\"args\":[\"x\"]}")),
                WarningsJson.decode("[{\"code\":\"FROM_THE_FUTURE\",\"args\":[\"x\"]}]"));
        assertEquals(List.of(IngestWarning.of(WarningCode.LEGACY, "{\"code\":\"NUL_REMOVED\",\"args\":[]}")),
                WarningsJson.decode("[{\"code\":\"NUL_REMOVED\",\"args\":[]}]"), "wrong argument count");
    }

    @Test
    void aDamagedColumnFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> WarningsJson.decode("{\"code\":"));
        assertThrows(IllegalArgumentException.class, () -> WarningsJson.decode("{}"));
    }
}

package app.zonereader.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestWarningTest {
    @Test
    void aWarningCarriesExactlyItsCodesArguments() {
        assertEquals(List.of("UTF-16LE"), IngestWarning.of(WarningCode.CHARSET_FROM_ZERO_BYTES, "UTF-16LE").args());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> IngestWarning.of(WarningCode.SEVERAL_ZONES, "永川高新区"));
        assertTrue(wrong.getMessage().contains("SEVERAL_ZONES takes 2"), wrong.getMessage());
    }

    @Test
    void argumentsAreCopied() {
        List<String> args = new java.util.ArrayList<>(List.of("下转第4版"));
        IngestWarning warning = new IngestWarning(WarningCode.JUMP_LINE_REMOVED, args);
        args.set(0, "changed");
        assertEquals(List.of("下转第4版"), warning.args());
    }
}

package app.zonereader.ui;

import app.zonereader.model.IngestWarning;
import app.zonereader.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningTextsTest {
    private static final WarningTexts CHINESE = new WarningTexts(new Texts(Texts.bundle(Locale.CHINESE)));

    @Test
    void everyCodeHasItsOwnTextInBothLanguagesWithItsArgumentsFilledIn() {
        Set<String> keys = new HashSet<>();
        for (WarningCode code : WarningCode.values()) {
            assertTrue(keys.add(WarningTexts.keyOf(code)), "two codes share the key of " + code);
            IngestWarning warning = new IngestWarning(code, Collections.nCopies(code.arity(), "〔参数〕"));
            for (WarningTexts texts : java.util.List.of(CHINESE, WarningTexts.english())) {
                String text = texts.render(warning);
                assertFalse(text.startsWith("!"), code + " has no text");
                assertEquals(code.arity() == 0 ? 0 : 1, text.contains("〔参数〕") ? 1 : 0, code + ": " + text);
                assertFalse(text.contains("{"), code + " leaves a placeholder: " + text);
            }
        }
    }

    @Test
    void theWindowsLanguageAndEnglishForTheCommandLine() {
        IngestWarning warning = IngestWarning.of(WarningCode.SEVERAL_ZONES, "昆山高新区", "常熟高新区");
        assertEquals("提到多个高新区（昆山高新区、常熟高新区…），没有一个占主导，未归入任何高新区。", CHINESE.render(warning));
        assertEquals("Names several zones (昆山高新区, 常熟高新区 …) with none standing out; no zone attributed.",
                WarningTexts.english().render(warning));
    }

    @Test
    void aLegacyWarningShowsItsTextAsStored() {
        assertEquals("Removed 2 NUL character(s).",
                CHINESE.render(IngestWarning.of(WarningCode.LEGACY, "Removed 2 NUL character(s).")));
    }

    @Test
    void argumentsAreNeverReadAsPatterns() {
        assertEquals("栏目名未计入文章：'{0}' 园区·聚焦",
                CHINESE.render(IngestWarning.of(WarningCode.COLUMN_BANNER_DROPPED, "'{0}' 园区·聚焦")));
    }
}

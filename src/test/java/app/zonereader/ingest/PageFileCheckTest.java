package app.zonereader.ingest;

import app.zonereader.model.PageProblem;
import app.zonereader.model.SkipReason;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFileCheckTest {
    private static final String PAGE = "永川高新区建产城职创融合发展示范区\n本报讯 近日，教育部、重庆市政府联合印发《意见》。\n";

    private static Optional<PageProblem> check(byte[] bytes) {
        return PageFileCheck.problem(bytes, Decoder.decode(bytes));
    }

    @Test
    void knownFormatsAreNotTextAndNamed() {
        assertEquals(new PageProblem(SkipReason.NOT_TEXT, "PDF"),
                check("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
        assertEquals("PNG", check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).orElseThrow().detail());
        assertTrue(check(new byte[] {'P', 'K', 3, 4, 20, 0}).orElseThrow().detail().contains("docx"));
    }

    @Test
    void binaryDataWithoutASignatureIsRefusedByItsUndecodableShare() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        assertEquals(SkipReason.NOT_TEXT, check(noise).orElseThrow().reason());
    }

    @Test
    void nothingOrOnlyWhiteSpaceIsEmpty() {
        assertEquals(SkipReason.EMPTY, check(new byte[0]).orElseThrow().reason());
        assertEquals(SkipReason.EMPTY, check(" \r\n\t\n".getBytes(StandardCharsets.UTF_8)).orElseThrow().reason());
        assertEquals(SkipReason.EMPTY, check("\n\n".getBytes(StandardCharsets.UTF_16)).orElseThrow().reason());
    }

    @Test
    void textInAnyEncodingIsAPageEvenWithAFewBadBytes() {
        assertEquals(Optional.empty(), check(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), check(PAGE.getBytes(Charset.forName("GB18030"))));
        assertEquals(Optional.empty(), check(PAGE.getBytes(StandardCharsets.UTF_16)));
        byte[] damaged = PAGE.getBytes(StandardCharsets.UTF_8);
        damaged[5] = (byte) 0xFF;
        assertEquals(Optional.empty(), check(damaged));
    }

    @Test
    void aPageBeyondTheEnginesBudgetIsRefusedQuickly() {
        byte[] oneLine = "高新区".repeat(PageFileCheck.MAX_LINE_CHARS).getBytes(StandardCharsets.UTF_8);
        PageProblem line = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> check(oneLine)).orElseThrow();
        assertEquals(SkipReason.PAGE_TOO_LONG, line.reason());
        assertEquals(3 * PageFileCheck.MAX_LINE_CHARS + " > " + PageFileCheck.MAX_LINE_CHARS, line.detail());

        byte[] book = (PAGE.repeat(PageFileCheck.MAX_PAGE_CHARS / PAGE.length() + 1)).getBytes(StandardCharsets.UTF_8);
        assertEquals(SkipReason.PAGE_TOO_LONG, check(book).orElseThrow().reason());

        String longestAllowed = "高".repeat(PageFileCheck.MAX_LINE_CHARS) + "\r\n" + PAGE;
        assertEquals(Optional.empty(), check(longestAllowed.getBytes(StandardCharsets.UTF_8)));
    }
}

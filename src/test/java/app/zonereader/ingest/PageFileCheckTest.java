package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFileCheckTest {
    private static Optional<String> check(byte[] bytes) {
        return PageFileCheck.problem(bytes, Decoder.decode(bytes));
    }

    @Test
    void knownFormatsAreNamedWithWhatToDo() {
        assertTrue(check("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow().contains("PDF"));
        assertTrue(check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).orElseThrow().contains("PNG image"));
        assertTrue(check(new byte[] {'P', 'K', 3, 4, 20, 0}).orElseThrow().contains("docx"));
    }

    @Test
    void binaryDataWithoutASignatureIsRefusedByItsUndecodableShare() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        assertTrue(check(noise).orElseThrow().startsWith("not a text page:"));
    }

    @Test
    void textInAnyEncodingIsAPageEvenWithAFewBadBytes() {
        String page = "永川高新区建产城职创融合发展示范区\n本报讯 近日，教育部、重庆市政府联合印发《意见》。\n";
        assertEquals(Optional.empty(), check(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), check(page.getBytes(java.nio.charset.Charset.forName("GB18030"))));
        assertEquals(Optional.empty(), check(page.getBytes(StandardCharsets.UTF_16)));
        byte[] damaged = page.getBytes(StandardCharsets.UTF_8);
        damaged[5] = (byte) 0xFF;
        assertEquals(Optional.empty(), check(damaged));
        assertEquals(Optional.empty(), check(new byte[0]));
    }
}

package app.zonereader.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SizesTest {
    @Test
    void sizesAsPeopleWriteThem() {
        assertEquals(5L << 20, Sizes.parse("5M"));
        assertEquals(5L << 20, Sizes.parse("5MB"));
        assertEquals(5L << 20, Sizes.parse("5mib"));
        assertEquals(500L << 10, Sizes.parse("500K"));
        assertEquals(1L << 30, Sizes.parse("1G"));
        assertEquals(1_048_576, Sizes.parse("1048576"));
        assertEquals(1536L << 10, Sizes.parse("1.5M"));
    }

    @Test
    void nonsenseIsRefusedWithTheWordGiven() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Sizes.parse("big")).getMessage().contains("'big'"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("-5M"));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("M"));
    }

    @Test
    void theCommandLineTakesMaxSize() {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = Cli.standard().run(java.util.List.of("import", "--max-size", "lots", "x.txt"),
                new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertEquals(Cli.EXIT_USAGE, exit);
        assertTrue(err.toString().contains("--max-size") && err.toString().contains("not a size: 'lots'"), err.toString());
    }
}

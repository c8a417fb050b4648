package app.zonereader.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkFontTest {
    @Test
    void takesTheFirstPreferredFamilyThatIsInstalled() {
        assertEquals(Optional.of("WenQuanYi Micro Hei"),
                CjkFont.choose(CjkFont.PREFERRED, Set.of("DejaVu Sans", "Microsoft YaHei", "WenQuanYi Micro Hei")));
    }

    @Test
    void noCjkFontKeepsThePlatformDefault() {
        assertEquals(Optional.empty(), CjkFont.choose(CjkFont.PREFERRED, Set.of("DejaVu Sans")));
    }

    @Test
    void prefersNotoThenWenQuanYiThenYaHeiThenPingFang() {
        assertEquals("Noto Sans CJK SC", CjkFont.PREFERRED.get(0));
        assertEquals(List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"),
                CjkFont.PREFERRED.stream().filter(List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                        "PingFang SC")::contains).toList());
    }
}

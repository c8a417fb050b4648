package app.zonereader.app;

import app.zonereader.service.PageSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledPagesTest {
    @Test
    void listsTheSamplePagesInNameOrderAndReadsThem() throws Exception {
        List<PageSource> pages = BundledPages.list();
        assertEquals(5, pages.size());
        assertTrue(pages.get(0).name().startsWith("000_"));
        for (PageSource page : pages) {
            assertTrue(page.read().length > 1000, page.name());
        }
    }
}

package app.zonereader.store;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchFilterTest {
    @Test
    void restrictsWhenAnyPartIsSet() {
        assertFalse(SearchFilter.NONE.restricts());
        assertFalse(new SearchFilter(Optional.of(" "), Optional.of(""), Optional.empty()).restricts(), "blank parts");
        assertTrue(SearchFilter.NONE.withZone("中关村").restricts());
        assertTrue(SearchFilter.NONE.withProvince("重庆").restricts());
        assertTrue(SearchFilter.NONE.withTag("科技创新").restricts());
    }
}

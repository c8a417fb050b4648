package app.zonereader.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsFilterTest {
    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void aMonthIsItsDaysThatTheFiltersOwnRangeKeeps() {
        assertEquals(StatsFilter.ALL.withDates(day("2024-02-01"), day("2024-02-29")), StatsFilter.ALL.withinMonth("2024-02"));
        StatsFilter fromMid = StatsFilter.ALL.withDates(day("2024-02-10"), Optional.empty()).withZone("永川高新区");
        assertEquals(fromMid.withDates(day("2024-02-10"), day("2024-02-29")), fromMid.withinMonth("2024-02"));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedWithBothDays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatsFilter.ALL.withDates(day("2024-03-01"), day("2024-02-01")));
        assertTrue(e.getMessage().contains("2024-03-01 > 2024-02-01"), e.getMessage());
    }

    @Test
    void allRestrictsNothing() {
        assertTrue(StatsFilter.ALL.isAll());
        assertEquals(false, StatsFilter.ALL.withTag("人工智能").isAll());
    }
}

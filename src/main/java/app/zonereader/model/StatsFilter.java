package app.zonereader.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles a statistic counts: an empty text and an absent date do not restrict. Photos and ads are never
 * counted. An article's date is its page's issue date, else the day its page was imported.
 *
 * @param province only articles of this province
 * @param zone     only articles of this zone (short name)
 * @param tag      only articles that carry this tag as the reader sees it (automatic and not removed, or their own)
 * @param from     only articles dated on or after this day
 * @param to       only articles dated on or before this day
 * @param mark     only articles with this reading mark
 */
public record StatsFilter(String province, String zone, String tag, Optional<LocalDate> from, Optional<LocalDate> to,
                          ReadingMark mark) {
    public static final StatsFilter ALL = new StatsFilter("", "", "", Optional.empty(), Optional.empty(), ReadingMark.ANY);

    public StatsFilter {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(mark, "mark");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("the date range starts after it ends: " + from.get() + " > " + to.get());
        }
    }

    public StatsFilter withProvince(String province) {
        return new StatsFilter(province, zone, tag, from, to, mark);
    }

    public StatsFilter withZone(String zone) {
        return new StatsFilter(province, zone, tag, from, to, mark);
    }

    public StatsFilter withTag(String tag) {
        return new StatsFilter(province, zone, tag, from, to, mark);
    }

    /** The filter with another date range; an empty bound is open. */
    public StatsFilter withDates(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new StatsFilter(province, zone, tag, from, to, mark);
    }

    public StatsFilter withMark(ReadingMark mark) {
        return new StatsFilter(province, zone, tag, from, to, mark);
    }

    /**
     * The filter narrowed to one month ({@code yyyy-MM}): the month's days that the filter's own range keeps.
     *
     * @throws java.time.format.DateTimeParseException when {@code month} is not yyyy-MM
     */
    public StatsFilter withinMonth(String month) {
        LocalDate first = LocalDate.parse(month + "-01");
        LocalDate last = first.plusMonths(1).minusDays(1);
        LocalDate start = from.filter(day -> day.isAfter(first)).orElse(first);
        LocalDate end = to.filter(day -> day.isBefore(last)).orElse(last);
        return withDates(Optional.of(start), Optional.of(end));
    }

    public boolean isAll() {
        return equals(ALL);
    }
}

package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ArticleKey;
import app.zonereader.model.CountByName;
import app.zonereader.model.CrossCount;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.ReadingMark;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.Zone;
import app.zonereader.model.ZoneTagMatrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static app.zonereader.store.TestPages.BAODING;
import static app.zonereader.store.TestPages.YONGCHUAN;
import static app.zonereader.store.TestPages.ZHONGGUANCUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tag aggregates against the plainest possible reference: a seeded library whose every article's visible tags
 * (automatic, less the ones the reader removed, plus the reader's own) are kept in Java while it is written, and
 * counted by hand for each filter. The store's SQL takes shortcuts for speed; this says they change no number.
 */
class TagCountsAgreementTest {
    private static final Clock IMPORT_DAY = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), ZoneOffset.UTC);
    private static final List<String> TAGS = List.of("职业教育", "产教融合", "人工智能", "数字经济", "新材料", "𡈼区");
    private static final String READERS_OWN = "我的标签";
    private static final List<Optional<Zone>> ZONES = List.of(Optional.of(YONGCHUAN), Optional.of(ZHONGGUANCUN),
            Optional.of(BAODING), Optional.empty());
    private static final int PAGES = 30;
    private static final int ARTICLES_PER_PAGE = 8;
    private static final List<String> DAYS = List.of("2024-03-10", "2024-05-02", "2024-07-20");

    @TempDir
    Path dir;
    private LibraryStore store;
    private final List<Generated> generated = new ArrayList<>();
    private int removals;

    /** What the test knows about an article it wrote: enough to filter and count it without SQL. */
    private record Generated(Optional<Zone> zone, LocalDate day, boolean read, Set<String> visibleTags) {
    }

    @BeforeEach
    void open() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity(), IMPORT_DAY);
        Random random = new Random(13);
        for (int page = 0; page < PAGES; page++) {
            // Every fourth page has no issue date, so it is dated by its import day.
            Optional<String> day = page % 4 == 3 ? Optional.empty() : Optional.of(DAYS.get(random.nextInt(DAYS.size())));
            List<Article> articles = new ArrayList<>();
            List<Set<String>> autoTags = new ArrayList<>();
            List<Optional<Zone>> zones = new ArrayList<>();
            for (int i = 0; i < ARTICLES_PER_PAGE; i++) {
                Optional<Zone> zone = ZONES.get((int) (Math.pow(random.nextDouble(), 2) * ZONES.size()));
                Set<String> tags = new LinkedHashSet<>();
                int count = random.nextInt(4);
                while (tags.size() < count) {
                    tags.add(TAGS.get((int) (Math.pow(random.nextDouble(), 2) * TAGS.size())));
                }
                articles.add(new Article(ItemKind.ARTICLE, "文" + page + "-" + i, "", "", List.of(), zone,
                        List.of(Paragraph.text("正文" + page + "-" + i)), List.of(), List.copyOf(tags), List.of(), List.of()));
                autoTags.add(tags);
                zones.add(zone);
            }
            String hash = "h" + page;
            store.storePage(day.map(d -> new Page(hash + ".txt", hash, articles, List.of(), List.of(), d))
                    .orElseGet(() -> new Page(hash + ".txt", hash, articles, List.of(), List.of())));
            for (int i = 0; i < articles.size(); i++) {
                generated.add(readersEdits(random, new ArticleKey(hash, i), zones.get(i),
                        LocalDate.parse(day.orElse("2025-01-15")), autoTags.get(i)));
            }
        }
    }

    /** Removes an automatic tag from some articles, adds one of the reader's own to others (some also automatic). */
    private Generated readersEdits(Random random, ArticleKey key, Optional<Zone> zone, LocalDate day, Set<String> auto) {
        ReaderData reader = store.readerData();
        Set<String> visible = new LinkedHashSet<>(auto);
        if (!auto.isEmpty() && random.nextInt(4) == 0) {
            String removed = List.copyOf(auto).get(random.nextInt(auto.size()));
            reader.removeTag(key, removed);
            removals++;
            visible.remove(removed);
        }
        if (random.nextInt(5) == 0) {
            String own = random.nextBoolean() ? READERS_OWN : TAGS.get(random.nextInt(TAGS.size()));
            if (visible.contains(own) || !auto.contains(own)) {
                reader.addTag(key, own);
                visible.add(own);
            }
        }
        boolean read = random.nextInt(3) == 0;
        if (read) {
            reader.setRead(key, true);
        }
        return new Generated(zone, day, read, visible);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theHandKeptTagsAreTheOnesTheReaderSeesWithRemovedAndOwnTagsAmongThem() {
        assertTrue(removals > 0, "some automatic tags removed");
        assertTrue(generated.stream().anyMatch(g -> g.visibleTags().contains(READERS_OWN)), "some tags of the reader's own");
        for (int n = 0; n < generated.size(); n++) {
            ArticleKey key = new ArticleKey("h" + n / ARTICLES_PER_PAGE, n % ARTICLES_PER_PAGE);
            assertEquals(generated.get(n).visibleTags(), Set.copyOf(store.readerData().visibleTags(key)), key::toString);
        }
    }

    @Test
    void tagTotalsAndTheZoneTagMatrixMatchCountingByHandUnderEveryFilter() {
        for (StatsFilter filter : filters()) {
            Predicate<Generated> kept = keeps(filter);
            assertEquals(expectedTagTotals(kept), store.articleCounts(StatsDimension.TAG, filter), filter::toString);
            for (int size : List.of(2, 15)) {
                assertEquals(expectedMatrix(kept, size), store.zoneTagMatrix(filter, size), () -> filter + " size " + size);
            }
        }
    }

    @Test
    void comparesTextInSqlitesOrderBeyondTheBasicPlane() {
        // U+FF01 sorts after a surrogate pair in UTF-16 units but before U+2123C in code points (and UTF-8 bytes).
        assertTrue("！".compareTo("𡈼") > 0);
        assertTrue(StatsQueries.compareAsSqlite("！", "𡈼") < 0);
        assertTrue(StatsQueries.compareAsSqlite("产教", "产教融合") < 0);
        assertEquals(0, StatsQueries.compareAsSqlite("新材料", "新材料"));
    }

    private static List<StatsFilter> filters() {
        List<StatsFilter> filters = new ArrayList<>(List.of(StatsFilter.ALL, StatsFilter.ALL.withProvince("重庆"),
                StatsFilter.ALL.withZone("中关村"), StatsFilter.ALL.withTag(READERS_OWN),
                StatsFilter.ALL.withDates(Optional.of(LocalDate.of(2024, 4, 1)), Optional.of(LocalDate.of(2025, 1, 15))),
                StatsFilter.ALL.withMark(ReadingMark.READ), StatsFilter.ALL.withMark(ReadingMark.UNREAD),
                StatsFilter.ALL.withProvince("北京").withTag(TAGS.get(0)).withMark(ReadingMark.UNREAD)));
        TAGS.forEach(tag -> filters.add(StatsFilter.ALL.withTag(tag)));
        return filters;
    }

    private static Predicate<Generated> keeps(StatsFilter filter) {
        return g -> (filter.province().isEmpty() || g.zone().map(Zone::province).orElse("").equals(filter.province()))
                && (filter.zone().isEmpty() || g.zone().map(Zone::shortName).orElse("").equals(filter.zone()))
                && (filter.tag().isEmpty() || g.visibleTags().contains(filter.tag()))
                && filter.from().map(from -> !g.day().isBefore(from)).orElse(true)
                && filter.to().map(to -> !g.day().isAfter(to)).orElse(true)
                && switch (filter.mark()) {
                    case ANY -> true;
                    case READ -> g.read();
                    case UNREAD -> !g.read();
                    case BOOKMARKED, ANNOTATED -> false;
                };
    }

    private List<CountByName> expectedTagTotals(Predicate<Generated> kept) {
        Map<String, Integer> totals = new HashMap<>();
        generated.stream().filter(kept).forEach(g -> g.visibleTags().forEach(tag -> totals.merge(tag, 1, Integer::sum)));
        return ranked(totals);
    }

    private ZoneTagMatrix expectedMatrix(Predicate<Generated> kept, int size) {
        Map<String, Integer> perZone = new HashMap<>();
        generated.stream().filter(kept).forEach(g -> g.zone().ifPresent(z -> perZone.merge(z.shortName(), 1, Integer::sum)));
        List<String> zones = ranked(perZone).stream().limit(size).map(CountByName::name).toList();
        List<String> tags = expectedTagTotals(kept).stream().limit(size).map(CountByName::name).toList();
        List<CrossCount> cells = new ArrayList<>();
        for (String zone : zones) {
            for (String tag : tags) {
                long count = generated.stream().filter(kept).filter(g -> g.zone().map(Zone::shortName).orElse("").equals(zone)
                        && g.visibleTags().contains(tag)).count();
                if (count > 0) {
                    cells.add(new CrossCount(zone, tag, (int) count));
                }
            }
        }
        return new ZoneTagMatrix(zones, tags, zones.isEmpty() || tags.isEmpty() ? List.of() : cells);
    }

    /** Most first, ties in SQLite's text order, as the store ranks them. */
    private static List<CountByName> ranked(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey, StatsQueries::compareAsSqlite))
                .map(e -> new CountByName(e.getKey(), e.getValue())).toList();
    }
}

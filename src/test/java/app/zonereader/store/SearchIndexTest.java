package app.zonereader.store;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchHit;
import app.zonereader.model.StoredArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {
    private static final int ALL = 100_000;
    @TempDir
    static Path dir;
    private static LibraryStore store;
    /** The text an article can be found by (title, byline, body, captions, tags), by id. */
    private static final Map<Long, String> documents = new HashMap<>();
    private static long fullId;
    private static long photoId;
    private static long latinId;

    @BeforeAll
    static void importArticles() {
        store = LibraryStore.open(dir.resolve("library.db"), new DictionarySplitter(), TextFolder.identity());
        TestPages pages = new TestPages(42);
        for (int p = 0; p < 40; p++) {
            store.storePage(pages.page(p, 5));
        }
        Article latin = new Article(ItemKind.ARTICLE, "AI+制造 NEAR 会议", "", "", List.of(), Optional.empty(),
                List.of(Paragraph.text("Zone-Reader 5.3% AND (OR) NOT title:x ^y \"quoted\" 测试*。ΣΩ")), List.of(), List.of(),
                List.of(), List.of());
        store.storePage(new Page("special.txt", "special", List.of(LibraryStoreTest.fullArticle(), LibraryStoreTest.photo(),
                latin), List.of(), List.of()));
        for (var summary : store.articles()) {
            StoredArticle stored = store.article(summary.id()).orElseThrow();
            Article a = stored.article();
            documents.put(summary.id(), String.join("\n", a.title(), a.subtitle(), a.byline(), a.bodyText(),
                    String.join("\n", a.photoCaptions()), String.join("\n", a.tags())));
            if (a.equals(LibraryStoreTest.fullArticle())) {
                fullId = summary.id();
            } else if (a.equals(LibraryStoreTest.photo())) {
                photoId = summary.id();
            } else if (a.equals(latin)) {
                latinId = summary.id();
            }
        }
        assertEquals(203, documents.size());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).collect(Collectors.toSet());
    }

    private static Set<Long> containing(String text) {
        return documents.entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void findsWordsNamesAndCrossWordStrings() {
        for (String query : List.of("职教", "永川高新区", "教融合", "城职创", "戈清平", "职", "园")) {
            Set<Long> found = ids(store.search(query, ALL));
            assertTrue(found.containsAll(containing(query)), query);
            assertFalse(containing(query).isEmpty(), query);
        }
        assertTrue(ids(store.search("城职创", ALL)).contains(fullId), "inside the subtitle 产城职创融合");
        assertTrue(ids(store.search("职业教育", ALL)).contains(fullId), "tags are searched");
        assertTrue(ids(store.search("摄影爱好者", ALL)).contains(photoId));
    }

    @Test
    void wordHitsComeBeforeSubstringHitsAndTitlesRankHighest() {
        List<SearchHit> hits = store.search("职教", ALL);
        // Title matches form the first tier (scores from SearchIndex's title bonus up), ranked among themselves by bm25
        // over the titles alone.
        List<SearchHit> titleTier = hits.stream().filter(hit -> hit.score() >= 1_000).toList();
        assertTrue(ids(titleTier).contains(fullId), "职教 in the title: first tier");
        for (SearchHit hit : titleTier) {
            StoredArticle stored = store.article(hit.articleId()).orElseThrow();
            assertTrue((stored.article().title() + stored.article().subtitle()).contains("职教"), hit.title());
        }
        assertTrue(titleTier.size() < hits.size(), "the premise: other articles hold 职教 only in the body");
        boolean seenSubstringOnly = false;
        for (SearchHit hit : hits) {
            if (hit.score() < 0) {
                seenSubstringOnly = true;
            } else {
                assertFalse(seenSubstringOnly, "a word hit after a substring-only hit");
            }
        }
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "sorted by score");
        }
    }

    @Test
    void wordsThatNeverMeetInOneArticleFindNothing() {
        assertTrue(containing("Zone").stream().noneMatch(containing("职教")::contains), "the premise");
        assertTrue(store.search("Zone 职教", ALL).isEmpty());
        assertEquals(Set.of(latinId), ids(store.search("Zone 会议", ALL)), "words that meet are still found");
    }

    @Test
    void phrasesPrefixesAndSeveralWords() {
        Set<Long> phrase = ids(store.search("\"西部 职业 教育\"", ALL));
        assertTrue(phrase.containsAll(containing("西部职业教育")));
        assertTrue(phrase.contains(fullId));
        Set<Long> both = ids(store.search("永川 基地", ALL));
        Set<Long> expected = new HashSet<>(containing("永川"));
        expected.retainAll(containing("基地"));
        assertEquals(expected, both, "several words: articles with all of them");
        Set<Long> prefix = ids(store.search("Zone*", ALL));
        assertEquals(Set.of(latinId), prefix);
        assertTrue(ids(store.search("zone-read*", ALL)).contains(latinId), "case-insensitive prefix of a hyphenated word");
    }

    @Test
    void snippetsMarkTheHitsAndTermsAreTheLiteralText() {
        SearchHit hit = store.search("职教", ALL).stream().filter(h -> h.articleId() == fullId).findFirst().orElseThrow();
        assertTrue(hit.snippet().contains(SearchHit.HIT_START + "职教" + SearchHit.HIT_END), hit.snippet());
        assertEquals(List.of("职教"), hit.terms());
        assertEquals("永川高新区", hit.zone());
        assertEquals("special.txt", hit.pageFile());
        assertEquals("永川高新区职教发展纲要出台", hit.title());
        SearchHit latin = store.search("zone-reader", 1).get(0);
        assertTrue(latin.terms().contains("Zone-Reader"), latin.terms().toString());
        assertFalse(latin.snippet().contains("\n"));
    }

    @Test
    void filtersByZoneProvinceAndTag() {
        List<SearchHit> all = store.search("发展", ALL);
        List<SearchHit> zone = store.search("发展", ALL, SearchFilter.NONE.withZone("中关村"));
        assertFalse(zone.isEmpty());
        assertTrue(zone.size() < all.size());
        assertTrue(zone.stream().allMatch(h -> h.zone().equals("中关村")));
        List<SearchHit> province = store.search("发展", ALL, SearchFilter.NONE.withProvince("重庆"));
        assertTrue(province.stream().allMatch(h -> h.zone().equals("永川高新区")));
        Set<Long> tagged = ids(store.search("发展", ALL, SearchFilter.NONE.withTag("科技创新")));
        for (long id : tagged) {
            assertTrue(store.article(id).orElseThrow().article().tags().contains("科技创新"));
        }
        assertFalse(tagged.isEmpty());
        assertTrue(store.search("发展", ALL, SearchFilter.NONE.withTag("没有这个标签")).isEmpty());
    }

    @Test
    void caseNeverHidesAVerbatimMatch() {
        for (String query : List.of("ΣΩ", "σω", "ΣΩ zone-reader", "ZONE-READER ΣΩ", "zone ΣΩ 测试")) {
            assertTrue(ids(store.search(query, ALL)).contains(latinId), query);
        }
    }

    @Test
    void theLimitIsRespected() {
        assertEquals(5, store.search("的", 5).size());
        assertTrue(store.search("的", 0).isEmpty());
    }

    @Test
    void recallEveryArticleContainingAnyCutSubstringIsFound() {
        Random random = new Random(20_240_601);
        List<Long> ids = new ArrayList<>(documents.keySet());
        ids.sort(null);
        int checked = 0;
        while (checked < 300) {
            String doc = documents.get(ids.get(random.nextInt(ids.size())));
            int length = 1 + random.nextInt(4);
            int start = random.nextInt(Math.max(1, doc.length() - length));
            String needle = doc.substring(start, Math.min(doc.length(), start + length));
            if (needle.isBlank() || needle.contains("\n") || needle.contains("\"") || needle.endsWith("*")) {
                continue; // quotes and a trailing * are query syntax, a line break is not text
            }
            Set<Long> expected = containing(needle);
            Set<Long> found = ids(store.search(needle, ALL));
            Set<Long> missed = new HashSet<>(expected);
            missed.removeAll(found);
            assertTrue(missed.isEmpty(), "query [" + needle + "] missed " + missed.size() + " of " + expected.size());
            checked++;
        }
    }

    @Test
    void hostileQueriesNeverFail() {
        List<String> hostile = List.of("", "   ", "\"", "\"\"", "\"unbalanced", "*", "**", "-", "-职教", "NEAR", "NEAR(a b)",
                "AND", "OR", "NOT", "a AND", "职教 OR", "(", ")", "((职教", "^", "^职教", ":", "title:职教", "body:", "{title}:x",
                "'; DROP TABLE articles; --", "%", "_", "\\", "职教*", "*职教", "职\"教", "\u0000", "🙂", "5.3%",
                "职".repeat(5_000), "a b c d e f g h i j k l m n o p q r s t u v w x y z");
        for (String query : hostile) {
            List<SearchHit> hits = store.search(query, 20);
            assertTrue(hits.size() <= 20, query);
        }
        assertTrue(ids(store.search("NEAR", ALL)).contains(latinId), "operator words are plain words");
        assertTrue(ids(store.search("(OR)", ALL)).contains(latinId));
        assertTrue(ids(store.search("5.3%", ALL)).contains(latinId));
        assertTrue(ids(store.search("title:x", ALL)).contains(latinId));
        assertEquals(203, store.articleCount(), "nothing dropped");
    }
}

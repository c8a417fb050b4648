package app.zonereader.app;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationFilter;
import app.zonereader.model.AnnotationRow;
import app.zonereader.model.Corrected;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.CorrectionKind;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.ImportStatus;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Paragraph;
import app.zonereader.model.SearchScope;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;
import app.zonereader.service.ImportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of correction on a real library file and the real engine over a sample page: it is shown at once
 * (tree, search), survives re-processing and {@code import --replace} of a new version, carries annotations through
 * split and merge, and each is undone. One library per test: building the engine dominates.
 */
class CorrectionsServiceTest {
    private static final String SAMPLE = "000_0c56615beea04158.txt";
    private static final String PAGE = "page.txt";
    private static final String SECOND_HALF_START = "据了解，永川职教";
    private static final String IN_SECOND_HALF = "永川职教规模在重庆各区县";
    private static final String IN_CHANGSHU = "常熟高新区不断推进工业互联网建设发展";

    @TempDir
    Path folder;

    private static byte[] sample() {
        try {
            return BundledPages.list().stream().filter(page -> page.name().equals(SAMPLE)).findFirst().orElseThrow().read();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The items of the page, in page order. */
    private static List<StoredArticle> items(LocalLibraryService service) {
        return service.articles().stream().filter(summary -> summary.pageFile().equals(PAGE))
                .map(summary -> service.article(summary.id()).orElseThrow())
                .sorted(Comparator.comparingInt(stored -> stored.key().ordinal())).toList();
    }

    private static StoredArticle containing(LocalLibraryService service, String text) {
        return find(service, text).orElseThrow(() -> new AssertionError("no item holds " + text));
    }

    private static Optional<StoredArticle> find(LocalLibraryService service, String text) {
        return items(service).stream().filter(item -> item.article().bodyText().contains(text)).findFirst();
    }

    private static Annotation highlight(LocalLibraryService service, StoredArticle article, String quote) {
        int start = article.article().bodyText().indexOf(quote);
        return service.addHighlight(article.id(), start, start + quote.length(), HighlightColor.YELLOW, "");
    }

    private static Annotation current(LocalLibraryService service, Annotation annotation) {
        return service.annotations(AnnotationFilter.ALL).stream().map(AnnotationRow::annotation)
                .filter(a -> a.uuid().equals(annotation.uuid())).findFirst().orElseThrow();
    }

    private static int startOfParagraph(StoredArticle article, String paragraphStart) {
        int offset = 0;
        for (Paragraph paragraph : article.article().body()) {
            if (paragraph.text().startsWith(paragraphStart)) {
                return offset;
            }
            offset += paragraph.text().length() + 1;
        }
        throw new AssertionError("no paragraph starts with " + paragraphStart);
    }

    /** Splits 永川 before 具备雄厚优势, retitles 济宁, moves 清远 to 东湖 as a photo, drops 烟台, joins 昆山 and 常熟. */
    private static void correctEveryKind(LocalLibraryService service) {
        StoredArticle yongchuan = containing(service, SECOND_HALF_START);
        Corrected split = service.correct(yongchuan.id(), CorrectionEdit.splitAt(startOfParagraph(yongchuan, "具备雄厚优势")));
        assertEquals(2, split.articleIds().size(), "the two parts");
        service.correct(split.articleIds().get(1), CorrectionEdit.reviewed());
        StoredArticle jining = containing(service, "跨域通办");
        service.correct(jining.id(), CorrectionEdit.title("济宁高新区帮外省企业异地办证"));
        service.correct(containing(service, "跨域通办").id(), CorrectionEdit.subtitle("读者加的副题"));
        service.correct(containing(service, "量子微波").id(), CorrectionEdit.zone("东湖高新区"));
        service.correct(containing(service, "量子微波").id(), CorrectionEdit.kind(ItemKind.PHOTO));
        service.correct(containing(service, "标准地").id(), CorrectionEdit.notAnArticle());
        service.correct(containing(service, "昆科贷").id(), CorrectionEdit.mergeWithNext());
    }

    private static void assertCorrected(LocalLibraryService service, String when) {
        List<StoredArticle> items = items(service);
        assertEquals(6, items.size(), when + ": 7 items, one split, one joined, one left out: " + items.stream()
                .map(item -> item.article().displayTitle()).toList());
        StoredArticle first = items.get(0);
        assertFalse(first.article().bodyText().contains(SECOND_HALF_START), when);
        StoredArticle second = items.get(1);
        assertEquals("具备雄厚优势", second.article().title(), when);
        assertTrue(second.article().bodyText().startsWith(SECOND_HALF_START), when);
        assertEquals("永川高新区", second.article().zone().map(Zone::shortName).orElse(""), when + ": the part is attributed");

        StoredArticle jining = containing(service, "跨域通办");
        assertEquals("济宁高新区帮外省企业异地办证", jining.article().title(), when);
        assertEquals("读者加的副题", jining.article().subtitle(), when);
        List<Correction> onJining = service.corrections(jining.id());
        assertEquals(List.of(CorrectionKind.TITLE, CorrectionKind.SUBTITLE), onJining.stream().map(Correction::kind).toList());
        assertEquals("济宁高新区跨域通办解决企业办证难", onJining.get(0).engineValue(), when + ": the engine's title");

        StoredArticle qingyuan = containing(service, "量子微波");
        assertEquals("东湖高新区", qingyuan.article().zone().map(Zone::shortName).orElse(""), when);
        assertEquals(ItemKind.PHOTO, qingyuan.article().kind(), when);
        assertEquals("清远高新区", service.corrections(qingyuan.id()).get(0).engineValue(), when);

        assertTrue(find(service, "标准地").isEmpty(), when + ": not an article, so not in the library");
        StoredArticle kunshan = containing(service, "昆科贷");
        assertTrue(kunshan.article().bodyText().contains(IN_CHANGSHU), when + ": joined");
        assertTrue(kunshan.article().body().contains(Paragraph.heading("常熟高新区获批江苏省“互联网+先进制造业”基地")),
                when + ": the second headline is kept as an intertitle");

        assertTrue(service.search("帮外省企业", 10).stream().anyMatch(hit -> hit.articleId() == jining.id()),
                when + ": search finds the corrected title");
        assertTrue(service.search("量子微波", 10, SearchScope.zone("东湖高新区")).stream()
                .anyMatch(hit -> hit.articleId() == qingyuan.id()), when + ": search knows the corrected zone");
        assertTrue(service.allCorrections().stream().allMatch(Correction::applied), when + ": " + service.allCorrections());
        assertEquals(8, service.allCorrections().size(), when);
        assertTrue(service.needsReview().stream().noneMatch(summary -> summary.id() == second.id()), when);
    }

    @Test
    void everyCorrectionIsShownAtOnceAndSurvivesReprocessingAndANewVersionOfThePage() {
        try (Library library = Library.open(folder.resolve("corrections.db"))) {
            LocalLibraryService service = library.service();
            service.importPages(List.of(new BytesPage(PAGE, sample())), ImportListener.NONE, () -> false);
            Annotation inSecondHalf = highlight(service, containing(service, IN_SECOND_HALF), IN_SECOND_HALF);
            Annotation inChangshu = highlight(service, containing(service, IN_CHANGSHU), IN_CHANGSHU);
            service.setBookmarked(containing(service, IN_CHANGSHU).id(), true);

            correctEveryKind(service);
            assertCorrected(service, "at once");
            assertEquals(containing(service, IN_SECOND_HALF).key(), current(service, inSecondHalf).article(),
                    "the highlight followed its text into the second part");
            assertEquals(containing(service, IN_CHANGSHU).key(), current(service, inChangshu).article(),
                    "the highlight followed its text into the joined article");
            assertEquals(AnchorStatus.ANCHORED, current(service, inChangshu).status());
            assertTrue(service.marks(containing(service, IN_CHANGSHU).id()).bookmarked(), "the bookmark came along");

            service.reprocess(ImportListener.NONE, () -> false);
            assertCorrected(service, "after reprocess");

            String newVersion = new String(sample(), StandardCharsets.UTF_8)
                    .replace("近日，江苏省工业和信息化厅", "日前，江苏省工业和信息化厅")
                    .replace("提升企业办事体验", "提升企业和群众的办事体验");
            assertEquals(ImportStatus.REPLACED, service.importPages(List.of(new BytesPage(PAGE,
                    newVersion.getBytes(StandardCharsets.UTF_8))), ImportListener.NONE, () -> false, true).get(0).status());
            assertCorrected(service, "after import --replace");
            assertEquals(containing(service, IN_SECOND_HALF).key(), current(service, inSecondHalf).article());
        }
    }

    @Test
    void eachCorrectionIsUndoneAndRestoringTheEngineVersionCanBeUndoneToo() {
        try (Library library = Library.open(folder.resolve("undo.db"))) {
            LocalLibraryService service = library.service();
            service.importPages(List.of(new BytesPage(PAGE, sample())), ImportListener.NONE, () -> false);
            Annotation inSecondHalf = highlight(service, containing(service, IN_SECOND_HALF), IN_SECOND_HALF);
            StoredArticle yongchuan = containing(service, SECOND_HALF_START);

            service.correct(yongchuan.id(), CorrectionEdit.title("预热"));
            service.withdrawCorrections(service.corrections(containing(service, SECOND_HALF_START).id()));
            long start = System.nanoTime();
            Corrected split = service.correct(yongchuan.id(),
                    CorrectionEdit.splitAt(startOfParagraph(yongchuan, "具备雄厚优势")));
            System.out.printf("MEASURE split correction on a 7-item page (engine again, replay, store): %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            assertEquals(8, items(service).size());
            Corrected undone = service.withdrawCorrections(split.corrections());
            assertEquals(7, items(service).size(), "undo of the split");
            assertTrue(containing(service, IN_SECOND_HALF).article().bodyText().startsWith("近日，教育部"));
            assertEquals(containing(service, IN_SECOND_HALF).id(), undone.articleIds().get(0), "the view reopens it");
            assertEquals(containing(service, IN_SECOND_HALF).key(), current(service, inSecondHalf).article());

            Corrected merged = service.correct(containing(service, "昆科贷").id(), CorrectionEdit.mergeWithNext());
            assertEquals(6, items(service).size());
            service.withdrawCorrections(merged.corrections());
            assertEquals(7, items(service).size(), "undo of the merge");

            Corrected dropped = service.correct(containing(service, "标准地").id(), CorrectionEdit.notAnArticle());
            assertTrue(dropped.articleIds().isEmpty());
            service.withdrawCorrections(dropped.corrections());
            assertTrue(find(service, "标准地").isPresent(), "undo of not an article");

            long qingyuan = containing(service, "量子微波").id();
            Corrected kind = service.correct(qingyuan, CorrectionEdit.kind(ItemKind.AD));
            Corrected zone = service.correct(kind.articleIds().get(0), CorrectionEdit.zone(""));
            assertTrue(containing(service, "量子微波").article().zone().isEmpty(), "no zone");
            service.withdrawCorrections(zone.corrections());
            assertEquals("清远高新区", containing(service, "量子微波").article().zone().orElseThrow().shortName());
            service.withdrawCorrections(kind.corrections());
            assertEquals(ItemKind.ARTICLE, containing(service, "量子微波").article().kind());

            long jining = containing(service, "跨域通办").id();
            service.correct(jining, CorrectionEdit.title("新标题"));
            Corrected subtitle = service.correct(containing(service, "跨域通办").id(), CorrectionEdit.subtitle("新副题"));
            Corrected restored = service.restoreEngineVersion(subtitle.articleIds().get(0));
            assertEquals(2, restored.corrections().size());
            StoredArticle engine = containing(service, "跨域通办");
            assertEquals("济宁高新区跨域通办解决企业办证难", engine.article().title());
            assertEquals("", engine.article().subtitle());
            assertTrue(service.corrections(engine.id()).isEmpty());
            service.reinstateCorrections(restored.corrections());
            assertEquals("新标题", containing(service, "跨域通办").article().title(), "undo of the restore");
            assertEquals("新副题", containing(service, "跨域通办").article().subtitle());
        }
    }

    @Test
    void aCorrectionWhoseItemIsGoneIsKeptAndListedAndBadCorrectionsAreRefused() {
        try (Library library = Library.open(folder.resolve("gone.db"))) {
            LocalLibraryService service = library.service();
            String text = new String(sample(), StandardCharsets.UTF_8);
            service.importPages(List.of(new BytesPage(PAGE, text.getBytes(StandardCharsets.UTF_8))), ImportListener.NONE,
                    () -> false);
            StoredArticle jining = containing(service, "跨域通办");
            service.correct(jining.id(), CorrectionEdit.title("读者的标题"));
            StoredArticle last = items(service).get(items(service).size() - 1);

            assertThrows(IllegalArgumentException.class, () -> service.correct(last.id(), CorrectionEdit.mergeWithNext()));
            assertThrows(IllegalArgumentException.class, () -> service.correct(last.id(), CorrectionEdit.splitAt(0)));
            assertThrows(IllegalArgumentException.class, () -> service.correct(last.id(), CorrectionEdit.zone("无此高新区")));

            // the new version reworded the opening the correction knew its item by
            String reworded = text.replace("本报讯 “现在审批真是太方便", "本报讯 “如今审批真是便捷多");
            service.importPages(List.of(new BytesPage(PAGE, reworded.getBytes(StandardCharsets.UTF_8))),
                    ImportListener.NONE, () -> false, true);

            assertEquals("济宁高新区跨域通办解决企业办证难", containing(service, "跨域通办").article().title());
            List<Correction> kept = service.allCorrections();
            assertEquals(1, kept.size(), "kept, not lost");
            assertFalse(kept.get(0).applied(), "listed as no longer applicable");
            assertEquals("读者的标题", kept.get(0).value());
            assertEquals(items(service).get(0).key().pageHash(), kept.get(0).pageHash(), "it moved to the new version");
        }
    }

    @Test
    void aZoneTheReaderAddsIsKeptInTheLibraryAndGetsArticlesOnReprocess() {
        Path file = folder.resolve("zones.db");
        String page = """
                青龙湖高新区智能制造产业园开园

                本报讯 近日，青龙湖高新区智能制造产业园正式开园，首批入驻企业32家。
                青龙湖高新区管委会表示，园区将聚焦智能制造和新材料产业，今年力争引进项目20个。
                """;
        Zone qinglonghu = new Zone("成都青龙湖高新技术产业开发区", "青龙湖高新区", List.of(), "四川", "成都", 0);
        try (Library library = Library.open(file)) {
            LocalLibraryService service = library.service();
            service.importPages(List.of(new BytesPage(PAGE, page.getBytes(StandardCharsets.UTF_8))), ImportListener.NONE,
                    () -> false);
            StoredArticle before = containing(service, "智能制造产业园");
            assertTrue(before.article().zone().isEmpty(), "not in the bundled list");
            assertTrue(service.needsReview().stream().anyMatch(summary -> summary.id() == before.id()),
                    "no zone: needs review");

            Corrected reviewed = service.correct(before.id(), CorrectionEdit.reviewed());
            assertTrue(service.needsReview().isEmpty(), "marked reviewed: it leaves the list");
            service.withdrawCorrections(reviewed.corrections());
            assertEquals(1, service.needsReview().size(), "undo brings it back");

            service.addZone(qinglonghu);
            assertThrows(IllegalArgumentException.class, () -> service.addZone(qinglonghu), "a name used twice");
            service.reprocess(ImportListener.NONE, () -> false);

            StoredArticle after = containing(service, "智能制造产业园");
            assertEquals("青龙湖高新区", after.article().zone().map(Zone::shortName).orElse(""));
            assertTrue(service.articles().stream().anyMatch(summary -> summary.province().equals("四川")));
        }
        try (Library reopened = Library.open(file)) {
            assertTrue(reopened.service().zones().stream().anyMatch(zone -> zone.shortName().equals("青龙湖高新区")),
                    "merged with the bundled list when the library opens");
            assertTrue(reopened.service().unknownZoneNames().stream().noneMatch(name -> name.name().equals("青龙湖高新区")));
        }
    }
}

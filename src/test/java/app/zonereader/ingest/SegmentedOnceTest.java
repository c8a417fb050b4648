package app.zonereader.ingest;

import app.zonereader.model.Article;
import app.zonereader.model.Page;
import app.zonereader.model.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the page engine's use of the word segmenter, its largest cost: the text of each item goes through HanLP's
 * keyphrase segmentation once; the rest is small look-ups (the sentence of a zone named once, eight characters
 * around a candidate zone name or across a column cut). The standard, name-aware segmentation reads a paragraph only
 * when it names a zone by a bare name that could start a person's name (张江 in 张江华), once per paragraph. Counted
 * through {@link HanlpWords}' probe over the bundled and unseen pages, so a change that segments paragraphs a second
 * time fails here before it costs every import.
 */
class SegmentedOnceTest {
    /**
     * Keyphrase segmentation per character of the items' text over all pages: the items once, plus the small look-ups
     * (4 % on the bundled pages); a second pass over the paragraphs would make it 2.
     */
    private static final double MAX_KEYWORD_PER_CHAR = 1.1;
    /**
     * The same on any one page, where a short round-up of zones each named once in its own sentence pays up to half
     * its text again for those sentences (51 % on u99).
     */
    private static final double MAX_KEYWORD_PER_CHAR_ON_A_PAGE = 1.6;
    /** Name-aware segmentation per character of the items' text: never more than the text once. */
    private static final double MAX_NAMES_PER_CHAR = 1.0;

    private static long keywordChars;
    private static long namesChars;
    private static long segmentCalls;
    private static PagePipeline pipeline;

    @BeforeAll
    static void engine() {
        ZoneGazetteer gazetteer = ZoneGazetteer.bundled();
        HanlpWords counting = new HanlpWords(gazetteer, (withNames, length) -> {
            if (withNames) {
                namesChars += length;
            } else {
                keywordChars += length;
            }
            segmentCalls++;
        });
        pipeline = PagePipeline.withGazetteer(gazetteer, counting);
    }

    @Test
    void eachItemsTextIsSegmentedOnce() {
        long allItemChars = 0;
        long allKeywordChars = 0;
        for (String name : pages()) {
            keywordChars = 0;
            namesChars = 0;
            segmentCalls = 0;
            Page page = pipeline.process(name, read(name));
            long itemChars = itemChars(page);
            String counts = String.format("%s: %d characters in items; segmented %d for keyphrases and %d with names,"
                    + " in %d calls", name, itemChars, keywordChars, namesChars, segmentCalls);
            System.out.println(counts);
            assertTrue(itemChars > 0, name + " has text");
            assertTrue(keywordChars <= MAX_KEYWORD_PER_CHAR_ON_A_PAGE * itemChars, counts + ": text segmented twice");
            assertTrue(namesChars <= MAX_NAMES_PER_CHAR * itemChars, counts + ": some text is segmented twice");
            allItemChars += itemChars;
            allKeywordChars += keywordChars;
        }
        System.out.printf("all pages: %d characters in items, %d segmented for keyphrases%n", allItemChars,
                allKeywordChars);
        assertTrue(allKeywordChars <= MAX_KEYWORD_PER_CHAR * allItemChars, allKeywordChars + " characters segmented"
                + " for keyphrases for " + allItemChars + " characters of items: some text is segmented twice");
    }

    /** The bundled pages and every unseen page, as class-path resources. */
    private static List<String> pages() {
        List<String> pages = new ArrayList<>();
        for (String folder : List.of("/assets/pages", "/unseen")) {
            try (Stream<Path> files = Files.list(Path.of(resourceUri(folder)))) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted()
                        .forEach(name -> pages.add(folder + "/" + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private static URI resourceUri(String folder) {
        try {
            return Objects.requireNonNull(SegmentedOnceTest.class.getResource(folder), folder + " missing").toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Titles, subtitles, body paragraphs and captions: the text the tagger reads. */
    private static long itemChars(Page page) {
        long chars = 0;
        for (Article article : page.items()) {
            chars += article.title().length() + article.subtitle().length();
            for (Paragraph paragraph : article.body()) {
                chars += paragraph.text().length();
            }
            for (String caption : article.photoCaptions()) {
                chars += caption.length();
            }
        }
        return chars;
    }

    private static byte[] read(String resource) {
        try (InputStream in = SegmentedOnceTest.class.getResourceAsStream(resource)) {
            return Objects.requireNonNull(in, resource + " missing").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

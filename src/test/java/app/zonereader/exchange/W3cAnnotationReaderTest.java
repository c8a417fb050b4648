package app.zonereader.exchange;

import app.zonereader.model.Annotation;
import app.zonereader.model.AnnotationKind;
import app.zonereader.model.HighlightColor;
import app.zonereader.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader takes the shapes other tools write, reports an entry it cannot use, and refuses a file that is no annotations. */
class W3cAnnotationReaderTest {
    private static final String URI = Samples.ARTICLE.uri();
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private final W3cAnnotationReader reader = new W3cAnnotationReader(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSingleAnnotationWithStringBodyAndSelectorObject() throws Exception {
        Annotation read = one("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
                 "motivation": ["commenting"], "created": "2024-05-01T16:00:00+08:00",
                 "body": {"type": "TextualBody", "value": "好句子", "purpose": ["commenting"]},
                 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "产教融合",
                            "prefix": "推进", "suffix": "，"}}}""".formatted(URI));
        assertEquals(AnnotationKind.HIGHLIGHT, read.kind());
        assertEquals("http://example.org/anno1", read.uuid());
        assertEquals(new TextAnchor("产教融合", "推进", "，", 0, 4), read.anchor(), "no position: a 0..length hint");
        assertEquals("好句子", read.text());
        assertEquals(Instant.parse("2024-05-01T08:00:00Z"), read.created());
        assertEquals(read.created(), read.modified(), "no modified: as created");
        assertEquals(HighlightColor.YELLOW, read.color());
    }

    /** The model's most basic form: body and target as bare IRIs, no motivation. */
    @Test
    void theModelsBasicFormIsAnArticleNoteLinkingItsBody() throws Exception {
        Annotation read = one("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
                 "body": "http://example.org/post1", "target": "%s"}""".formatted(URI));
        assertEquals(AnnotationKind.ARTICLE_NOTE, read.kind());
        assertEquals("http://example.org/post1", read.text());
    }

    @Test
    void aPlainListWithTargetsAsStringsAndArraysBodyValueAndTagging() throws Exception {
        ReadAnnotations read = read("""
                [
                 {"id": "urn:a", "type": "Annotation", "motivation": "oa:bookmarking", "target": "%1$s"},
                 {"id": "urn:b", "type": "Annotation", "bodyValue": "整篇笔记",
                  "target": ["http://example.org/page.html", {"source": {"id": "%1$s", "type": "Text"}}]},
                 {"id": "urn:c", "type": ["Annotation"], "motivation": "http://www.w3.org/ns/oa#tagging",
                  "bodyValue": "新标签", "target": "%1$s"},
                 {"id": "urn:d", "type": "Annotation", "target": "%1$s",
                  "body": [{"type": "TextualBody", "purpose": "tagging", "value": "甲"},
                           {"type": "TextualBody", "purpose": "tagging", "value": "乙"}]}
                ]""".formatted(URI));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of(AnnotationKind.BOOKMARK, AnnotationKind.ARTICLE_NOTE, AnnotationKind.TAG,
                AnnotationKind.TAG, AnnotationKind.TAG), read.annotations().stream().map(Annotation::kind).toList());
        assertEquals(List.of("", "整篇笔记", "新标签", "甲", "乙"), read.annotations().stream().map(Annotation::text).toList());
        assertEquals(List.of("urn:a", "urn:b", "urn:c", "urn:d", "urn:d#tag-2"),
                read.annotations().stream().map(Annotation::uuid).toList());
        assertEquals(NOW, read.annotations().get(0).created(), "no created: now");
    }

    @Test
    void aHighlightsColourFromItsStyleClassOrAHighlightingBodyAndItsTagsAsTagAnnotations() throws Exception {
        ReadAnnotations read = read("""
                {"type": "AnnotationPage", "items": [
                 {"id": "urn:x", "type": "Annotation", "motivation": "highlighting",
                  "target": {"source": "%1$s", "styleClass": "zonereader-pink",
                             "selector": [{"type": "TextPositionSelector", "start": 3, "end": 7},
                                          {"type": "TextQuoteSelector", "exact": "产教融合"}]}},
                 {"id": "urn:y", "type": "Annotation",
                  "body": [{"type": "TextualBody", "purpose": "highlighting", "value": "Blue"},
                           {"type": "TextualBody", "purpose": "tagging", "value": "职教"}],
                  "target": {"source": "%1$s", "selector": {"type": "TextQuoteSelector", "exact": "职教"}}}
                ]}""".formatted(URI));
        List<Annotation> annotations = read.annotations();
        assertEquals(HighlightColor.PINK, annotations.get(0).color());
        assertEquals(3, annotations.get(0).anchor().start());
        assertEquals(7, annotations.get(0).anchor().end());
        assertEquals(HighlightColor.BLUE, annotations.get(1).color());
        assertEquals("", annotations.get(1).text(), "a colour body is not a note");
        assertEquals(AnnotationKind.TAG, annotations.get(2).kind());
        assertEquals("urn:y#tag-1", annotations.get(2).uuid());
    }

    @Test
    void aChoiceGivesItsFirstItemAndLongContextIsCutTo32Characters() throws Exception {
        String longPrefix = "前".repeat(40);
        Annotation read = one("""
                {"id": "urn:z", "type": "Annotation",
                 "body": {"type": "Choice", "items": [{"type": "TextualBody", "value": "中文"},
                                                     {"type": "TextualBody", "value": "English"}]},
                 "target": {"type": "Choice", "items": [{"source": "%s", "selector": {"type": "TextQuoteSelector",
                            "exact": "引文", "prefix": "%s", "suffix": "%s"}}]}}"""
                .formatted(URI, longPrefix, "后".repeat(40)));
        assertEquals("中文", read.text());
        assertEquals("前".repeat(32), read.anchor().prefix());
        assertEquals("后".repeat(32), read.anchor().suffix());
    }

    @Test
    void anEntryWithoutIdGetsTheSameIdOnEveryRead() throws Exception {
        String json = """
                {"type": "Annotation", "motivation": "bookmarking", "target": "%s"}""".formatted(URI);
        String first = one(json).uuid();
        assertTrue(first.startsWith("urn:uuid:"), first);
        assertEquals(first, one(json).uuid());
    }

    @Test
    void unusableEntriesAreReportedByPlaceAndIdAndTheOthersKept() throws Exception {
        ReadAnnotations read = read("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "total": 7,
                 "first": {"type": "AnnotationPage", "items": [
                   {"id": "urn:web", "type": "Annotation", "bodyValue": "x", "target": "http://example.org/page"},
                   {"id": "urn:pos", "type": "Annotation", "target": {"source": "%1$s",
                    "selector": {"type": "TextPositionSelector", "start": 1, "end": 4}}},
                   {"id": "urn:date", "type": "Annotation", "created": "yesterday", "bodyValue": "x", "target": "%1$s"},
                   {"id": "urn:neg", "type": "Annotation", "target": {"source": "%1$s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "产教"}, {"type": "TextPositionSelector", "start": -1, "end": 2}]}},
                   {"id": "urn:none", "type": "Annotation", "target": "%1$s"},
                   "just a string",
                   {"id": "urn:good", "type": "Annotation", "bodyValue": "留下", "target": "%1$s"}
                 ], "next": "http://example.org/page2"}}""".formatted(URI));
        assertEquals(List.of("urn:good"), read.annotations().stream().map(Annotation::uuid).toList());
        assertEquals(6, read.unusable());
        List<String> problems = read.problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("first.items[0] (urn:web): its target http://example.org/page is not a ZoneReader article"), problems.get(0));
        assertTrue(problems.get(1).contains("(urn:pos)") && problems.get(1).contains("TextQuoteSelector"), problems.get(1));
        assertTrue(problems.get(2).contains("created 'yesterday' is not a date-time"), problems.get(2));
        assertTrue(problems.get(3).contains("0 <= start <= end"), problems.get(3));
        assertTrue(problems.get(4).contains("nothing ZoneReader keeps"), problems.get(4));
        assertTrue(problems.get(5).startsWith("first.items[5]: not a JSON object"), problems.get(5));
        assertTrue(problems.get(6).contains("next page (http://example.org/page2) is only linked"), problems.get(6));
    }

    @Test
    void aFileThatIsNoAnnotationsFailsWholeWithWhereAndWhy() {
        assertEquals("not valid JSON at line 2, column 13: Unexpected character (',' (code 44)): was expecting double-quote "
                        + "to start field name",
                formatError("{\"type\": \"Annotation\",\n \"target\": {,}}").getMessage());
        assertEquals("the file is empty", formatError("  ").getMessage());
        assertTrue(formatError("42").getMessage().contains("the file holds 42"));
        assertTrue(formatError("{\"type\": \"Person\"}").getMessage().contains("neither an Annotation"));
        assertTrue(formatError("{\"type\": \"AnnotationCollection\", \"total\": 3, \"first\": \"http://example.org/p1\"}")
                .getMessage().contains("first page is only linked"));
        assertTrue(formatError("{\"type\": \"AnnotationPage\", \"items\": {}}").getMessage().contains("items is not a list"));
        assertTrue(formatError("[] []").getMessage().startsWith("not valid JSON"));
    }

    @Test
    void aByteOrderMarkFromAWindowsEditorIsFineAndBrokenUtf8IsAFormatError() throws Exception {
        byte[] json = ("\uFEFF{\"id\": \"urn:bom\", \"type\": \"Annotation\", \"motivation\": \"bookmarking\", \"target\": \""
                + URI + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals("urn:bom", reader.read(new ByteArrayInputStream(json)).annotations().get(0).uuid());
        byte[] broken = {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'};
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class,
                () -> reader.read(new ByteArrayInputStream(broken)));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 1"), e.getMessage());
    }

    private AnnotationFormatException formatError(String json) {
        return assertThrows(AnnotationFormatException.class, () -> read(json));
    }

    private Annotation one(String json) throws Exception {
        ReadAnnotations read = read(json);
        assertEquals(List.of(), read.problems());
        assertEquals(1, read.annotations().size());
        return read.annotations().get(0);
    }

    private ReadAnnotations read(String json) throws Exception {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}

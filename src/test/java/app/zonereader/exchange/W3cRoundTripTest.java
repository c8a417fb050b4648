package app.zonereader.exchange;

import app.zonereader.model.AnchorStatus;
import app.zonereader.model.Annotation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the JSON export writes, the reader gives back: same ids, kinds, colours, anchors, texts and times. */
class W3cRoundTripTest {
    @Test
    void everyKindComesBackEqual() throws Exception {
        List<Annotation> written = Samples.everyKind();
        ReadAnnotations read = new W3cAnnotationReader().read(new ByteArrayInputStream(export(written)));
        assertEquals(List.of(), read.problems());
        assertEquals(written.stream().map(W3cRoundTripTest::portable).toList(),
                read.annotations().stream().map(W3cRoundTripTest::portable).toList());
    }

    @Test
    void anOrphanTravelsWithItsSelectorsAndIsAnchoredAfreshByTheReadingLibrary() throws Exception {
        Annotation orphan = Samples.orphan("urn:uuid:00000000-0000-4000-8000-0000000000aa");
        Annotation read = new W3cAnnotationReader().read(new ByteArrayInputStream(export(List.of(orphan))))
                .annotations().get(0);
        assertEquals(orphan.anchor(), read.anchor());
        assertEquals(AnchorStatus.ANCHORED, read.status(), "status is the reading library's to decide");
    }

    @Test
    void chineseIsWrittenAsUtf8NotEscaped() throws Exception {
        String json = new String(export(Samples.everyKind()), StandardCharsets.UTF_8);
        assertTrue(json.contains("产教融合"), json);
        assertFalse(json.contains("\\u4EA7") || json.contains("\\u4ea7"), json);
        assertTrue(json.contains("\"language\" : \"zh\""), json);
    }

    @Test
    void aBareStoredUuidIsExportedAsAUrn() {
        assertEquals("urn:uuid:0b9c1f8e-5a7d-4c1e-9f00-123456789abc",
                W3cAnnotationEncoder.iri("0b9c1f8e-5a7d-4c1e-9f00-123456789abc"));
        assertEquals("urn:uuid:0b9c1f8e-5a7d-4c1e-9f00-123456789abc",
                W3cAnnotationEncoder.iri("urn:uuid:0b9c1f8e-5a7d-4c1e-9f00-123456789abc"));
    }

    private static byte[] export(List<Annotation> annotations) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new W3cAnnotationWriter().write(Samples.rows(annotations), out);
        return out.toByteArray();
    }

    /** What an exchange carries: everything but the database id and this library's anchoring status. */
    private static List<Object> portable(Annotation a) {
        return List.of(a.uuid(), a.article(), a.kind(), a.color(), a.anchor(), a.text(), a.created(), a.modified());
    }
}

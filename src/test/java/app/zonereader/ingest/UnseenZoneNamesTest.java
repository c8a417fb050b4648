package app.zonereader.ingest;

import app.zonereader.model.Page;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every invented page reports exactly the unknown zone names its expected.json entry lists under "unknown_zones"
 * (none when the key is absent): a zone-shaped phrase that is no zone (宣传高新区) must never reach the import report.
 */
class UnseenZoneNamesTest {
    @Test
    void everyUnseenPageReportsExactlyItsUnknownZones() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/unseen/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        PagePipeline pipeline = PagePipeline.standard();
        List<String> wrong = new ArrayList<>();
        for (JsonNode entry : expected.get("pages")) {
            String file = entry.get("file").asText();
            List<String> wanted = new ArrayList<>();
            entry.path("unknown_zones").forEach(name -> wanted.add(name.asText()));
            byte[] bytes;
            try (InputStream in = getClass().getResourceAsStream("/unseen/" + file)) {
                bytes = in.readAllBytes();
            }
            Page page = pipeline.process(file, bytes);
            if (!page.unknownZoneNames().equals(wanted)) {
                wrong.add(file + ": expected " + wanted + ", reported " + page.unknownZoneNames());
            }
        }
        assertEquals(List.of(), wrong);
    }
}

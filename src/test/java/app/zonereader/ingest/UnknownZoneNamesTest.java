package app.zonereader.ingest;

import app.zonereader.model.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnknownZoneNamesTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final UnknownZoneNames UNKNOWN = new UnknownZoneNames(GAZETTEER, new HanlpWords(GAZETTEER));

    @Test
    void aPlaceBeforeTheSuffixIsReported() {
        assertEquals(List.of("丽水高新区", "桐乡高新技术产业开发区", "瑞安高新区"),
                UNKNOWN.find("助力丽水高新区建设。桐乡高新技术产业开发区与瑞安国家高新区签约。"));
    }

    @Test
    void verbsAndModifiersBeforeTheSuffixAreNoPlace() {
        assertEquals(List.of(), UNKNOWN.find("向高校毕业生宣传高新区创业就业政策。"));
        assertEquals(List.of(), UNKNOWN.find("各部门要推动高新区高质量发展，助力高新区建设。"));
        assertEquals(List.of(), UNKNOWN.find("营收居全国高新区前列，支持高新区企业上市。"));
    }

    @Test
    void aRepeatedSuffixIsNoPlace() {
        assertEquals(List.of(), UNKNOWN.find("高新区高新区"));
    }

    @Test
    void aGazetteerCityBeforeTheSuffixIsAPlaceWhateverHanlpSays() {
        // 北京 is the gazetteer's city of 中关村, but 北京高新区 is no form of it
        assertEquals(List.of("北京高新区"), UNKNOWN.find("北京高新区"));
    }

    @Test
    void knownZonesInAnyFormAreNotUnknown() {
        assertTrue(UNKNOWN.find("永川高新區、重庆永川高新技术产业开发区、济宁国家高新区、济宁国家级高新区").isEmpty());
    }

    @Test
    void theSamplePagesNameNoUnknownZone() throws IOException {
        PagePipeline pipeline = PagePipeline.standard();
        List<String> reported = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assets/pages"))) {
            for (Path file : files.sorted().toList()) {
                Page page = pipeline.process(file.getFileName().toString(), Files.readAllBytes(file));
                page.unknownZoneNames().forEach(name -> reported.add(file.getFileName() + ": " + name));
            }
        }
        assertEquals(List.of(), reported);
    }
}

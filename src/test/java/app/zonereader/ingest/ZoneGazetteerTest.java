package app.zonereader.ingest;

import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneGazetteerTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();

    private static List<String> shortNames(String text) {
        return GAZETTEER.mentions(text).stream().map(m -> m.zone().shortName()).toList();
    }

    @Test
    void bundledListHasEveryNationalZoneWithDistinctShortNames() {
        assertEquals(179, GAZETTEER.zones().size());
        assertEquals(179, GAZETTEER.zones().stream().map(Zone::shortName).distinct().count());
    }

    @Test
    void knowsFullShortAliasAndDerivedForms() {
        for (String form : List.of("重庆永川高新技术产业开发区", "永川高新技术产业开发区", "永川高新区", "永川国家高新区",
                "永川国家高新技术产业开发区")) {
            assertEquals("永川高新区", GAZETTEER.lookup(form).orElseThrow().shortName(), form);
        }
        assertEquals("东湖高新区", GAZETTEER.lookup("中国光谷").orElseThrow().shortName());
        assertEquals("包头稀土高新区", GAZETTEER.lookup("包头高新区").orElseThrow().shortName());
    }

    @Test
    void matchesTraditionalAndFullWidthText() {
        List<ZoneMention> mentions = GAZETTEER.mentions("本報訊 永川高新區管委會與濟寧高新區");
        assertEquals(List.of("永川高新区", "济宁高新区"), mentions.stream().map(m -> m.zone().shortName()).toList());
        assertEquals("永川高新區", mentions.get(0).surface());
        assertEquals(4, mentions.get(0).start());
        assertEquals(9, mentions.get(0).end());
    }

    @Test
    void bareDistrictAndCityNamesAreNotMentions() {
        assertEquals(List.of(), shortNames("永川区是重庆的一个区，永川的职教很有名；合肥、济南、苏州都在发展。"));
    }

    @Test
    void longestMatchSeparatesNeighbouringZones() {
        assertEquals(List.of("苏州工业园区", "苏州高新区"), shortNames("苏州工业园区和苏州高新区"));
        assertEquals(List.of("永川高新区"), shortNames("重庆永川高新区"));
        assertEquals(List.of("重庆高新区"), shortNames("重庆高新区"));
        assertEquals(List.of("净月高新区"), shortNames("长春净月高新技术产业开发区"));
        assertEquals(List.of("济南高新区"), shortNames("济南高新区位于济南"));
    }

    @Test
    void mentionsAreNonOverlappingWithOffsets() {
        String text = "合肥高新区、合肥国家高新区";
        List<ZoneMention> mentions = GAZETTEER.mentions(text);
        assertEquals(2, mentions.size());
        assertEquals("合肥高新区", text.substring(mentions.get(0).start(), mentions.get(0).end()));
        assertEquals("合肥国家高新区", mentions.get(1).surface());
        assertTrue(mentions.get(0).end() <= mentions.get(1).start());
    }

    @Test
    void nameBrokenByALineWrapStillMatches() {
        List<ZoneMention> mentions = GAZETTEER.mentions("落户清远高\n新区的项目");
        assertEquals(1, mentions.size());
        assertEquals("清远高\n新区", mentions.get(0).surface());
    }

    @Test
    void badRowNamesTheLine() {
        String csv = """
                name,short_name,aliases,province,city,approved_year
                永川高新技术产业开发区,永川高新区,永川国家高新区,重庆,重庆,2018
                济宁高新技术产业开发区,济宁高新区,济宁国家高新区,山东,济宁
                """;
        ZoneGazetteerFormatException error = assertThrows(ZoneGazetteerFormatException.class,
                () -> ZoneGazetteer.fromCsv(new StringReader(csv)));
        assertTrue(error.getMessage().startsWith("line 3: expected 6"), error.getMessage());
    }

    @Test
    void badYearAndMissingHeaderAreReported() {
        String badYear = "name,short_name,aliases,province,city,approved_year\n永川高新技术产业开发区,永川高新区,,重庆,重庆,二〇一八\n";
        assertTrue(assertThrows(ZoneGazetteerFormatException.class, () -> ZoneGazetteer.fromCsv(new StringReader(badYear)))
                .getMessage().startsWith("line 2: approved_year"));
        assertTrue(assertThrows(ZoneGazetteerFormatException.class,
                () -> ZoneGazetteer.fromCsv(new StringReader("永川,永川高新区,,重庆,重庆,2018\n")))
                .getMessage().startsWith("line 1: expected the header"));
    }

    @Test
    void aNameUsedByTwoZonesIsRejected() {
        String csv = """
                name,short_name,aliases,province,city,approved_year
                甲高新技术产业开发区,甲高新区,共同名,省,市,2010
                乙高新技术产业开发区,乙高新区,共同名,省,市,2011
                """;
        assertTrue(assertThrows(ZoneGazetteerFormatException.class, () -> ZoneGazetteer.fromCsv(new StringReader(csv)))
                .getMessage().contains("共同名"));
    }

    @Test
    void aliasesOfTheZoneShapeGetTheDerivedFormsToo() {
        ZoneGazetteer bundled = ZoneGazetteer.bundled();
        assertEquals("嘉兴高新区", bundled.lookup("秀洲国家高新区").orElseThrow().shortName());
        assertEquals("嘉兴高新区", bundled.lookup("嘉兴秀洲高新技术产业开发区").orElseThrow().shortName());
        assertEquals("嘉兴高新区", bundled.lookup("秀洲国家级高新区").orElseThrow().shortName());
    }
}

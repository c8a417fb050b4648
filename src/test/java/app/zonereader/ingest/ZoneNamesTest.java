package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneNamesTest {
    @Test
    void formsOfAPlaceIncludeNationalAndOfficialForms() {
        Set<String> forms = ZoneNames.formsOfPlace("嘉兴");
        assertTrue(forms.containsAll(List.of("嘉兴高新区", "嘉兴国家高新区", "嘉兴国家级高新区", "嘉兴高新技术产业开发区",
                "嘉兴国家高新技术产业开发区", "嘉兴国家级高新技术产业开发区")), forms.toString());
    }

    @Test
    void placeOfAShortName() {
        assertEquals(Optional.of("乌鲁木齐"), ZoneNames.placeOf("乌鲁木齐高新区"));
        assertEquals(Optional.empty(), ZoneNames.placeOf("中关村"));
        assertEquals(Optional.empty(), ZoneNames.placeOf("高新区"));
    }

    @Test
    void suffixesCoverNationalInfixesAndTheLongForm() {
        String text = "秀洲国家级高新区与重庆永川高新技术产业开发区、济宁国家高新区";
        List<ZoneNames.Suffix> found = ZoneNames.suffixes(text);
        assertEquals(3, found.size());
        assertEquals("国家级高新区", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("高新技术产业开发区", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals("国家高新区", text.substring(found.get(2).start(), found.get(2).end()));
        assertEquals(text.indexOf("高新技术"), found.get(1).suffixStart());
    }

    @Test
    void highTechWithoutAZoneSuffixIsNoName() {
        assertTrue(ZoneNames.suffixes("高新技术企业和高新产业").isEmpty());
    }

    @Test
    void keysSkipTheNationalInfixAndReadTheLongForm() {
        assertEquals(Set.of("秀洲", "永川", "济宁"),
                ZoneNames.keys("秀洲国家高新区、重庆永川高新技术产业开发区和济宁国家级高新区", 4000));
        assertTrue(ZoneNames.keys("该高新区与全国国家高新区", 4000).isEmpty());
    }

    @Test
    void keysAreFoundInTraditionalAndFullWidthTextToo() {
        assertEquals(Set.of("永川"), ZoneNames.keys("重慶永川高新區發佈新政", 4000));
        assertEquals(Set.of("永川"), ZoneNames.keys("永川高新区（重庆）", 4000));
        assertTrue(ZoneNames.keys("重慶市發佈新政，產業園開園", 4000).isEmpty());
        assertTrue(ZoneNames.mayHoldSuffix("重慶市發佈新政"), "Traditional text is folded before it is read");
        assertFalse(ZoneNames.mayHoldSuffix("重庆市发布新政，产业园开园"));
    }

    @Test
    void keysReadOnlyTheFirstCharacters() {
        assertTrue(ZoneNames.keys("一二三四五永川高新区", 5).isEmpty());
    }

    @Test
    void linesOpeningWithAZoneName() {
        assertTrue(ZoneNames.opensWithName("济宁高新区跨域通办"));
        assertTrue(ZoneNames.opensWithName("乌鲁木齐高新区"));
        assertTrue(ZoneNames.opensWithName("秀洲国家高新区签约"));
        assertFalse(ZoneNames.opensWithName("在清远高新区发布"));
        assertFalse(ZoneNames.opensWithName("高新区动态"));
        assertFalse(ZoneNames.opensWithName("2021年永川高新区"));
    }

    @Test
    void aSuffixCutAcrossTwoLines() {
        assertTrue(ZoneNames.splitAcross("齐齐哈尔高新", "区重型装备产业提速"));
        assertTrue(ZoneNames.splitAcross("齐齐哈尔高", "新区重型装备"));
        assertFalse(ZoneNames.splitAcross("高新", "区"));
        assertFalse(ZoneNames.splitAcross("齐齐哈尔高新区", "重型装备"));
    }


    @Test
    void aCityFormIsAForm() {
        assertTrue(ZoneNames.formsOfPlace("潍坊").containsAll(List.of("潍坊市高新区", "潍坊市高新技术产业开发区")));
    }

    @Test
    void bareSuffixesHaveNoPlaceBeforeThem() {
        assertEquals(4, ZoneNames.bareCount("高新区管委会从高新区出发，在我市高新区、“高新区”。"));
        assertEquals(0, ZoneNames.bareCount("嘉兴高新区、省级高新区、宣传高新区"));
    }
}

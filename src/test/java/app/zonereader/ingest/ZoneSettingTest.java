package app.zonereader.ingest;

import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneSettingTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final ZoneSetting SETTING = new ZoneSetting(GAZETTEER);

    private static Zone zone(String shortName) {
        return GAZETTEER.byShortName(shortName).orElseThrow();
    }

    @Test
    void placesComeFromTheHeadingTheSourceAndTheDatelineOnly() {
        assertEquals(Set.of("嘉兴", "株洲"), SETTING.placesOf(List.of("高新区新建基站", "来源：嘉兴日报"),
                "本报讯 株洲12月1日电 记者获悉，" + "一".repeat(40) + "杭州"));
    }

    @Test
    void theLongestPlaceWinsAtEachPosition() {
        assertEquals(Set.of("乌鲁木齐"), SETTING.placesOf(List.of("乌鲁木齐讯"), ""));
    }

    @Test
    void aCityWithOneZoneLocatesIt() {
        assertEquals(Optional.of(zone("嘉兴高新区")), SETTING.onlyZoneOf(Set.of("嘉兴")));
        assertEquals(Optional.of(zone("嘉兴高新区")), SETTING.onlyZoneOf(Set.of("秀洲")), "an alias's place");
        assertEquals(Optional.empty(), SETTING.onlyZoneOf(Set.of("重庆")), "four zones");
        assertEquals(Optional.empty(), SETTING.onlyZoneOf(Set.of("嘉兴", "株洲")), "two cities");
        assertEquals(Optional.empty(), SETTING.onlyZoneOf(Set.of()));
    }

    @Test
    void anArticleIsSetElsewhereOnlyWhenItNamesAnotherCityAndNotTheZones() {
        Zone zhangjiang = zone("张江");
        assertTrue(SETTING.setElsewhere(Set.of("杭州"), zhangjiang));
        assertFalse(SETTING.setElsewhere(Set.of("杭州", "上海"), zhangjiang));
        assertFalse(SETTING.setElsewhere(Set.of("张江"), zhangjiang), "the name itself says nothing");
        assertFalse(SETTING.setElsewhere(Set.of(), zhangjiang));
    }
}

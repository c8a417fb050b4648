package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SectionRejoinerTest {
    @Test
    void anOrphanThatStandsAloneIsComparedWithItsNewHeadlinesNotWithTheTextItHadBefore() {
        Draft orphan = new Draft(10);
        orphan.orphan = true;
        orphan.leadingShorts.add(new Draft.Headline("青岛高新区海洋经济产业园开园", 8));
        orphan.leadingShorts.add(new Draft.Headline("首批30家涉海企业集中入驻", 9));
        orphan.body.add(new Draft.Para("产业园总建筑面积12万平方米，重点发展海洋生物医药等产业。", false, 1));
        assertEquals(Set.of(), orphan.zones(), "cached before the headlines join");
        List<Draft> drafts = new ArrayList<>(List.of(orphan));

        new SectionRejoiner(drafts, new ArrayList<>(), BigramSimilarity.of(drafts)).attachOrphans(new ArrayList<>());

        assertFalse(orphan.orphan);
        assertEquals(2, orphan.headlines.size());
        assertEquals(BigramSimilarity.zoneKeys(orphan.text()), orphan.zones());
        assertFalse(orphan.zones().isEmpty(), orphan.zones().toString());
    }
}

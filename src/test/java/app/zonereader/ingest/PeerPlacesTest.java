package app.zonereader.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerPlacesTest {
    private static final ZoneGazetteer GAZETTEER = ZoneGazetteer.bundled();
    private static final PeerPlaces PEERS = new PeerPlaces(new HanlpWords(GAZETTEER));

    @Test
    void enumeratedDistrictsAndCountiesArePeers() {
        assertEquals(Set.of("南湖区", "秀洲区", "嘉善县", "平湖市"),
                PEERS.in(List.of("南湖区、秀洲区、嘉善县、平湖市和嘉兴高新区共32个项目参加")));
    }

    @Test
    void parksCutIntoCommonNounsArePeersByTheirEnding() {
        Set<String> peers = PEERS.in(List.of("依托瓯江口产业集聚区、浙南产业集聚区、温州高新区和各县市经济开发区布局"));
        assertTrue(peers.contains("依托瓯江口产业集聚区") && peers.contains("浙南产业集聚区"), peers.toString());
    }

    @Test
    void zonesAndCommonNounsAreNoPeers() {
        assertEquals(Set.of(), PEERS.in(List.of("嘉兴高新区、园区、城区和社区，上市企业增加，全市")));
    }
}

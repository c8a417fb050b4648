package app.zonereader.ingest;

import app.zonereader.model.Zone;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormTrieTest {
    private static final Zone YONGCHUAN = new Zone("重庆永川高新技术产业开发区", "永川高新区", List.of(), "重庆", "重庆", 2018);
    private static final Zone ZHANGJIANG = new Zone("张江高科技园区", "张江", List.of(), "上海", "上海", 1992);

    private static List<String> surfaces(FormTrie trie, String text) {
        return trie.findAll(text, text).stream().map(ZoneMention::surface).toList();
    }

    @Test
    void namesAreFoundWhereverTheLineBreaksThem() {
        FormTrie trie = new FormTrie(Map.of("永川高新区", YONGCHUAN, "张江", ZHANGJIANG));
        assertEquals(List.of("永川高新区"), surfaces(trie, "在永川高新区举办"));
        assertEquals(List.of("永\n川高新区"), surfaces(trie, "在永\n川高新区举办"), "broken after the first character");
        assertEquals(List.of("永川高\n新区"), surfaces(trie, "在永川高\n新区"));
        assertEquals(List.of("张 江"), surfaces(trie, "在张 江科学城"));
        assertEquals(List.of(), surfaces(trie, "永远的川流，张望江边"));
    }

    @Test
    void aNameSharingOnlyItsFirstCharacterWithTheTextIsNoMatch() {
        FormTrie trie = new FormTrie(Map.of("永川高新区", YONGCHUAN, "张江", ZHANGJIANG));
        assertEquals(List.of(), surfaces(trie, "永远 张望 永\n远"));
        assertEquals(List.of("永川高新区", "张江"), surfaces(trie, "永远永川高新区张张江"));
    }

    @Test
    void aOneCharacterNameTurnsThePairRuleOff() {
        FormTrie trie = new FormTrie(Map.of("永川高新区", YONGCHUAN, "江", ZHANGJIANG));
        assertEquals(List.of("江", "永川高新区"), surfaces(trie, "江边的永川高新区"));
    }
}

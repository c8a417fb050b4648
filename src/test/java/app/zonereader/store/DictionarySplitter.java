package app.zonereader.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for the HanLP segmenter in tests: longest dictionary match, else one Han character; runs of Latin letters
 * or digits are one word; everything else is dropped.
 */
final class DictionarySplitter implements WordSplitter {
    static final Set<String> WORDS = Set.of("永川", "高新区", "永川高新区", "职教", "职业", "教育", "产教", "融合", "城市", "发展",
            "建设", "重庆", "西部", "基地", "企业", "创新", "科技", "园区", "产业", "国家", "管委会", "主任", "集团", "人才",
            "技能", "在职", "高质量", "技术", "中关村", "示范区", "数字", "经济", "项目", "投资", "智能", "制造", "研发", "平台");
    private static final int LONGEST = 5;

    @Override
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLatinOrDigit(c)) {
                int end = i;
                while (end < text.length() && isLatinOrDigit(text.charAt(end))) {
                    end++;
                }
                words.add(text.substring(i, end));
                i = end;
            } else if (Character.isLetter(c)) {
                int length = longestWordAt(text, i);
                words.add(text.substring(i, i + length));
                i += length;
            } else {
                i++;
            }
        }
        return words;
    }

    private static int longestWordAt(String text, int start) {
        for (int length = Math.min(LONGEST, text.length() - start); length > 1; length--) {
            if (WORDS.contains(text.substring(start, start + length))) {
                return length;
            }
        }
        return 1;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

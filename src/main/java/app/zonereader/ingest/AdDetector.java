package app.zonereader.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Advertisements and greeting notices are stacks of short lines without sentences, built from a small vocabulary of
 * congratulation, event and contact words (热烈祝贺, 隆重举行, 欢迎, 电话, 地址 …). A run of such lines containing at
 * least one of these words is an ad, not a headline.
 */
final class AdDetector {
    private static final Pattern AD_WORDS = Pattern.compile(
            "热烈祝贺|热烈庆祝|隆重举行|隆重开幕|盛大开业|开业大吉|恭贺|敬贺|谨贺|祝贺|贺电|欢迎|致敬|电话|热线|地址|网址|邮箱|邮编"
                    + "|联系人|诚聘|招聘|招商|广告|优惠|咨询|订购|专卖|全国统一|服务热线|微信公众号|扫码");

    private AdDetector() {
    }

    static boolean isAd(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        boolean keyword = false;
        for (String line : lines) {
            String norm = Norm.of(line);
            if (TextShape.endsSentence(norm) && norm.length() > 30) {
                return false;
            }
            if (AD_WORDS.matcher(norm).find()) {
                keyword = true;
            }
        }
        return keyword;
    }
}

package app.zonereader.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advertisements and greeting notices are stacks of short lines without sentences, built from a small vocabulary of
 * congratulation, event and contact words. Strong words (热烈祝贺, 隆重举行, 电话, 地址 …) or contact details (a phone
 * number, a web address) mark a notice; weak words (欢迎, 招商, 咨询 …) also occur in ordinary intertitles
 * ("精准招商 引育并举"), so they count only in numbers. A single line is an ad only with contact details.
 */
final class AdDetector {
    private static final Pattern STRONG = Pattern.compile(
            "热烈祝贺|热烈庆祝|隆重举行|隆重开幕|盛大开业|开业大吉|恭贺|敬贺|谨贺|贺电|电话|热线|地址|网址|邮箱|邮编|联系人|诚聘"
                    + "|广告|全国统一|服务热线|微信公众号|扫码");
    private static final Pattern WEAK = Pattern.compile("欢迎|祝贺|致敬|招聘|招商|优惠|咨询|订购|专卖");
    private static final Pattern CONTACT = Pattern.compile(
            "\\d{3,4}-\\d{7,8}|(?<!\\d)1[3-9]\\d{9}(?!\\d)|www\\.|https?://|@[a-z0-9]");

    private AdDetector() {
    }

    static boolean isAd(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        int score = 0;
        boolean contact = false;
        for (String line : lines) {
            String norm = Norm.of(line);
            if (TextShape.endsSentence(norm) && norm.length() > 30) {
                return false;
            }
            score += 2 * count(STRONG.matcher(norm)) + count(WEAK.matcher(norm));
            contact |= CONTACT.matcher(norm).find();
        }
        if (contact) {
            return true;
        }
        return lines.size() >= 2 && score >= 2;
    }

    /**
     * A notice for sure: ad-shaped lines with a strong word or contact details ("热烈祝贺" above a company's name and a
     * one-line announcement), as opposed to intertitles that merely use a weak word.
     */
    static boolean isNotice(List<String> lines) {
        if (!isAd(lines)) {
            return false;
        }
        for (String line : lines) {
            String norm = Norm.of(line);
            if (STRONG.matcher(norm).find() || CONTACT.matcher(norm).find()) {
                return true;
            }
        }
        return false;
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}

package app.zonereader.ingest;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the byline forms of Chinese newspapers. Matching runs on {@link TextNormalizer#forMatching} text
 * (so 本報記者 and full-width colons match too) and cuts the original text at the same offsets.
 * <ul>
 *   <li>a byline line: an optional ▶/▶▶ marker, role words (本报记者, 记者, 通讯员, 文/图 …) and names —
 *       "▶ 本报记者 叶伟", "本报记者 X 通讯员 Y", "▶ 张朝国", "文/图 X";</li>
 *   <li>the same in brackets on a line of its own: "（记者 X 通讯员 Y）", "（李明）";</li>
 *   <li>a names-only line ("张张霞 梁诗颖", "傅新荣"): 1–3 tokens that each look like a person's name;</li>
 *   <li>an affiliation line "（作者单位：…）", which belongs to the byline, not the body;</li>
 *   <li>names after the last sentence of a paragraph, separated by a space: "…体验。 谢彦波";</li>
 *   <li>the 本报讯 lead-in of a paragraph, optionally with "（记者 X）" or an unbracketed credit set off by spaces
 *       ("本报讯 记者 张明 通讯员 李红 近日，…"), which is a dateline, not body text.</li>
 * </ul>
 */
final class BylineParser {
    private static final Pattern MARKER = Pattern.compile("^[▶►▷■□●◆◇★☆>》]+\\s*");
    static final Pattern ROLE = Pattern.compile(
            "本报特约记者|本报通讯员|本报记者|特约记者|见习记者|实习记者|首席记者|记者|通讯员|实习生|特约撰稿人|撰稿人"
                    + "|责任编辑|美术编辑|版式设计|校对"
                    + "|文\\s*/\\s*图|图\\s*/\\s*文|撰文|摄影报道|摄影|作者|文字|编辑|报道|报导|整理|供稿"
                    // a one-character role only as a token of its own, so the 文 of a name like 王文明 survives
                    + "|(?<!\\p{IsHan})[文图摄](?!\\p{IsHan})");
    /** The first character of every alternative of {@link #ROLE}: a text holding none of them holds no role word. */
    static final String ROLE_FIRST = "本特见实首记通撰责美版校文图摄作编报整供";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、,，/:：|]+");
    private static final Pattern AFFILIATION = Pattern.compile("^[（(]\\s*作者(单位|系|为|简介)?[：:].{1,80}[)）]$");
    /** What every lead-in starts with; checked before the pattern, which most paragraphs would fail anyway. */
    private static final String LEAD_OPENING = "本报";
    /** 本报讯, 本报5月1日讯, 本报北京5月29日电 … optionally followed by "（记者 X）". */
    private static final Pattern LEAD = Pattern.compile(
            "^本报(\\p{IsHan}{0,6}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?(?:讯|电))"
                    + "\\s*(?:[（(]([^（）()]{1,40})[）)])?\\s*");
    /** A reporter credited in brackets at the end of a paragraph: "…。（记者 张三）", "…。（张蓉）". */
    private static final Pattern BRACKETED_END = Pattern.compile(
            "(?<=[。！？”」])\\s*[（(]\\s*((?:本报)?(?:记者|通讯员|文|作者)[^（）()]{1,30}|[^（）()]{2,14})[)）]\\s*$");
    /** The roles an unbracketed credit after 本报讯 may name, longest first. */
    private static final Pattern CREDIT_ROLE = Pattern.compile(
            "本报特约记者|本报通讯员|本报记者|特约记者|见习记者|实习记者|首席记者|记者|通讯员|实习生");
    private static final Pattern BRACKETED_LINE = Pattern.compile("^[（(]\\s*([^（）()]{1,36}?)\\s*[)）]$");
    private static final String MARKER_CHARS = "▶►▷■□●◆◇★☆>》";
    private static final String SENTENCE_END = "。！？…”」』）)!?.";

    private BylineParser() {
    }

    /** A whole line that is a byline (marker, roles, names) or an author affiliation. */
    static Optional<Byline> parseLine(String line) {
        String original = TextShape.strip(line);
        if (original.isEmpty() || original.length() > 40) {
            return Optional.empty();
        }
        String norm = Norm.of(original);
        char first = norm.charAt(0);
        if ((first == '(' || first == '（') && AFFILIATION.matcher(norm).matches()) {
            return Optional.of(new Byline(original, List.of()));
        }
        if (first == '(' || first == '（') {
            Matcher bracketed = BRACKETED_LINE.matcher(norm);
            if (bracketed.matches() && (hasRole(bracketed.group(1)) || allPlausible(bracketed.group(1)))) {
                // a closing byline printed in brackets on its own line: "（记者 何川 通讯员 李绵）", "（李明）"
                return parseLine(original.substring(bracketed.start(1), bracketed.end(1)));
            }
        }
        if (!couldBeByline(norm)) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(norm);
        boolean marked = marker.lookingAt();
        int start = marked ? marker.end() : 0;
        String rest = norm.substring(start);
        String restOriginal = original.substring(start);
        boolean hasRole = hasRole(rest);
        List<String> names = names(rest, restOriginal);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (!hasRole) {
            // A names-only line, marked (▶ 张朝国) or bare: every token must look like a name, and there are few of
            // them; "■ 强链补链" is a marked intertitle.
            if (names.size() > 3 || !allPlausible(norm.substring(start))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Byline(restOriginal.strip(), names));
    }

    static boolean hasRole(String norm) {
        return mayHoldRole(norm) && ROLE.matcher(norm).find();
    }

    /** False when no role word can start anywhere in the text; most lines tested for a byline have none. */
    static boolean mayHoldRole(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            if (ROLE_FIRST.indexOf(norm.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Cheap rejection before the regexes: bylines have no sentence punctuation and are names, roles or marked. */
    private static boolean couldBeByline(String norm) {
        if (TextShape.hasSentenceMarks(norm)) {
            return false;
        }
        if (MARKER_CHARS.indexOf(norm.charAt(0)) >= 0 || norm.indexOf(' ') >= 0 || norm.indexOf('/') >= 0) {
            return true;
        }
        return norm.length() <= 4 || norm.contains("记者") || norm.contains("通讯员") || norm.contains("撰")
                || norm.contains("摄") || norm.contains("作者") || norm.contains("编辑") || norm.contains("报道");
    }

    /**
     * Names in a byline fragment after removing role words; empty if anything else is left over
     * (then the fragment is not a byline at all).
     */
    private static List<String> names(String norm, String original) {
        StringBuilder masked = new StringBuilder(norm);
        if (mayHoldRole(norm)) {
            Matcher role = ROLE.matcher(norm);
            while (role.find()) {
                for (int i = role.start(); i < role.end(); i++) {
                    masked.setCharAt(i, ' ');
                }
            }
        }
        List<String> names = new ArrayList<>();
        Matcher sep = SEPARATORS.matcher(masked);
        int from = 0;
        while (true) {
            boolean found = sep.find();
            int end = found ? sep.start() : masked.length();
            if (end > from) {
                String token = masked.substring(from, end);
                if (!isNameToken(token)) {
                    return List.of();
                }
                names.add(original.substring(from, end));
            }
            if (!found) {
                break;
            }
            from = sep.end();
        }
        return names;
    }

    private static boolean isNameToken(String token) {
        if (token.length() < 2 || token.length() > 4) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!TextShape.isHan(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare names line: every token is a plausible name of at most three characters (four only with a compound
     * surname) and not an ordinary word ("金融", "高质量" are short intertitles, not reporters).
     */
    private static boolean allPlausible(String norm) {
        for (String token : SEPARATORS.split(norm.strip())) {
            if (!PersonNames.isPlausibleName(token) || (token.length() == 4 && !PersonNames.hasCompoundSurname(token))
                    || isOrdinaryWord(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of HanLP's core dictionary that is neither a person's nor a place name (places are common given names:
     * 秦川). Only the whole token counts: given names are often words themselves (刘光华).
     */
    private static boolean isOrdinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            String name = nature.toString();
            if (name.startsWith("nr") || name.startsWith("ns")) {
                return false;
            }
        }
        return true;
    }

    /** Splits "…体验。 谢彦波" (or "…。（记者 张三）") into the paragraph and its closing byline. */
    static Optional<BylineSplit> trailing(String paragraph) {
        String text = paragraph.stripTrailing();
        if (text.endsWith("）") || text.endsWith(")")) {
            int from = Math.max(0, text.length() - 40);
            Matcher bracketed = BRACKETED_END.matcher(Norm.of(text.substring(from)));
            if (bracketed.find()) {
                String inner = text.substring(from + bracketed.start(1), from + bracketed.end(1));
                boolean credited = hasRole(bracketed.group(1));
                // Without a role word only names will do: "（张蓉）" is a credit, "（滨江）" or "（试行）" is not.
                List<String> names = credited || allPlausible(bracketed.group(1)) ? names(bracketed.group(1), inner) : List.of();
                if (!names.isEmpty()) {
                    return Optional.of(new BylineSplit(text.substring(0, from + bracketed.start()),
                            new Byline(inner.strip(), names)));
                }
            }
        }
        // Names and the gap before them fit in the last few dozen characters; look only there.
        int offset = Math.max(0, text.length() - 48);
        if (!hasGap(text, offset)) {
            // no space for names to stand apart (matching form turns only 　 into one), as in most paragraphs
            return Optional.empty();
        }
        String norm = Norm.of(text.substring(offset));
        int end = norm.length();
        int tokens = 0;
        int cut = -1;
        while (tokens < 3) {
            int tokenEnd = end;
            int tokenStart = tokenEnd;
            while (tokenStart > 0 && TextShape.isHan(norm.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            if (tokenStart == tokenEnd || !PersonNames.isPlausibleName(norm.substring(tokenStart, tokenEnd))) {
                break;
            }
            int gap = tokenStart;
            while (gap > 0 && (norm.charAt(gap - 1) == ' ' || norm.charAt(gap - 1) == '\u3000')) {
                gap--;
            }
            if (gap == tokenStart || gap == 0) {
                break;
            }
            tokens++;
            end = gap;
            if (SENTENCE_END.indexOf(norm.charAt(gap - 1)) >= 0) {
                cut = gap;
                break;
            }
        }
        if (cut < 0) {
            return Optional.empty();
        }
        cut += offset;
        String bylineText = text.substring(cut).strip();
        List<String> names = List.of(bylineText.split("[\\s\u3000]+"));
        return Optional.of(new BylineSplit(text.substring(0, cut), new Byline(bylineText, names)));
    }

    private static boolean hasGap(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** Strips a 本报讯 / 本报X月X日电 lead-in; names in "（记者 X）" become the byline. */
    static Optional<BylineSplit> lead(String paragraph) {
        String norm = leadWindow(paragraph);
        if (!norm.startsWith(LEAD_OPENING)) {
            return Optional.empty();
        }
        Matcher m = LEAD.matcher(norm);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            String inner = paragraph.substring(m.start(2), m.end(2));
            List<String> names = names(m.group(2), inner);
            return Optional.of(new BylineSplit(paragraph.substring(m.end()), new Byline(inner.strip(), names)));
        }
        return Optional.of(unbracketedCredit(paragraph, norm, m.end())
                .orElseGet(() -> new BylineSplit(paragraph.substring(m.end()), new Byline("", List.of()))));
    }

    /**
     * "记者 张明 通讯员 李红 近日，…" right after the lead: role words, each followed by names that a space or 、
     * ends. Conservative on purpose: a name glued to the text ("记者张明近日") or a word that is not a plausible name
     * leaves the whole paragraph as it was, since cutting a sentence's first words is worse than keeping a credit.
     */
    private static Optional<BylineSplit> unbracketedCredit(String paragraph, String norm, int from) {
        List<String> names = new ArrayList<>();
        int at = from;
        int creditEnd = from;
        Matcher role = CREDIT_ROLE.matcher(norm);
        while (role.find(at) && role.start() == at) {
            int next = skipSpaces(norm, role.end());
            int namesBefore = names.size();
            while (true) {
                int end = next;
                while (end < norm.length() && end - next < 5 && TextShape.isHan(norm.charAt(end))) {
                    end++;
                }
                boolean separated = end < norm.length() && (isSpace(norm.charAt(end)) || norm.charAt(end) == '、');
                String token = norm.substring(next, end);
                if (!separated || !PersonNames.isPlausibleName(token) || isOrdinaryWord(token)
                        || CREDIT_ROLE.matcher(token).lookingAt()) {
                    break;
                }
                names.add(paragraph.substring(next, end));
                creditEnd = end;
                next = skipSpaces(norm, end + (norm.charAt(end) == '、' ? 1 : 0));
            }
            if (names.size() == namesBefore) {
                return Optional.empty();
            }
            at = next;
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Byline byline = new Byline(paragraph.substring(from, creditEnd).strip(), names);
        return Optional.of(new BylineSplit(paragraph.substring(skipSpaces(norm, creditEnd)), byline));
    }

    private static int skipSpaces(String norm, int from) {
        int at = from;
        while (at < norm.length() && isSpace(norm.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t';
    }

    static boolean startsWithLead(String paragraph) {
        String norm = leadWindow(paragraph);
        return norm.startsWith(LEAD_OPENING) && LEAD.matcher(norm).lookingAt();
    }

    /** The start of a paragraph, where a lead-in would be, in matching form. */
    private static String leadWindow(String paragraph) {
        return Norm.of(paragraph.substring(0, Math.min(paragraph.length(), 80)));
    }

    /** A paragraph with its byline removed. */
    record BylineSplit(String body, Byline byline) {
    }
}

package app.zonereader.ingest;

import app.zonereader.model.Zone;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Picks 5–10 keyphrases of an article as automatic tags (a photo caption or a short note gets no more than 5).
 * <p>
 * Candidates are HanLP's content words (nouns, verbal nouns, proper nouns of organisations and products,
 * abbreviations) and runs of two or three adjacent content words that recur (科技 + 金融 → 科技金融). Each is scored by how often
 * it occurs, a headline occurrence counting three times, times how specific it is: the rarer a word in HanLP's core
 * dictionary (a general news corpus), the more it says about this article — so 产教融合 beats 发展. This is TF-IDF
 * with the dictionary as the background corpus; HanLP's own TextRank costs several times the segmentation and
 * gave generic words on these pages.
 * <p>
 * Left out: stop words and newspaper boilerplate, numbers and dates, single characters, person and place names,
 * and zone names other than the article's own zone. A tag contained in a longer chosen tag is dropped
 * (科技金融 keeps, 金融 goes). Order is by score, then first appearance, so runs are stable. Thread-safe.
 */
public final class Tagger {
    static final int MIN_TAGS = 5;
    static final int MAX_TAGS = 10;
    /** A short text earns fewer tags: one per this many characters, between the minimum and the maximum. */
    private static final int CHARS_PER_TAG = 150;
    private static final double TITLE_BOOST = 3;
    private static final double BACKGROUND_SIZE = 3000;
    /** After the minimum, a tag must score at least this share of the best one. */
    private static final double TAIL_SHARE = 0.2;
    private static final int MAX_PHRASE = 8;
    /** The specificity of a word the background never saw, which no word exceeds. */
    private static final double MAX_SPECIFICITY = Math.log((BACKGROUND_SIZE + 1) / 1.0);
    /** By score, then first appearance (unique per candidate), so runs are stable. */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : Integer.compare(a.order, b.order);
    };
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");
    /** 三季度, 上半年, 今年度: times written in words. */
    private static final Pattern TIME_WORD = Pattern.compile("[一二三四五六七八九十两上下前后本今去明全]+(季度|半年|年度|月份|年|月|日|周)");
    /** The last characters of {@link #TIME_WORD}'s units. */
    private static final String TIME_UNITS_LAST = "度年份月日周";
    /** 余家, 多名: the tail of an approximate count whose number was cut off. */
    private static final Pattern COUNT_TAIL = Pattern.compile("[余多][家个项名人所笔台套件位次]");
    private static final Set<String> BOILERPLATE = Set.of("记者", "本报", "本报讯", "通讯员", "近日", "日前", "目前", "今年", "去年",
            "明年", "当前", "近年来", "工作", "方面", "情况", "问题", "相关", "负责人", "有限公司", "公司", "时间", "同时", "全国",
            "国家", "我国", "地区", "高新区", "国家高新区", "示范区", "管委会", "党工委", "领域", "方式", "过程", "基础", "水平",
            "能力", "作用", "重要", "有关", "部门", "单位", "意见", "一批", "一体", "新局面", "图片", "来源", "图片来源", "摄影",
            "编辑", "责任编辑", "人员", "数量", "规模", "步伐", "力度", "机制", "体系", "举措", "措施", "成效", "成果",
            "亮点", "特色", "优势", "方向", "目标", "任务", "重点", "关键", "核心", "全面", "进程", "格局", "局面", "氛围",
            "园区", "平台", "城市", "示范", "集聚", "服务", "建设", "据介绍", "据了解", "同比", "环比", "记者了解");

    private final HanlpWords words;
    private final ZoneGazetteer gazetteer;

    public Tagger(HanlpWords words, ZoneGazetteer gazetteer) {
        this.words = Objects.requireNonNull(words, "words");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Tags of an article that is about no zone: no zone name is a tag. */
    public List<String> tags(String title, String body) {
        return tags(title, body, Set.of());
    }

    /** Tags of an article about {@code ownZone}: its name may be a tag, other zones' names may not. */
    public List<String> tags(String title, String body, Zone ownZone) {
        return tags(title, body, Set.of(ownZone));
    }

    private List<String> tags(String title, String body, Set<Zone> ownZones) {
        // through Norm: the page engine then asks KeyFigureExtractor about the same body, which folds it again for free
        List<Term> titleTerms = words.keywordTerms(Norm.of(title));
        List<Term> bodyTerms = words.keywordTerms(Norm.of(body));
        // sized for a candidate per term and a phrase per two: no rehashing while collecting
        Map<String, Candidate> candidates = new HashMap<>(2 * (titleTerms.size() + bodyTerms.size()));
        collect(titleTerms, TITLE_BOOST, candidates);
        collect(bodyTerms, 1, candidates);
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Math.max(1, candidates.size()), BEST_FIRST);
        for (Candidate candidate : candidates.values()) {
            if (candidate.isSupported()) {
                // an upper bound for now: only candidates that reach the top get their dictionary look-up
                candidate.score = candidate.weight * MAX_SPECIFICITY;
                queue.add(candidate);
            }
        }
        int limit = Math.max(MIN_TAGS, Math.min(MAX_TAGS, (title.length() + body.length()) / CHARS_PER_TAG));
        return select(() -> nextAllowed(queue, ownZones), limit).stream().map(this::zoneShortName).distinct().toList();
    }

    /**
     * The best remaining candidate that may be a tag, or null. A candidate popped with its bound is scored and queued
     * again; once scored it comes out only when no bound or score left is higher, so the order is the order of scores.
     */
    private Candidate nextAllowed(PriorityQueue<Candidate> queue, Set<Zone> ownZones) {
        while (!queue.isEmpty()) {
            Candidate top = queue.poll();
            if (!top.scored) {
                top.score = top.weight * specificity(top);
                top.scored = true;
                queue.add(top);
            } else if (isAllowed(top.word, ownZones)) {
                return top;
            }
        }
        return null;
    }

    /** The own zone is tagged by its short name however the article wrote it (中关村科技园区 → 中关村). */
    private String zoneShortName(String tag) {
        return gazetteer.lookupNormalised(tag).map(Zone::shortName).orElse(tag);
    }

    private void collect(List<Term> terms, double weight, Map<String, Candidate> candidates) {
        String beforePrevious = null;
        String previous = null;
        for (Term term : terms) {
            if (!isContent(term)) {
                beforePrevious = null;
                previous = null;
                continue;
            }
            add(term.word, false, weight, candidates);
            if (gazetteer.lookupNormalised(term.word).isPresent()) {
                // a zone name is a tag of its own or nothing; "抚州高新区行政" is no phrase
                beforePrevious = null;
                previous = null;
                continue;
            }
            // runs longer than a tag can be are not even built
            if (previous != null && previous.length() + term.word.length() <= MAX_PHRASE) {
                add(previous + term.word, true, weight, candidates);
                if (beforePrevious != null && beforePrevious.length() + previous.length() + term.word.length() <= MAX_PHRASE) {
                    add(beforePrevious + previous + term.word, true, weight, candidates);
                }
            }
            beforePrevious = previous;
            previous = term.word;
        }
    }

    private static void add(String word, boolean phrase, double weight, Map<String, Candidate> candidates) {
        Candidate candidate = candidates.get(word);
        if (candidate == null) {
            candidate = new Candidate(word, phrase, candidates.size());
            candidates.put(word, candidate);
        }
        candidate.weight += weight;
        candidate.occurrences++;
        candidate.inTitle |= weight > 1;
    }

    private static boolean isContent(Term term) {
        if (term.word.length() < 2 || term.nature == null) {
            return false;
        }
        String nature = term.nature.toString();
        boolean noun = nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("ns") && !nature.equals("nx");
        return noun || nature.equals("vn") || nature.equals("j") || nature.startsWith("gi") || nature.startsWith("gm");
    }

    private boolean isAllowed(String word, Set<Zone> ownZones) {
        if (BOILERPLATE.contains(word) || CoreStopWordDictionary.contains(word) || looksLikeNumberOrTime(word)
                || word.endsWith("有限公司")) {
            return false;
        }
        Optional<Zone> zone = gazetteer.lookupNormalised(word);
        return zone.isEmpty() || ownZones.contains(zone.get());
    }

    /** Each pattern runs only where the character it needs is there: a digit, a time unit last, two characters. */
    private static boolean looksLikeNumberOrTime(String word) {
        return hasDigit(word) && HAS_DIGIT.matcher(word).matches()
                || TIME_UNITS_LAST.indexOf(word.charAt(word.length() - 1)) >= 0 && TIME_WORD.matcher(word).matches()
                || word.length() == 2 && COUNT_TAIL.matcher(word).matches();
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '0' && word.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Inverse background frequency: words common in general news say little about one article. */
    private static double specificity(Candidate candidate) {
        int frequency = candidate.phrase ? 0 : CoreDictionary.getTermFrequency(candidate.word);
        return Math.log((BACKGROUND_SIZE + 1) / (frequency + 1.0));
    }

    /** Takes tags from the candidates, best first, until the limit or the tail; a shorter tag inside a longer one goes. */
    private static List<String> select(Supplier<Candidate> ranked, int limit) {
        List<String> chosen = new ArrayList<>();
        Candidate next = ranked.get();
        double best = next == null ? 0 : next.score;
        for (; next != null; next = ranked.get()) {
            Candidate candidate = next;
            if (chosen.size() >= limit || (chosen.size() >= MIN_TAGS && candidate.score < best * TAIL_SHARE)) {
                break;
            }
            if (chosen.stream().anyMatch(tag -> tag.contains(candidate.word))
                    || candidate.phrase && chosen.stream().anyMatch(tag -> overlaps(tag, candidate.word))) {
                continue;
            }
            int contained = indexOfContained(chosen, candidate.word);
            if (contained >= 0) {
                chosen.set(contained, candidate.word);
                chosen.removeIf(tag -> !tag.equals(candidate.word) && candidate.word.contains(tag));
            } else {
                chosen.add(candidate.word);
            }
        }
        return chosen;
    }

    /** Two phrases cut from one longer run: the end of one is the start of the other (量子微波测量, 微波测量系统). */
    private static boolean overlaps(String a, String b) {
        return sharesEdge(a, b) || sharesEdge(b, a);
    }

    private static boolean sharesEdge(String head, String tail) {
        for (int length = Math.min(head.length(), tail.length()) - 1; length >= 2; length--) {
            if (head.endsWith(tail.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfContained(List<String> chosen, String word) {
        for (int i = 0; i < chosen.size(); i++) {
            if (word.contains(chosen.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final class Candidate {
        private final String word;
        private final boolean phrase;
        private final int order;
        private double weight;
        private int occurrences;
        private boolean inTitle;
        /** An upper bound until {@link #scored}. */
        private double score;
        private boolean scored;

        private Candidate(String word, boolean phrase, int order) {
            this.word = word;
            this.phrase = phrase;
            this.order = order;
        }

        /** A single word always counts; a made-up pair only when it recurs or heads the article. */
        private boolean isSupported() {
            return !phrase || occurrences >= 2 || inTitle;
        }
    }
}

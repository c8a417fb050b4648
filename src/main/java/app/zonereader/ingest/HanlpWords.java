package app.zonereader.ingest;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Chinese word segmentation with HanLP's standard tokenizer, taught the zone names and the vocabulary of zone news
 * so that 永川高新区 or 产教融合 stay one word.
 * <p>
 * HanLP's custom dictionary is global state that is not safe to change while another thread segments, so words are
 * added under a write lock and segmentation holds the read lock; each word is added once however many instances exist.
 * Code that calls HanLP directly does not take that lock, so build instances at start-up, before concurrent work.
 * Segmentation is deterministic.
 */
public final class HanlpWords {
    private static final Logger LOG = LoggerFactory.getLogger(HanlpWords.class);
    private static final String DOMAIN_WORDS = "/app/zonereader/ingest/domain-words.txt";
    private static final String ZONE_NATURE = "nz 2000";

    /**
     * The standard tokenizer without person-name recognition, for keyphrases: names are no tags, and spotting them is
     * a third of the segmentation time.
     */
    private static final Segment KEYWORD_SEGMENT = new ViterbiSegment().enableNameRecognize(false)
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false);

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    /** Words already in HanLP's custom dictionary; guarded by the write lock. */
    private static final Set<String> REGISTERED = new HashSet<>();
    private static boolean domainLoaded;

    /** Told of every text this instance segments (see {@link #HanlpWords(ZoneGazetteer, Probe)}). */
    private final Probe probe;

    /** Told of every text segmented: the seam through which a test pins how much text a page costs the segmenter. */
    interface Probe {
        /** @param withNames the standard segmentation (person names recognised), else the one for keyphrases */
        void segmented(boolean withNames, int length);
    }

    /** A segmenter that also knows every surface form of the gazetteer's zones. */
    public HanlpWords(ZoneGazetteer gazetteer) {
        this(gazetteer, (withNames, length) -> { });
    }

    /**
     * Like {@link #HanlpWords(ZoneGazetteer)}, telling {@code probe} of every text it segments, so that double work
     * cannot creep back unseen.
     */
    HanlpWords(ZoneGazetteer gazetteer, Probe probe) {
        this.probe = probe;
        Map<String, String> words = new LinkedHashMap<>();
        for (String form : gazetteer.surfaceForms().keySet()) {
            words.put(form, ZONE_NATURE);
        }
        register(words);
    }

    /**
     * The words of a text in index form: the text is first put into {@link TextNormalizer#forMatching} form, so
     * Traditional and Simplified texts give the same words. Blanks and pure punctuation are dropped.
     */
    public List<String> words(String text) {
        List<Term> terms = terms(TextNormalizer.forMatching(text));
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            if (hasLetterOrDigit(term.word)) {
                words.add(term.word);
            }
        }
        return words;
    }

    /** By characters, not by HanLP's punctuation tag, which it also gives to Han characters it does not know. */
    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** HanLP terms (word and part of speech) of a text already in matching form. */
    List<Term> terms(String normalised) {
        probe.segmented(true, normalised.length());
        LOCK.readLock().lock();
        try {
            return StandardTokenizer.segment(normalised);
        } finally {
            LOCK.readLock().unlock();
        }
    }

    /** Like {@link #terms} but person names come out as single characters; for keyphrase extraction. */
    List<Term> keywordTerms(String normalised) {
        probe.segmented(false, normalised.length());
        LOCK.readLock().lock();
        try {
            return KEYWORD_SEGMENT.seg(normalised);
        } finally {
            LOCK.readLock().unlock();
        }
    }

    private static void register(Map<String, String> words) {
        LOCK.writeLock().lock();
        try {
            if (!domainLoaded) {
                long start = System.nanoTime();
                StandardTokenizer.segment("高新区");   // loads HanLP's dictionaries now, so the time is logged here
                Map<String, String> domain = readDomainWords();
                domain.forEach(HanlpWords::insert);
                domainLoaded = true;
                LOG.info("HanLP initialised with {} domain words in {} ms", domain.size(), (System.nanoTime() - start) / 1_000_000);
            }
            int added = 0;
            for (Map.Entry<String, String> word : words.entrySet()) {
                added += insert(word.getKey(), word.getValue()) ? 1 : 0;
            }
            if (added > 0) {
                LOG.info("added {} zone names to HanLP's dictionary", added);
            }
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    private static boolean insert(String word, String nature) {
        if (!REGISTERED.add(word)) {
            return false;
        }
        CustomDictionary.insert(word, nature);
        return true;
    }

    private static Map<String, String> readDomainWords() {
        InputStream in = HanlpWords.class.getResourceAsStream(DOMAIN_WORDS);
        if (in == null) {
            throw new IllegalStateException("the domain vocabulary " + DOMAIN_WORDS + " is missing from the classpath");
        }
        Map<String, String> words = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+", 2);
                words.put(parts[0], parts.length > 1 ? parts[1] + " 500" : "n 500");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOMAIN_WORDS, e);
        }
        return words;
    }
}

package app.zonereader.ingest;

import app.zonereader.model.Article;
import app.zonereader.model.IngestWarning;
import app.zonereader.model.ItemKind;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.Page;
import app.zonereader.model.PageProblem;
import app.zonereader.model.Paragraph;
import app.zonereader.model.WarningCode;
import app.zonereader.model.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a page file into a {@link Page}: decode, cut into items, then give each item its zone, tags and key figures.
 * <p>
 * Never throws: an item that fails is kept as segmented with a warning, and a page that fails as a whole becomes one
 * item holding all its text, so the user loses nothing and sees why. Holds no mutable state, so one instance serves
 * concurrent imports.
 */
public final class PagePipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PagePipeline.class);

    private final Function<byte[], DecodedText> decoder;
    private final Function<String, SegmentedPage> segmenter;
    private final ZoneAttributor attributor;
    private final Tagger tagger;
    private final KeyFigureExtractor keyFigures;

    /**
     * @param decoder    bytes to text (normally {@code Decoder::decode})
     * @param segmenter  text to items (normally a fresh {@code PageSegmenter} per page)
     * @param attributor picks each item's zone and finds unknown zone names
     * @param tagger     automatic tags
     * @param keyFigures figures of the body
     */
    public PagePipeline(Function<byte[], DecodedText> decoder, Function<String, SegmentedPage> segmenter,
                        ZoneAttributor attributor, Tagger tagger, KeyFigureExtractor keyFigures) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.attributor = Objects.requireNonNull(attributor, "attributor");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.keyFigures = Objects.requireNonNull(keyFigures, "keyFigures");
    }

    /** The default engine: {@link Decoder}, a fresh {@link PageSegmenter} per page, and the bundled gazetteer. */
    public static PagePipeline standard() {
        return withGazetteer(ZoneGazetteer.bundled());
    }

    /** The default engine with another zone list. */
    public static PagePipeline withGazetteer(ZoneGazetteer gazetteer) {
        return withGazetteer(gazetteer, new HanlpWords(gazetteer));
    }

    /** The default engine on a zone list and a segmenter the caller shares with others (the search index). */
    public static PagePipeline withGazetteer(ZoneGazetteer gazetteer, HanlpWords words) {
        return new PagePipeline(Decoder::decode, text -> new PageSegmenter(words).segment(text),
                new ZoneAttributor(gazetteer, words), new Tagger(words, gazetteer), new KeyFigureExtractor());
    }

    /**
     * Why these bytes are no page at all (empty, a PDF, an image, binary data, far more than a page), or empty when
     * they are text. Callers ask before {@link #process}, which makes an article out of any text and so would keep
     * garbage, or spend minutes on a book.
     */
    public Optional<PageProblem> whyNotAPage(byte[] bytes) {
        return whyNotAPage(bytes, decode(bytes));
    }

    /** Like {@link #whyNotAPage(byte[])} for bytes the caller has decoded with {@link #decode}. */
    public Optional<PageProblem> whyNotAPage(byte[] bytes, DecodedText decoded) {
        return PageFileCheck.problem(bytes, decoded);
    }

    /**
     * The text of a file's bytes as this pipeline reads them, for a caller that checks, processes and keeps the text
     * of one file: decoding once instead of three times.
     */
    public DecodedText decode(byte[] bytes) {
        return decoder.apply(bytes);
    }

    /** The page made from a file's bytes; {@code fileName} is recorded as given. Both must be non-null. */
    public Page process(String fileName, byte[] bytes) {
        return process(fileName, bytes, () -> decoder.apply(bytes));
    }

    /** Like {@link #process(String, byte[])} for bytes the caller has decoded with {@link #decode}. */
    public Page process(String fileName, byte[] bytes, DecodedText decoded) {
        Objects.requireNonNull(decoded, "decoded");
        return process(fileName, bytes, () -> decoded);
    }

    private Page process(String fileName, byte[] bytes, Supplier<DecodedText> decoding) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        String hash = contentHash(bytes);
        String text = null;
        try {
            DecodedText decoded = decoding.get();
            text = decoded.text();
            String pageText = text;
            Engined engined = Norm.onPage(pageText, () -> runEngine(fileName, pageText));
            List<IngestWarning> warnings = new ArrayList<>(decoded.warnings());
            warnings.addAll(engined.segmented().warnings());
            if (engined.articles().isEmpty() && !text.isBlank()) {
                warnings.add(IngestWarning.of(WarningCode.NO_ARTICLE_FOUND));
            }
            String date = IssueDateFinder.find(fileName, text).map(LocalDate::toString).orElse("");
            return new Page(fileName, hash, engined.articles(), warnings, engined.unknownZoneNames(), date,
                    PrintedSourceFinder.find(fileName, text));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Could not process page {}; keeping its text as one item", fileName, e);
            String whole = text != null ? text : new String(bytes, StandardCharsets.UTF_8);
            return wholePage(fileName, hash, whole, e);
        }
    }

    /** What the engine made of a page's text: its items, enriched, and the zone names the gazetteer lacks. */
    private record Engined(SegmentedPage segmented, List<Article> articles, List<String> unknownZoneNames) {
    }

    /** Everything that reads the page's text alone (not its file name), so it can run in the page's folding scope. */
    private Engined runEngine(String fileName, String text) {
        SegmentedPage segmented = segmenter.apply(text);
        List<Article> articles = new ArrayList<>();
        for (SegmentedItem item : segmented.items()) {
            articles.add(articleOf(fileName, item));
        }
        return new Engined(segmented, articles, attributor.unknownZoneNames(text));
    }

    /**
     * The item given its zone, tags and key figures again from its own text, as if the segmenter had cut it so: for an
     * item a reader made by splitting or joining the engine's items. Its zone-choice warning is worked out afresh.
     */
    public Article reattribute(Article item) {
        List<IngestWarning> kept = item.warnings().stream()
                .filter(warning -> warning.code() != WarningCode.SEVERAL_ZONES).toList();
        return enrich(new SegmentedItem(item.kind(), item.title(), item.subtitle(), item.byline(), item.bylineNames(),
                item.body(), item.photoCaptions(), kept, item.source(), item.date()));
    }

    private Article articleOf(String fileName, SegmentedItem item) {
        try {
            return enrich(item);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Could not attribute, tag or measure an item of {} ({})", fileName, item.title(), e);
            // the item itself may be what is broken (a null field), so copy it defensively
            List<IngestWarning> warnings = new ArrayList<>(orEmpty(item.warnings()));
            warnings.add(IngestWarning.of(WarningCode.ITEM_NOT_ENRICHED, describe(e)));
            return new Article(Objects.requireNonNullElse(item.kind(), ItemKind.ARTICLE), orEmpty(item.title()),
                    orEmpty(item.subtitle()), orEmpty(item.byline()), orEmpty(item.bylineNames()), Optional.empty(),
                    orEmpty(item.body()), orEmpty(item.photoCaptions()), List.of(), List.of(), warnings,
                    orEmpty(item.source()), orEmpty(item.date()));
        }
    }

    private Article enrich(SegmentedItem item) {
        List<IngestWarning> warnings = new ArrayList<>(item.warnings());
        List<ZoneScore> ranked = attributor.score(item);
        Optional<Zone> zone = ZoneAttributor.choose(ranked);
        if (zone.isEmpty() && ranked.size() > 1) {
            warnings.add(IngestWarning.of(WarningCode.SEVERAL_ZONES, ranked.get(0).zone().shortName(), ranked.get(1).zone().shortName()));
        }
        String body = joinedText(item);
        List<String> tags = List.of();
        List<KeyFigure> figures = List.of();
        if (item.kind() != ItemKind.AD) {
            String heading = (item.title() + "\n" + item.subtitle()).strip();
            tags = zone.map(own -> tagger.tags(heading, body, own)).orElseGet(() -> tagger.tags(heading, body));
            figures = keyFigures.extract(body);
        }
        return new Article(item.kind(), item.title(), item.subtitle(), item.byline(), item.bylineNames(), zone,
                item.body(), item.photoCaptions(), tags, figures, warnings, item.source(), item.date());
    }

    /** Body paragraphs, then photo captions, one per line. */
    private static String joinedText(SegmentedItem item) {
        int length = 0;
        for (Paragraph paragraph : item.body()) {
            length += paragraph.text().length() + 1;
        }
        for (String caption : item.photoCaptions()) {
            length += caption.length() + 1;
        }
        StringBuilder text = new StringBuilder(length);
        for (Paragraph paragraph : item.body()) {
            text.append(paragraph.text()).append('\n');
        }
        for (String caption : item.photoCaptions()) {
            text.append(caption).append('\n');
        }
        return text.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Page wholePage(String fileName, String hash, String text, Throwable error) {
        IngestWarning warning = IngestWarning.of(WarningCode.PAGE_KEPT_WHOLE, describe(error));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                paragraphs.add(Paragraph.text(block.strip()));
            }
        }
        Article article = new Article(ItemKind.ARTICLE, "", "", "", List.of(), Optional.empty(), paragraphs, List.of(),
                List.of(), List.of(), List.of(warning));
        return new Page(fileName, hash, List.of(article), List.of(warning), List.of());
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /** The page's identity: SHA-256 of its bytes in lower-case hex, so the same file is never imported twice. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

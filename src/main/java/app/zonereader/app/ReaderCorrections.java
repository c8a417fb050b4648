package app.zonereader.app;

import app.zonereader.model.ArticleKey;
import app.zonereader.model.Corrected;
import app.zonereader.model.Correction;
import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.CorrectionKind;
import app.zonereader.model.CountByName;
import app.zonereader.model.ItemKind;
import app.zonereader.model.SplitPoint;
import app.zonereader.model.StoredArticle;
import app.zonereader.model.Zone;
import app.zonereader.store.LibraryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The reader's corrections as the service offers them: each one is turned into a stored correction anchored on the
 * item's text, and the page is made again with it (see {@link PageCorrector}); undo withdraws or reinstates them.
 */
final class ReaderCorrections {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderCorrections.class);

    private final Engine engine;
    private final LibraryStore store;
    private final PageCorrector corrector;
    private final Clock clock;

    ReaderCorrections(Engine engine, LibraryStore store, PageCorrector corrector, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.corrector = corrector;
        this.clock = clock;
    }

    Corrected correct(long articleId, CorrectionEdit edit) {
        StoredArticle stored = article(articleId);
        ArticleKey key = stored.key();
        Correction draft = draft(stored, edit);
        List<Correction> after = corrector.rebuild(key.pageHash(), List.of(draft), List.of());
        long newest = after.stream().mapToLong(Correction::id).max().orElseThrow();
        Correction made = after.stream().filter(correction -> correction.id() == newest).findFirst().orElseThrow();
        if (!made.applied()) {
            // checked beforehand, so only an engine that cut the page otherwise since it was shown gets here
            corrector.rebuild(key.pageHash(), List.of(), List.of(made.id()));
            throw new IllegalArgumentException("the item changed since it was shown; the correction was not kept");
        }
        LOG.info("{} of item {} corrected ({}); applied: {}", edit.kind(), key, edit.value(), made.applied());
        return new Corrected(List.of(made), itemsCovered(made));
    }

    Corrected withdraw(List<Correction> corrections) {
        List<Long> shown = new ArrayList<>();
        for (Map.Entry<String, List<Correction>> page : byPage(corrections).entrySet()) {
            List<Long> ids = page.getValue().stream().map(Correction::id).toList();
            corrector.rebuild(page.getKey(), List.of(), ids);
            int first = page.getValue().stream().mapToInt(Correction::ordinal).min().orElse(0);
            idAt(page.getKey(), first).ifPresent(shown::add);
        }
        return new Corrected(corrections, shown);
    }

    Corrected reinstate(List<Correction> corrections) {
        List<Long> shown = new ArrayList<>();
        for (Map.Entry<String, List<Correction>> page : byPage(corrections).entrySet()) {
            List<Long> ids = page.getValue().stream().map(Correction::id).toList();
            for (Correction back : corrector.rebuild(page.getKey(), page.getValue(), List.of())) {
                if (ids.contains(back.id())) {
                    shown.addAll(itemsCovered(back));
                }
            }
        }
        return new Corrected(corrections, shown.stream().distinct().toList());
    }

    Corrected restoreEngineVersion(long articleId) {
        List<Correction> covering = corrections(articleId);
        if (covering.isEmpty()) {
            return new Corrected(List.of(), List.of(articleId));
        }
        return withdraw(covering);
    }

    List<Correction> corrections(long articleId) {
        ArticleKey key = article(articleId).key();
        return store.corrections().onPage(key.pageHash()).stream()
                .filter(correction -> correction.covers(key.ordinal())).toList();
    }

    List<CountByName> unknownZoneNames() {
        return store.corrections().unknownZoneNames().stream()
                .filter(name -> engine.gazetteer().lookup(name.name()).isEmpty()).toList();
    }

    void addZone(Zone zone) {
        engine.check(zone);
        store.corrections().addUserZone(zone);
        engine.add(List.of(zone));
        LOG.info("Zone {} ({}, {}) added to the library's zone list", zone.shortName(), zone.province(), zone.city());
    }

    /** The correction to store, anchored on the item's text as it is now. */
    private Correction draft(StoredArticle stored, CorrectionEdit edit) {
        String body = stored.article().bodyText();
        String context = "";
        String value = edit.value();
        switch (edit.kind()) {
            case SPLIT -> {
                int offset = offset(edit.value());
                if (ItemSurgery.split(stored.article(), offset).isEmpty()) {
                    throw new IllegalArgumentException("cannot split at " + offset + ": both parts need text");
                }
                context = SplitPoint.in(body, offset).encode();
            }
            case MERGE -> value = CorrectionReplay.anchorOf(next(stored).article());
            case ZONE -> {
                if (!value.isEmpty() && engine.zone(value).isEmpty()) {
                    throw new IllegalArgumentException("no zone is called " + value);
                }
            }
            case KIND -> ItemKind.fromCode(value);
            default -> {
                // title, subtitle, not an article, reviewed: the value is all there is
            }
        }
        int ordinal = stored.key().ordinal();
        return new Correction(0, stored.key().pageHash(), ordinal, ordinal, edit.kind(), value,
                CorrectionReplay.anchorOf(stored.article()), context, "", true, clock.instant().toString());
    }

    private StoredArticle next(StoredArticle stored) {
        ArticleKey next = new ArticleKey(stored.key().pageHash(), stored.key().ordinal() + 1);
        OptionalLong id = store.readerData().idOf(next);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the last item of its page has no next item to merge with");
        }
        return article(id.getAsLong());
    }

    private static int offset(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a split needs an offset in the text, not " + value, e);
        }
    }

    private List<Long> itemsCovered(Correction correction) {
        List<Long> ids = new ArrayList<>();
        if (correction.applied() && correction.kind() != CorrectionKind.NOT_ARTICLE) {
            for (int ordinal = correction.ordinal(); ordinal <= correction.lastOrdinal(); ordinal++) {
                idAt(correction.pageHash(), ordinal).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private Optional<Long> idAt(String pageHash, int ordinal) {
        OptionalLong id = store.readerData().idOf(new ArticleKey(pageHash, ordinal));
        return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
    }

    private StoredArticle article(long articleId) {
        return store.article(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no item has the id " + articleId));
    }

    private static Map<String, List<Correction>> byPage(List<Correction> corrections) {
        Map<String, List<Correction>> pages = new LinkedHashMap<>();
        for (Correction correction : corrections) {
            pages.computeIfAbsent(correction.pageHash(), hash -> new ArrayList<>()).add(correction);
        }
        return pages;
    }
}

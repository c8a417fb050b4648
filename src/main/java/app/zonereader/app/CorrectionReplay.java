package app.zonereader.app;

import app.zonereader.model.Article;
import app.zonereader.model.Correction;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Page;
import app.zonereader.model.SplitPoint;
import app.zonereader.model.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Applies a page's corrections to the items the engine made of it, in the order the reader made them, each on the
 * items as the earlier ones left them. Each correction finds its item again by the start of its text (nearest to
 * where it was); one whose item or cut is gone is kept, marked not applied, never dropped.
 */
final class CorrectionReplay {
    /** How much of an item's text identifies it. */
    static final int ANCHOR_CHARS = 32;

    private final Function<String, Optional<Zone>> zones;
    private final UnaryOperator<Article> reattribute;

    /**
     * @param zones       a zone by its short name (the gazetteer with the reader's zones)
     * @param reattribute gives an item the reader made by a split or a merge its zone, tags and figures
     */
    CorrectionReplay(Function<String, Optional<Zone>> zones, UnaryOperator<Article> reattribute) {
        this.zones = zones;
        this.reattribute = reattribute;
    }

    /** The corrected page, and every correction as it landed (on {@code page}'s hash, applied or not). */
    record Replayed(Page page, List<Correction> corrections) {
    }

    /** What identifies an item: the start of its body text, or of its headline when it has no body. */
    static String anchorOf(Article item) {
        String text = item.bodyText().isBlank() ? item.title() : item.bodyText();
        return text.substring(0, Math.min(text.length(), ANCHOR_CHARS));
    }

    Replayed replay(Page page, List<Correction> corrections) {
        List<Article> items = new ArrayList<>(page.items());
        List<Correction> landed = new ArrayList<>();
        String hash = page.contentHash();
        for (Correction correction : corrections) {
            OptionalInt found = locate(items, correction.anchor(), correction.ordinal());
            Optional<Correction> placed = found.isPresent()
                    ? apply(correction, found.getAsInt(), items, landed, hash) : Optional.empty();
            landed.add(placed.orElseGet(() -> correction.unapplied(hash)));
        }
        return new Replayed(new Page(page.fileName(), hash, items, page.warnings(), page.unknownZoneNames(), page.date()),
                landed);
    }

    /** The item whose text starts with the anchor, else contains it, nearest to where it was. */
    static OptionalInt locate(List<Article> items, String anchor, int hint) {
        OptionalInt starting = nearest(items, hint, text -> text.startsWith(anchor));
        return starting.isPresent() ? starting : nearest(items, hint, text -> text.contains(anchor));
    }

    private static OptionalInt nearest(List<Article> items, int hint, java.util.function.Predicate<String> matches) {
        int best = -1;
        for (int i = 0; i < items.size(); i++) {
            Article item = items.get(i);
            String text = item.bodyText().isBlank() ? item.title() : item.bodyText();
            if (matches.test(text) && (best < 0 || Math.abs(i - hint) < Math.abs(best - hint))) {
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Applies one correction to item {@code at}; empty when it cannot apply there. */
    private Optional<Correction> apply(Correction correction, int at, List<Article> items, List<Correction> landed,
                                       String hash) {
        Article item = items.get(at);
        switch (correction.kind()) {
            case TITLE -> {
                items.set(at, Items.withTitle(item, correction.value()));
                return Optional.of(correction.placed(hash, at, at, item.title()));
            }
            case SUBTITLE -> {
                items.set(at, Items.withSubtitle(item, correction.value()));
                return Optional.of(correction.placed(hash, at, at, item.subtitle()));
            }
            case ZONE -> {
                Optional<Zone> zone = correction.value().isEmpty() ? Optional.empty() : zones.apply(correction.value());
                if (!correction.value().isEmpty() && zone.isEmpty()) {
                    return Optional.empty();
                }
                items.set(at, Items.withZone(item, zone));
                return Optional.of(correction.placed(hash, at, at, item.zone().map(Zone::shortName).orElse("")));
            }
            case KIND -> {
                items.set(at, Items.withKind(item, ItemKind.fromCode(correction.value())));
                return Optional.of(correction.placed(hash, at, at, item.kind().code()));
            }
            case NOT_ARTICLE -> {
                items.remove(at);
                shift(landed, ordinal -> ordinal > at ? ordinal - 1 : ordinal);
                return Optional.of(correction.placed(hash, at, at, item.displayTitle()));
            }
            case SPLIT -> {
                return split(correction, at, items, landed, hash);
            }
            case MERGE -> {
                if (at + 1 >= items.size() || !anchorOf(items.get(at + 1)).startsWith(correction.value())) {
                    return Optional.empty();
                }
                Article next = items.get(at + 1);
                items.set(at, reattribute.apply(ItemSurgery.join(item, next)));
                items.remove(at + 1);
                shift(landed, ordinal -> ordinal > at ? ordinal - 1 : ordinal);
                return Optional.of(correction.placed(hash, at, at, next.displayTitle()));
            }
            case REVIEWED -> {
                return Optional.of(correction.placed(hash, at, at, ""));
            }
            default -> throw new IllegalStateException("unknown correction kind " + correction.kind());
        }
    }

    private Optional<Correction> split(Correction correction, int at, List<Article> items, List<Correction> landed,
                                       String hash) {
        Article item = items.get(at);
        OptionalInt cut = ItemSurgery.findCut(item.bodyText(), SplitPoint.decode(correction.context()),
                Integer.parseInt(correction.value()));
        Optional<ItemSurgery.Halves> halves = cut.isPresent() ? ItemSurgery.split(item, cut.getAsInt()) : Optional.empty();
        if (halves.isEmpty()) {
            return Optional.empty();
        }
        items.set(at, reattribute.apply(halves.get().first()));
        items.add(at + 1, reattribute.apply(halves.get().second()));
        shift(landed, ordinal -> ordinal > at ? ordinal + 1 : ordinal);
        return Optional.of(correction.placed(hash, at, at + 1, ""));
    }

    /** Moves the corrections already placed when an item before or at theirs is split, joined or left out. */
    private static void shift(List<Correction> landed, IntUnaryOperator move) {
        landed.replaceAll(done -> done.applied() ? done.shifted(move.applyAsInt(done.ordinal()),
                Math.max(move.applyAsInt(done.ordinal()), move.applyAsInt(done.lastOrdinal()))) : done);
    }
}

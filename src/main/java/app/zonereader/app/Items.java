package app.zonereader.app;

import app.zonereader.model.Article;
import app.zonereader.model.ItemKind;
import app.zonereader.model.Zone;

import java.util.Optional;

/** An item with one field changed by a reader's correction; everything else as the engine made it. */
final class Items {
    private Items() {
    }

    static Article withTitle(Article a, String title) {
        return new Article(a.kind(), title, a.subtitle(), a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings(), a.source(), a.date());
    }

    static Article withSubtitle(Article a, String subtitle) {
        return new Article(a.kind(), a.title(), subtitle, a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings(), a.source(), a.date());
    }

    static Article withZone(Article a, Optional<Zone> zone) {
        return new Article(a.kind(), a.title(), a.subtitle(), a.byline(), a.bylineNames(), zone, a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings(), a.source(), a.date());
    }

    static Article withKind(Article a, ItemKind kind) {
        return new Article(kind, a.title(), a.subtitle(), a.byline(), a.bylineNames(), a.zone(), a.body(),
                a.photoCaptions(), a.tags(), a.keyFigures(), a.warnings(), a.source(), a.date());
    }
}

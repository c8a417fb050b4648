package app.zonereader.ingest;

/**
 * Photo credits (图片来源, X 摄) and the captions they complete. A credit inside an article belongs to it; a lone credit
 * takes the caption printed next to it (the one-sentence text right after or above it, a short line above it, or a
 * stand-alone caption it sits under); a dated news caption waits for {@link SectionRejoiner#placeCaptions}, which
 * places it by vocabulary rather than position.
 */
final class CaptionReader {
    /** The longest one-sentence text above a credit that is taken as the picture's caption. */
    private static final int MAX_CREDITED_CAPTION = 100;

    private final WalkState s;

    CaptionReader(WalkState state) {
        this.s = state;
    }

    /** Reads the credit at unit {@code i}; returns the index of the last unit it used. */
    int credit(int i) {
        String text = s.units.get(i).text();
        int next = i + 1;
        boolean loneCredit = TextShape.hanCount(creditFreeText(text)) < 4;
        if (loneCredit && next < s.units.size() && UnitKind.of(s.units.get(next)) == UnitKind.BODY) {
            String candidate = s.units.get(next).text();
            if (candidate.length() <= 100 && TextShape.endsSentence(candidate) && !LineClassifier.isLead(candidate)
                    && next + 1 < s.units.size() && UnitKind.of(s.units.get(next + 1)) == UnitKind.BODY) {
                s.addCaption(candidate + " " + text, s.units.get(next).line());
                return next;
            }
        }
        if (loneCredit && s.lastLooseCaption >= 0 && s.lastLooseCaption == s.looseCaptions.size() - 1 && i > 0
                && s.units.get(i - 1).line() == s.looseCaptions.get(s.lastLooseCaption).line()) {
            // A credit printed right under a stand-alone caption completes it.
            SectionRejoiner.Loose caption = s.looseCaptions.get(s.lastLooseCaption);
            s.looseCaptions.set(s.lastLooseCaption,
                    new SectionRejoiner.Loose(caption.text() + " " + text, caption.line()));
            return i;
        }
        if (loneCredit && i > 0 && isLoneSentenceOrphan(s.units.get(i - 1))) {
            // A one-sentence text right above a credit, which nothing opened, is the picture's caption.
            Draft opened = s.current;
            s.drafts.remove(opened);
            s.current = null;
            s.looseCaptions.add(new SectionRejoiner.Loose(opened.body.get(0).text() + " " + text,
                    s.units.get(i - 1).line()));
            s.lastLooseCaption = s.looseCaptions.size() - 1;
            return i;
        }
        if (loneCredit && !s.pending.isEmpty() && i > 0 && s.pending.get(s.pending.size() - 1) == s.units.get(i - 1)) {
            // A short line printed right above a credit is the picture's caption, not a headline.
            TextUnit caption = s.pending.remove(s.pending.size() - 1);
            s.addCaption(caption.text() + " " + text, caption.line());
            return i;
        }
        if (loneCredit) {
            s.looseCredits.add(new SectionRejoiner.Loose(text, s.units.get(i).line()));
        } else if (TextShape.startsNewThought(Norm.of(text))) {
            // a dated news caption ("11月20日，工人在…") is a photo story of its own or belongs to the article it
            // describes, wherever it is printed: the rejoiner decides by vocabulary, not by position
            s.looseCaptions.add(new SectionRejoiner.Loose(text, s.units.get(i).line()));
        } else {
            s.addCaption(text, s.units.get(i).line());
        }
        return i;
    }

    /**
     * Whether {@code above} is the only text of the item being read, opened by nothing (no headline, 本报讯 or
     * byline): a short sentence.
     */
    private boolean isLoneSentenceOrphan(TextUnit above) {
        Draft current = s.current;
        return current != null && current == s.last() && current.headlines.isEmpty() && current.names.isEmpty()
                && current.bylineParts.isEmpty()
                && current.leadingShorts.isEmpty() && current.body.size() == 1 && current.captions.isEmpty()
                && UnitKind.of(above) == UnitKind.BODY && above.text().length() <= MAX_CREDITED_CAPTION
                && TextShape.endsSentence(above.text()) && current.body.get(0).text().equals(above.text().strip());
    }

    /** The caption text of a credit line, without the credit itself. */
    private static String creditFreeText(String text) {
        String norm = Norm.of(text);
        String unmarked = norm.replaceAll("[ \u3000]+摄影?$", "");
        if (!unmarked.equals(norm) && BylineParser.parseLine(unmarked).isPresent()) {
            // "本报记者 张蓉 摄": the photographer only
            return "";
        }
        int at = norm.indexOf("图片来源");
        return at >= 0 ? norm.substring(0, at) : norm.replaceAll("[(（][^()（）]*摄[)）]|[ \u3000]摄影?$", "");
    }
}

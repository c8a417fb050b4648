package app.zonereader.ingest;

/** What a reflowed unit is to the page walk, from the unit alone. */
enum UnitKind {
    BYLINE, CREDIT, JUMP, FURNITURE, NOISE, SHORT, BODY;

    static UnitKind of(TextUnit unit) {
        if (unit.closed()) {
            if (LineClassifier.isFurniture(unit.text())) {
                return FURNITURE;
            }
            if (LineClassifier.isCredit(unit.text())) {
                return CREDIT;
            }
            if (LineClassifier.isByline(unit.text())) {
                return BYLINE;
            }
            return JUMP;
        }
        if (!hasLetterOrDigit(unit.text())) {
            return NOISE;
        }
        return unit.standalone() ? SHORT : BODY;
    }

    /** Scanner specks and rules ("■■■ ▲▲ 。。", "* * *") carry no words; every real line has at least one. */
    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

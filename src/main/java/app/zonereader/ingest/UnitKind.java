package app.zonereader.ingest;

/** What a reflowed unit is to the page walk, from the unit alone. */
enum UnitKind {
    BYLINE, CREDIT, JUMP, INFORMATION, NAVIGATION, FURNITURE, NOISE, SHORT, BODY;

    static UnitKind of(TextUnit unit) {
        if (!hasLetterOrDigit(unit.text()) || LineClassifier.isGarbage(unit.text())) {
            return NOISE;
        }
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
            if (WebCopyLines.isInformation(unit.text())) {
                return INFORMATION;
            }
            if (WebCopyLines.isNavigation(unit.text())) {
                return NAVIGATION;
            }
            return JUMP;
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

package app.zonereader.model;

/**
 * Neutralises a cell a spreadsheet would run as a formula (CSV injection, OWASP): text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text and do not evaluate. Quoting the cell is not enough: Excel evaluates quoted cells too. Shared by every CSV
 * the app writes (annotations, chart data), so all of them are neutralised the same way.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}

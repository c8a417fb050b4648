package app.zonereader.model;

/** The sorts of figure the key-figure extractor recognises. */
public enum KeyFigureKind {
    /** Money: 亿元, 万元, 元. */
    AMOUNT,
    /** A share: 90%, 3.27个百分点. */
    PERCENT,
    /** A count of things: 105家, 17所, 20个. */
    COUNT,
    /** A date or month: 2021年11月, 11月27日. */
    DATE
}

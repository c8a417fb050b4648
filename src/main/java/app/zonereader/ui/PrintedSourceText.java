package app.zonereader.ui;

import app.zonereader.model.PrintedSource;

/** The paper and page a page was printed on, as the article header and the citation write them (报名 第3版). */
final class PrintedSourceText {
    private PrintedSourceText() {
    }

    /** "中国高新技术产业导报 第3版", "中国高新技术产业导报", "第3版", or "" when neither is known. */
    static String of(PrintedSource printed, Texts texts) {
        if (printed.pageLabel().isEmpty()) {
            return printed.paper();
        }
        return printed.paper().isEmpty() ? texts.format(MessageKeys.ARTICLE_PAGE, printed.pageLabel())
                : texts.format(MessageKeys.ARTICLE_PAPER_PAGE, printed.paper(), printed.pageLabel());
    }
}

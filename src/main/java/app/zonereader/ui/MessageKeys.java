package app.zonereader.ui;

/**
 * Every key the UI looks up in the i18n bundles. Code uses only these constants, so the i18n test can check
 * that each one exists in both the English and the Chinese bundle.
 */
final class MessageKeys {
    static final String MENU_FILE = "menu.file";
    static final String MENU_IMPORT = "menu.file.import";
    static final String MENU_QUIT = "menu.file.quit";
    static final String MENU_RESTORE = "menu.file.restore";
    static final String RESTORE_TITLE = "restore.title";
    static final String RESTORE_HEADER = "restore.header";
    static final String RESTORE_NONE = "restore.none";
    static final String RESTORE_RUNNING = "restore.running";
    static final String RESTORE_DONE = "restore.done";
    static final String ERROR_RESTORE = "error.restore";
    static final String MENU_EDIT = "menu.edit";
    static final String MENU_FIND = "menu.edit.find";
    static final String MENU_HELP = "menu.help";
    static final String MENU_ABOUT = "menu.help.about";

    static final String TAB_ARTICLE = "tab.article";
    static final String TAB_STATS = "tab.stats";

    static final String SEARCH_PROMPT = "search.prompt";
    static final String SEARCH_SCOPE_ALL = "search.scope.all";
    static final String SEARCH_SCOPE_IN = "search.scope.in";
    static final String SEARCH_SCOPE_TAGGED = "search.scope.tagged";
    static final String SEARCH_SCOPE_TOOLTIP = "search.scope.tooltip";
    static final String SEARCH_NO_RESULTS = "search.noResults";
    static final String SEARCH_RESULT_COUNT = "search.resultCount";
    static final String SEARCH_RESULT_WHERE = "search.resultWhere";

    static final String TREE_OTHER = "tree.other";
    static final String TREE_UNKNOWN_PROVINCE = "tree.unknownProvince";
    static final String TREE_GROUP_COUNT = "tree.groupCount";
    static final String TREE_PHOTO = "tree.photo";
    static final String TREE_AD = "tree.ad";
    static final String TREE_EMPTY = "tree.empty";

    static final String ARTICLE_PLACEHOLDER = "article.placeholder";
    static final String ARTICLE_UNTITLED = "article.untitled";
    static final String ARTICLE_PLACE = "article.place";
    static final String ARTICLE_NO_ZONE = "article.noZone";
    static final String ARTICLE_SOURCE = "article.source";
    static final String ARTICLE_WARNINGS = "article.warnings";
    static final String ARTICLE_CAPTIONS = "article.captions";
    static final String ARTICLE_KEY_FIGURES = "article.keyFigures";
    static final String ARTICLE_COPY = "article.copy";
    static final String ARTICLE_TAG_SEARCH = "article.tagSearch";
    static final String ARTICLE_TAG_SEARCH_WITHIN = "article.tagSearchWithin";

    static final String STATS_PER_ZONE = "stats.perZone";
    static final String STATS_PER_PROVINCE = "stats.perProvince";
    static final String STATS_ARTICLES = "stats.articles";
    static final String STATS_KEY_FIGURES = "stats.keyFigures";
    static final String STATS_FIGURES_HINT = "stats.figures.hint";
    static final String STATS_FIGURES_EMPTY = "stats.figures.empty";
    static final String STATS_KIND_AMOUNT = "stats.kind.amount";
    static final String STATS_KIND_PERCENT = "stats.kind.percent";
    static final String STATS_KIND_COUNT = "stats.kind.count";
    static final String STATS_KIND_DATE = "stats.kind.date";
    static final String STATS_COLUMN_FIGURE = "stats.column.figure";
    static final String STATS_COLUMN_ZONE = "stats.column.zone";
    static final String STATS_COLUMN_ARTICLE = "stats.column.article";
    static final String STATS_COLUMN_SENTENCE = "stats.column.sentence";

    static final String STATUS_ARTICLE_COUNT = "status.articleCount";
    static final String STATUS_READY = "status.ready";

    static final String IMPORT_CHOOSER_TITLE = "import.chooserTitle";
    static final String IMPORT_CHOOSER_FILTER = "import.chooserFilter";
    static final String IMPORT_FIRST_RUN = "import.firstRun";
    static final String IMPORT_STARTING = "import.starting";
    static final String IMPORT_PROGRESS = "import.progress";
    static final String IMPORT_DONE = "import.done";
    static final String IMPORT_CANCEL = "import.cancel";
    static final String IMPORT_UNKNOWN_ZONES = "import.unknownZones";
    static final String IMPORT_CANCELLED = "import.cancelled";
    static final String IMPORT_FAILED_TITLE = "import.failedTitle";
    static final String IMPORT_FAILED_HEADER = "import.failedHeader";
    static final String IMPORT_FAILED_LINE = "import.failedLine";

    static final String ABOUT_TITLE = "about.title";
    static final String ABOUT_HEADER = "about.header";
    static final String ABOUT_TEXT = "about.text";

    static final String ERROR_LOAD_TREE = "error.loadTree";
    static final String ERROR_LOAD_ARTICLE = "error.loadArticle";
    static final String ERROR_ARTICLE_GONE = "error.articleGone";
    static final String ERROR_LOAD_STATS = "error.loadStats";
    static final String ERROR_LOAD_FIGURES = "error.loadFigures";
    static final String ERROR_SEARCH = "error.search";
    static final String ERROR_IMPORT = "error.import";
    static final String ERROR_COUNT = "error.count";

    static final String APP_TITLE = "app.title";
    static final String APP_OPENING = "app.opening";
    static final String PROBLEM_TITLE = "app.problem.title";
    static final String PROBLEM_CORRUPT = "app.problem.corrupt";
    static final String PROBLEM_NEWER = "app.problem.newer";
    static final String PROBLEM_OTHER = "app.problem.other";
    static final String PROBLEM_RESTORE_NEWEST = "app.problem.restoreNewest";
    static final String PROBLEM_START_FRESH = "app.problem.startFresh";
    static final String PROBLEM_OPEN_OTHER = "app.problem.openOther";
    static final String PROBLEM_QUIT = "app.problem.quit";
    static final String PROBLEM_RECOVERY_FAILED = "app.problem.recoveryFailed";
    static final String PROBLEM_CHOOSE_LIBRARY = "app.problem.chooseLibrary";
    static final String PROBLEM_LIBRARY_FILES = "app.problem.libraryFiles";

    // ---- Reading pane: bookmarks, highlights, notes, tags (issue 9, ui-reader) ----
    static final String READER_BOOKMARK = "reader.bookmark";
    static final String READER_BOOKMARKED = "reader.bookmarked";
    static final String READER_BOOKMARK_TIP = "reader.bookmark.tip";
    static final String READER_MARK_UNREAD = "reader.markUnread";
    static final String READER_COPY = "reader.copy";
    static final String READER_COPY_LINK = "reader.copyLink";
    static final String READER_COPY_CITATION = "reader.copyCitation";
    static final String READER_COPY_CITATION_TIP = "reader.copyCitation.tip";
    static final String READER_PANEL = "reader.panel";
    static final String READER_HIGHLIGHT = "reader.highlight";
    static final String READER_ADD_NOTE = "reader.addNote";
    static final String READER_NOTE_PROMPT = "reader.note.prompt";
    static final String READER_DELETE = "reader.delete";
    static final String READER_ARTICLE_NOTE = "reader.articleNote";
    static final String READER_ARTICLE_NOTE_PROMPT = "reader.articleNote.prompt";
    static final String READER_HIGHLIGHTS = "reader.highlights";
    static final String READER_NO_HIGHLIGHTS = "reader.noHighlights";
    static final String READER_ORPHANS = "reader.orphans";
    static final String READER_NO_ORPHANS = "reader.noOrphans";
    static final String READER_REATTACH = "reader.reattach";
    static final String READER_SELECT_FIRST = "reader.selectFirst";
    static final String READER_ORPHAN_FROM = "reader.orphanFrom";
    static final String READER_ARTICLE_GONE = "reader.articleGone";
    static final String READER_NOTHING_TO_UNDO = "reader.nothingToUndo";
    static final String READER_ADD_TAG = "reader.addTag";
    static final String READER_TAG_AUTO = "reader.tag.auto";
    static final String READER_TAG_USER = "reader.tag.user";
    static final String READER_REMOVE_TAG = "reader.removeTag";
    static final String READER_CITATION_TITLE = "reader.citation.title";
    static final String READER_CITATION_LINE = "reader.citation.line";
    static final String READER_CITATION_SEPARATOR = "reader.citation.separator";
    static final String COLOR_YELLOW = "reader.color.yellow";
    static final String COLOR_GREEN = "reader.color.green";
    static final String COLOR_BLUE = "reader.color.blue";
    static final String COLOR_PINK = "reader.color.pink";
    static final String COLOR_PURPLE = "reader.color.purple";
    static final String ERROR_SAVE_MARKS = "error.saveMarks";
    static final String ERROR_LOAD_MARKS = "error.loadMarks";


    private MessageKeys() {
    }
}

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

    private MessageKeys() {
    }

    // ---- Stats tab (issue 13) ----
    static final String STATS_SHARES = "stats.shares";
    static final String STATS_SHARE_AXIS = "stats.shareAxis";
    static final String STATS_COLUMN_KIND = "stats.column.kind";
    static final String STATS_COLUMN_NAME = "stats.column.name";
    static final String STATS_COLUMN_MONTH = "stats.column.month";
    static final String STATS_COUNT = "stats.count";
    static final String STATS_FILTER_PROVINCE = "stats.filter.province";
    static final String STATS_FILTER_ZONE = "stats.filter.zone";
    static final String STATS_FILTER_TAG = "stats.filter.tag";
    static final String STATS_FILTER_FROM = "stats.filter.from";
    static final String STATS_FILTER_TO = "stats.filter.to";
    static final String STATS_FILTER_ANY = "stats.filter.any";
    static final String STATS_FILTER_CLEAR = "stats.filter.clear";
    static final String STATS_TAB_ZONES = "stats.tab.zones";
    static final String STATS_TAB_TIME = "stats.tab.time";
    static final String STATS_TAB_TOPICS = "stats.tab.topics";
    static final String STATS_TAB_READING = "stats.tab.reading";
    static final String STATS_PER_MONTH = "stats.perMonth";
    static final String STATS_TOP_TAGS = "stats.topTags";
    static final String STATS_ZONE_TAGS = "stats.zoneTags";
    static final String STATS_READING_PER_ZONE = "stats.readingPerZone";
    static final String STATS_MARKS_PER_ZONE = "stats.marksPerZone";
    static final String STATS_READ = "stats.read";
    static final String STATS_UNREAD = "stats.unread";
    static final String STATS_BOOKMARKS = "stats.bookmarks";
    static final String STATS_ANNOTATIONS = "stats.annotations";
    static final String STATS_NO_PROVINCE = "stats.noProvince";
    static final String STATS_NO_ZONE = "stats.noZone";
    static final String STATS_TOOLTIP = "stats.tooltip";
    static final String STATS_TOOLTIP_SHARE = "stats.tooltip.share";
    static final String STATS_TOOLTIP_MONTH = "stats.tooltip.month";
    static final String STATS_TOOLTIP_READING = "stats.tooltip.reading";
    static final String STATS_LISTING_HINT = "stats.listing.hint";
    static final String STATS_LISTING_CAPTION = "stats.listing.caption";
    static final String STATS_LISTING_MORE = "stats.listing.more";
    static final String STATS_EXPORT_PNG = "stats.export.png";
    static final String STATS_EXPORT_CSV = "stats.export.csv";
    static final String STATS_EXPORTED = "stats.exported";
    static final String ERROR_EXPORT_CHART = "error.exportChart";
}

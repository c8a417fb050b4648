package app.zonereader.ui;

import app.zonereader.model.WarningCode;
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
    static final String ARTICLE_PRINTED_SOURCE = "article.printedSource";
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

    static final String IMPORT_WARNINGS = "import.warnings";

    /** One text per {@link app.zonereader.model.WarningCode}; {@link WarningTexts} maps the codes to them. */
    static final String WARNING_EMPTY_FILE = "warning.emptyFile";
    static final String WARNING_BLANK_PAGE = "warning.blankPage";
    static final String WARNING_CHARSET_FROM_ZERO_BYTES = "warning.charsetFromZeroBytes";
    static final String WARNING_CHARSET_FROM_CHINESE_TEXT = "warning.charsetFromChineseText";
    static final String WARNING_UNDECODABLE_BYTES = "warning.undecodableBytes";
    static final String WARNING_INVALID_BYTES_REPLACED = "warning.invalidBytesReplaced";
    static final String WARNING_NUL_REMOVED = "warning.nulRemoved";
    static final String WARNING_CONTROLS_REMOVED = "warning.controlsRemoved";
    static final String WARNING_MARKUP_TAGS_REMOVED = "warning.markupTagsRemoved";
    static final String WARNING_MARKUP_ENTITIES_DECODED = "warning.markupEntitiesDecoded";
    static final String WARNING_NOISE_LINE_DROPPED = "warning.noiseLineDropped";
    static final String WARNING_PAGE_FURNITURE_DROPPED = "warning.pageFurnitureDropped";
    static final String WARNING_COLUMN_BANNER_DROPPED = "warning.columnBannerDropped";
    static final String WARNING_KICKER_DROPPED = "warning.kickerDropped";
    static final String WARNING_JUMP_LINE_REMOVED = "warning.jumpLineRemoved";
    static final String WARNING_JUMP_NOTE_REMOVED = "warning.jumpNoteRemoved";
    static final String WARNING_NAVIGATION_DROPPED = "warning.navigationDropped";
    static final String WARNING_WEB_METADATA_TAKEN_OUT = "warning.webMetadataTakenOut";
    static final String WARNING_SECTION_MOVED = "warning.sectionMoved";
    static final String WARNING_ORPHAN_TEXT_KEPT = "warning.orphanTextKept";
    static final String WARNING_CREDIT_UNMATCHED = "warning.creditUnmatched";
    static final String WARNING_HEADLINE_UNPLACED = "warning.headlineUnplaced";
    static final String WARNING_SENTENCE_REJOINED = "warning.sentenceRejoined";
    static final String WARNING_HEADLINES_WITHOUT_TEXT = "warning.headlinesWithoutText";
    static final String WARNING_NO_ARTICLE_TEXT = "warning.noArticleText";
    static final String WARNING_NO_ARTICLE_FOUND = "warning.noArticleFound";
    static final String WARNING_PAGE_KEPT_WHOLE = "warning.pageKeptWhole";
    static final String WARNING_ITEM_NOT_ENRICHED = "warning.itemNotEnriched";
    static final String WARNING_SEVERAL_ZONES = "warning.severalZones";
    static final String WARNING_UNKNOWN_ZONE_NAMES = "warning.unknownZoneNames";
    static final String WARNING_ANNOTATIONS_CARRIED_OVER = "warning.annotationsCarriedOver";
    static final String WARNING_LEGACY = "warning.legacy";
    // ---- ui-library (issue 9): tree marks, tags, annotations view, re-process, export ----
    static final String TREE_GROUP_COUNT_UNREAD = "tree.groupCountUnread";
    static final String TREE_BOOKMARKS = "tree.bookmarks";
    static final String TREE_TAGS = "tree.tags";
    static final String TREE_LOADING = "tree.loading";
    static final String TREE_MARK_READ = "tree.markRead";
    static final String TREE_MARK_UNREAD = "tree.markUnread";
    static final String TREE_MARK_ALL_READ = "tree.markAllRead";
    static final String TREE_RENAME_TAG = "tree.renameTag";
    static final String ERROR_LOAD_TAGS = "error.loadTags";
    static final String ERROR_MARK_READ = "error.markRead";

    static final String TAG_RENAME_TITLE = "tagRename.title";
    static final String TAG_RENAME_HEADER = "tagRename.header";
    static final String TAG_RENAME_LABEL = "tagRename.label";
    static final String TAG_MERGE_CONFIRM = "tagRename.merge";
    static final String TAG_RENAME_DONE = "tagRename.done";
    static final String ERROR_RENAME_TAG = "error.renameTag";

    static final String TAB_ANNOTATIONS = "tab.annotations";
    static final String ANNOTATIONS_COLUMN_COLOR = "annotations.column.color";
    static final String ANNOTATIONS_COLUMN_QUOTE = "annotations.column.quote";
    static final String ANNOTATIONS_COLUMN_NOTE = "annotations.column.note";
    static final String ANNOTATIONS_COLUMN_ARTICLE = "annotations.column.article";
    static final String ANNOTATIONS_COLUMN_ZONE = "annotations.column.zone";
    static final String ANNOTATIONS_COLUMN_DATE = "annotations.column.date";
    static final String ANNOTATIONS_COLUMN_MODIFIED = "annotations.column.modified";
    static final String ANNOTATIONS_ANY_ZONE = "annotations.anyZone";
    static final String ANNOTATIONS_ANY_TAG = "annotations.anyTag";
    static final String ANNOTATIONS_FILTER_PROMPT = "annotations.filterPrompt";
    static final String ANNOTATIONS_COLOR_TOOLTIP = "annotations.colorTooltip";
    static final String ANNOTATIONS_WHOLE_ARTICLE = "annotations.wholeArticle";
    static final String ANNOTATIONS_ORPHANED = "annotations.orphaned";
    static final String ANNOTATIONS_ORPHAN_NOT_OPENABLE = "annotations.orphanNotOpenable";
    static final String ANNOTATIONS_EMPTY = "annotations.empty";
    static final String ANNOTATIONS_COUNT = "annotations.count";
    static final String ANNOTATIONS_COLOR_YELLOW = "annotations.color.yellow";
    static final String ANNOTATIONS_COLOR_GREEN = "annotations.color.green";
    static final String ANNOTATIONS_COLOR_BLUE = "annotations.color.blue";
    static final String ANNOTATIONS_COLOR_PINK = "annotations.color.pink";
    static final String ANNOTATIONS_COLOR_PURPLE = "annotations.color.purple";
    static final String ERROR_LOAD_ANNOTATIONS = "error.loadAnnotations";

    static final String MENU_REPROCESS = "menu.file.reprocess";
    static final String REPROCESS_TITLE = "reprocess.title";
    static final String REPROCESS_CONFIRM = "reprocess.confirm";
    static final String REPROCESS_STARTING = "reprocess.starting";
    static final String REPROCESS_PROGRESS = "reprocess.progress";
    static final String REPROCESS_DONE = "reprocess.done";
    static final String REPROCESS_FAILURES = "reprocess.failures";
    static final String REPROCESS_CANCELLED = "reprocess.cancelled";
    static final String ERROR_REPROCESS = "error.reprocess";

    static final String MENU_EXPORT = "menu.file.export";
    static final String EXPORT_TITLE = "export.title";
    static final String EXPORT_FILTER_MD = "export.filter.md";
    static final String EXPORT_FILTER_CSV = "export.filter.csv";
    static final String EXPORT_FILTER_JSON = "export.filter.json";
    static final String EXPORT_RUNNING = "export.running";
    static final String EXPORT_DONE = "export.done";
    static final String ERROR_EXPORT = "error.export";

    static final String ERROR_LAST_ARTICLE = "error.lastArticle";
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

    // --- branch import: file scan, import report, watch folder ---
    static final String IMPORT_SKIP_WITH_DETAIL = "import.skip.withDetail";
    static final String IMPORT_SKIP_NONE = "import.skip.none";
    static final String IMPORT_SKIP_EMPTY = "import.skip.empty";
    static final String IMPORT_SKIP_NOT_TEXT = "import.skip.not_text";
    static final String IMPORT_SKIP_TOO_LARGE = "import.skip.too_large";
    static final String IMPORT_SKIP_PAGE_TOO_LONG = "import.skip.page_too_long";
    static final String IMPORT_SKIP_UNREADABLE = "import.skip.unreadable";
    static final String IMPORT_SKIP_NOT_REGULAR_FILE = "import.skip.not_regular_file";
    static final String IMPORT_SKIP_DANGLING_LINK = "import.skip.dangling_link";
    static final String IMPORT_SKIP_SYMLINK_LOOP = "import.skip.symlink_loop";
    static final String IMPORT_SKIP_NOT_FOUND = "import.skip.not_found";
    static final String IMPORT_SKIP_DELETED = "import.skip.deleted";
    static final String IMPORT_SKIP_ERROR = "import.skip.error";
    static final String MENU_IMPORT_FOLDER = "menu.file.importFolder";
    static final String IMPORT_FOLDER_CHOOSER_TITLE = "import.folderChooserTitle";
    static final String IMPORT_CHOOSER_ALL_FILES = "import.chooserAllFiles";
    static final String IMPORT_PANE_LISTING = "import.pane.listing";
    static final String IMPORT_PANE_FILES = "import.pane.files";
    static final String IMPORT_PANE_ARTICLES = "import.pane.articles";
    static final String IMPORT_PANE_CANCEL = "import.pane.cancel";
    static final String IMPORT_REPORT_TITLE = "import.report.title";
    static final String IMPORT_REPORT_CANCELLED = "import.report.cancelled";
    static final String IMPORT_REPORT_SUMMARY = "import.report.summary";
    static final String IMPORT_REPORT_ZONE = "import.report.zone";
    static final String IMPORT_REPORT_ARTICLES = "import.report.articles";
    static final String IMPORT_REPORT_NO_ZONE = "import.report.noZone";
    static final String IMPORT_REPORT_NOT_IMPORTED = "import.report.notImported";
    static final String IMPORT_REPORT_FILE_LINE = "import.report.fileLine";
    static final String IMPORT_REPORT_CLOSE = "import.report.close";
    static final String LIBRARY_CHANGED_ELSEWHERE = "library.changedElsewhere";
    static final String WATCH_IMPORTED = "watch.imported";
    static final String WATCH_FAILED = "watch.failed";
    static final String LIBRARY_IN_USE_TITLE = "library.inUseTitle";
    static final String LIBRARY_IN_USE = "library.inUse";
    static final String ARTICLE_PAPER_PAGE = "article.paperPage";
    static final String ARTICLE_PAGE = "article.page";
}

package app.zonereader.app;

import java.util.List;

/** The bundle keys the app package shows (start-up and recovery); the i18n test checks each exists in every language. */
final class AppMessageKeys {
    static final String WINDOW_TITLE = "app.title";
    static final String OPENING = "app.opening";
    static final String PROBLEM_TITLE = "app.problem.title";
    static final String PROBLEM_CORRUPT = "app.problem.corrupt";
    static final String PROBLEM_NEWER = "app.problem.newer";
    static final String PROBLEM_OTHER = "app.problem.other";
    static final String RESTORE_NEWEST = "app.problem.restoreNewest";
    static final String START_FRESH = "app.problem.startFresh";
    static final String OPEN_OTHER = "app.problem.openOther";
    static final String QUIT = "app.problem.quit";
    static final String RECOVERY_FAILED = "app.problem.recoveryFailed";
    static final String CHOOSE_LIBRARY = "app.problem.chooseLibrary";
    static final String LIBRARY_FILES = "app.problem.libraryFiles";

    static final List<String> ALL = List.of(WINDOW_TITLE, OPENING, PROBLEM_TITLE, PROBLEM_CORRUPT, PROBLEM_NEWER,
            PROBLEM_OTHER, RESTORE_NEWEST, START_FRESH, OPEN_OTHER, QUIT, RECOVERY_FAILED, CHOOSE_LIBRARY, LIBRARY_FILES);

    private AppMessageKeys() {
    }
}

package app.zonereader.app;

/**
 * The jar's entry point. A plain class (not a JavaFX Application) so the fat jar starts without JavaFX on the module
 * path: with no arguments (or only {@code --db}) it opens the window, otherwise it runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            Main.main(args);
        } else {
            Cli.main(args);
        }
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 2 && args[0].equals("--db") || args.length == 1 && args[0].startsWith("--db=");
    }
}

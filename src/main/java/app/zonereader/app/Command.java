package app.zonereader.app;

import java.util.concurrent.Callable;

/**
 * One subcommand of the command line: a picocli {@code @Command} whose options are its fields. {@link #call()}
 * returns the process exit code: 0 success, 1 failure, 2 bad usage (some commands also when only part of the work
 * failed, as their help says).
 */
interface Command extends Callable<Integer> {
}

package app.zonereader.app;

import app.zonereader.model.ImportReport;
import app.zonereader.model.SkipReason;
import app.zonereader.service.PageSkippedException;
import app.zonereader.service.PageSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The files an import will read, from files and folders the reader gave: a folder is walked to the bottom, through
 * links, and every regular file in it is a candidate whatever its name (.txt, .TXT, .text, none), because whether a
 * file is text is decided by its content when it is read ({@code PageFileCheck}). Only paths are kept, never contents,
 * so a folder of 10,000 files costs a list of 10,000 paths. What cannot even be listed (a dangling link, a link loop,
 * a folder that cannot be read, a device) is reported at once with its reason, by its path below the folder given;
 * a file that is read is reported by its own name, which is also the name its page keeps.
 */
final class FileScan {
    /** The listing: files to read, in path order, and the reports of those that cannot be. */
    record Listing(List<PageSource> files, List<ImportReport> notImported) {
        Listing {
            files = List.copyOf(files);
            notImported = List.copyOf(notImported);
        }

        int size() {
            return files.size() + notImported.size();
        }
    }

    private final long maxBytes;

    FileScan(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Listing scan(List<Path> filesOrFolders) {
        List<ScannedFile> files = new ArrayList<>();
        List<ImportReport> notImported = new ArrayList<>();
        for (Path given : filesOrFolders) {
            if (!Files.exists(given, LinkOption.NOFOLLOW_LINKS)) {
                notImported.add(ImportReport.skipped(given.toString(), SkipReason.NOT_FOUND, "", 0));
            } else if (Files.isDirectory(given)) {
                walk(given, files, notImported);
            } else {
                visit(given, given.getFileName().toString(), files, notImported);
            }
        }
        files.sort(Comparator.comparing(ScannedFile::path));
        return new Listing(List.<PageSource>copyOf(files), notImported);
    }

    private void walk(Path folder, List<ScannedFile> files, List<ImportReport> notImported) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            visit(file, nameBelow(folder, file), files, notImported);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException error) {
                            notImported.add(report(nameBelow(folder, file), ScannedFile.skipped(file, error)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException error) {
                            if (error != null) {
                                notImported.add(report(nameBelow(folder, dir), ScannedFile.skipped(dir, error)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // the visitor handles every error itself; only a bug gets here
        }
    }

    /** A file (or what a link leads to) is listed when it is a regular file; anything else is reported now. */
    private void visit(Path file, String name, List<ScannedFile> files, List<ImportReport> notImported) {
        try {
            BasicFileAttributes attributes = ScannedFile.attributes(file);
            if (attributes.isRegularFile()) {
                // a page is known by its file's own name (Page.fileName, import --replace), as when given alone
                files.add(new ScannedFile(file, file.getFileName().toString(), maxBytes));
            } else {
                notImported.add(ImportReport.skipped(name, SkipReason.NOT_REGULAR_FILE, "", 0));
            }
        } catch (PageSkippedException e) {
            notImported.add(report(name, e));
        }
    }

    private static ImportReport report(String name, PageSkippedException skipped) {
        return ImportReport.skipped(name, skipped.problem().reason(), skipped.problem().detail(), 0);
    }

    /** The path below the chosen folder, with the folder's own name first (pages/2021/3.txt), always with '/'. */
    private static String nameBelow(Path folder, Path file) {
        Path base = folder.getFileName() == null ? folder : folder.getFileName();
        String below = folder.relativize(file).toString().replace('\\', '/');
        return below.isEmpty() ? base.toString() : base + "/" + below;
    }
}

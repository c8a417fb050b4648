package app.zonereader.ingest;

import app.zonereader.model.PrintedSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper and the page (版次) of a page, where its masthead or its file name gives them: "中国高新技术产业导报
 * 2021年12月13日 星期一", "第 3 版", "第03版", "A3版", or a file named 中国高新技术产业导报_2021-12-07_第3版.txt. Like
 * {@link IssueDateFinder}, only short lines at the top or bottom of the page count, and never a jump line (上接第1版,
 * 下转第4版), which names another page.
 */
public final class PrintedSourceFinder {
    private static final int EDGE_LINES = 4;
    private static final int MAX_HEADER_LENGTH = 60;
    /** 第3版, 第 03 版, 第A3版, A3版; the label is group 1 (letter) and 2 (number). */
    private static final Pattern PAGE = Pattern.compile(
            "(?:第\\s*([A-Za-z]?)\\s*0*(\\d{1,3})\\s*版|(?<![A-Za-z0-9])([A-Za-z])\\s*0*(\\d{1,2})\\s*版)");
    /** A paper's name: Chinese characters ending in 报 (日报, 导报, 时报 …), at the start of the line or name. */
    private static final Pattern PAPER = Pattern.compile("^\\s*(\\p{IsHan}{2,14}报)(?=$|[\\s_\\-·|0-9（(])");
    private static final Pattern JUMP = Pattern.compile("[上下]接|[上下]转|转第|接第|见第");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？,;!?“”]");

    private PrintedSourceFinder() {
    }

    public static PrintedSource find(String fileName, String text) {
        List<String> edges = edgeLines(text);
        String name = TextNormalizer.foldWidth(stripExtension(fileName));
        String paper = first(edges, PrintedSourceFinder::paper).or(() -> paper(name)).orElse("");
        String page = first(edges, PrintedSourceFinder::pageLabel).or(() -> pageLabel(name)).orElse("");
        return new PrintedSource(paper, page);
    }

    static Optional<String> paper(String line) {
        Matcher matcher = PAPER.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String paper = matcher.group(1);
        // 本报讯 and 据某报 lead a story; they are no masthead
        return paper.startsWith("本") || paper.startsWith("据") ? Optional.empty() : Optional.of(paper);
    }

    static Optional<String> pageLabel(String line) {
        if (JUMP.matcher(line).find()) {
            return Optional.empty();
        }
        Matcher matcher = PAGE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String letter = matcher.group(2) != null ? matcher.group(1) : matcher.group(3);
        String number = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
        return Optional.of(letter.toUpperCase(java.util.Locale.ROOT) + Integer.parseInt(number));
    }

    private static Optional<String> first(List<String> lines, java.util.function.Function<String, Optional<String>> find) {
        for (String line : lines) {
            Optional<String> found = find.apply(line);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first and last few short lines without sentence punctuation: where mastheads and folios are printed. */
    private static List<String> edgeLines(String text) {
        List<String> lines = text.lines().map(line -> TextNormalizer.foldWidth(line).strip())
                .filter(line -> !line.isEmpty()).limit(EDGE_LINES).toList();
        List<String> edges = new ArrayList<>(lines);
        int end = text.length();
        List<String> last = new ArrayList<>();
        while (last.size() < EDGE_LINES && end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = TextNormalizer.foldWidth(text.substring(start, end)).strip();
            if (!line.isEmpty()) {
                last.add(line);
            }
            end = start - 1;
        }
        edges.addAll(last);
        return edges.stream().filter(line -> line.length() <= MAX_HEADER_LENGTH)
                .filter(line -> !SENTENCE_PUNCTUATION.matcher(line).find()).toList();
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

package app.zonereader.app;

import app.zonereader.ingest.PagePipeline;
import app.zonereader.model.Article;
import app.zonereader.model.KeyFigure;
import app.zonereader.model.Page;
import app.zonereader.model.PageProblem;
import app.zonereader.ui.SkipTexts;
import app.zonereader.model.Zone;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code inspect [--json] FILE...}: runs the page engine on files and shows what it made of them, touching no database. */
@picocli.CommandLine.Command(name = "inspect", customSynopsis = "zonereader inspect [--json] FILE...",
        description = {"show how page files are cut into articles (no database)",
                "Runs the page engine on each file and prints the items it finds: kind, title, subtitle, byline, "
                        + "zone, province, tags, photo captions and body. Nothing is stored."},
        exitCodeList = {"0:all files read", "2:some could not be read (the others are still shown)"})
final class InspectCommand implements Command {
    private final Supplier<PagePipeline> pipeline;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array, one object per file: {\"file\", \"items\": [...], "
            + "\"warnings\"}")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "page files")
    private List<Path> files = new ArrayList<>();

    InspectCommand() {
        this(PagePipeline::standard);
    }

    InspectCommand(Supplier<PagePipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no page file given");
        }
        PagePipeline engine = pipeline.get();
        List<Object> pages = new ArrayList<>();
        boolean failures = false;
        for (Path path : files) {
            try {
                byte[] bytes = Files.readAllBytes(path);
                Optional<PageProblem> notAPage = engine.whyNotAPage(bytes);
                if (notAPage.isPresent()) {
                    failures = true;
                    err.println(path + ": not imported: " + SkipTexts.english().render(notAPage.get()));
                    continue;
                }
                Page page = engine.process(path.getFileName().toString(), bytes);
                pages.add(pageJson(page));
                if (!json) {
                    out.print(readable(page));
                }
            } catch (IOException e) {
                failures = true;
                err.println(path + ": cannot read: " + CliFailures.describe(e));
            }
        }
        if (json) {
            out.println(Json.write(pages));
        }
        return failures ? Cli.EXIT_USAGE : Cli.EXIT_OK;
    }

    static Map<String, Object> pageJson(Page page) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", page.fileName());
        file.put("date", page.date().isEmpty() ? null : page.date());
        file.put("paper", orNull(page.printed().paper()));
        file.put("page", orNull(page.printed().pageLabel()));
        List<Object> items = new ArrayList<>();
        page.items().forEach(article -> items.add(itemJson(article)));
        file.put("items", items);
        file.put("warnings", CliWarnings.json(page.warnings()));
        file.put("unknown_zones", page.unknownZoneNames());
        return file;
    }

    static Map<String, Object> itemJson(Article article) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", article.kind().code());
        item.put("title", orNull(article.title()));
        item.put("subtitle", orNull(article.subtitle()));
        item.put("byline", orNull(article.byline()));
        item.put("byline_names", article.bylineNames());
        item.put("source", orNull(article.source()));
        item.put("date", orNull(article.date()));
        item.put("zone", article.zone().map(Zone::shortName).orElse(null));
        item.put("province", article.zone().map(Zone::province).orElse(null));
        item.put("tags", article.tags());
        item.put("photo_captions", article.photoCaptions());
        item.put("body", article.bodyText());
        List<Object> figures = new ArrayList<>();
        for (KeyFigure figure : article.keyFigures()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", figure.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.put("text", figure.text());
            json.put("value", figure.value());
            json.put("unit", figure.unit());
            json.put("sentence", figure.sentence());
            figures.add(json);
        }
        item.put("key_figures", figures);
        item.put("warnings", CliWarnings.json(article.warnings()));
        return item;
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String readable(Page page) {
        StringBuilder text = new StringBuilder("== ").append(page.fileName()).append(" (")
                .append(page.items().size()).append(" items)\n");
        page.warnings().forEach(warning -> text.append("   ! ").append(CliWarnings.text(warning)).append('\n'));
        int number = 1;
        for (Article article : page.items()) {
            text.append(String.format("%n[%d] %s  %s%n", number++, article.kind().code(),
                    article.displayTitle()));
            appendIfPresent(text, "subtitle", article.subtitle());
            appendIfPresent(text, "byline", article.byline());
            appendIfPresent(text, "source", article.source());
            appendIfPresent(text, "date", article.date());
            appendIfPresent(text, "zone", article.zone().map(zone -> zone.shortName() + " · " + zone.province()).orElse(""));
            appendIfPresent(text, "tags", String.join(" · ", article.tags()));
            article.photoCaptions().forEach(caption -> appendIfPresent(text, "caption", caption));
            article.body().forEach(paragraph ->
                    text.append(paragraph.heading() ? "    ## " : "    ").append(paragraph.text()).append('\n'));
        }
        return text.append('\n').toString();
    }

    private static void appendIfPresent(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append(String.format("    %-9s%s%n", label + ":", value));
        }
    }
}

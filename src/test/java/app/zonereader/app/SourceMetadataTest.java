package app.zonereader.app;

import app.zonereader.model.ArticleSummary;
import app.zonereader.model.CountByName;
import app.zonereader.model.PrintedSource;
import app.zonereader.model.StatsDimension;
import app.zonereader.model.StatsFilter;
import app.zonereader.model.StoredArticle;
import app.zonereader.service.ImportListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paper, date and page from a file's name are stored (schema V8), counted over time, and in the command's JSON. */
class SourceMetadataTest {
    @TempDir
    Path dir;

    @Test
    void aFileNamedAfterPaperDateAndPageGivesItsArticlesThatSource() throws Exception {
        Path file = dir.resolve("中国高新技术产业导报_2021-12-07_第03版.txt");
        Files.copy(Path.of("assets/pages/001_28ef76bb3436f339.txt"), file);
        Path db = dir.resolve("lib.db");
        try (Library library = Library.open(db)) {
            library.service().importFiles(List.of(file), 1 << 20, ImportListener.NONE, () -> false, false);
            ArticleSummary first = library.service().articles().get(0);
            StoredArticle stored = library.service().article(first.id()).orElseThrow();
            assertEquals(new PrintedSource("中国高新技术产业导报", "3"), stored.printed());
            assertEquals("2021-12-07", stored.pageDate());
            List<CountByName> months = library.service().articleCounts(StatsDimension.MONTH, StatsFilter.ALL);
            assertEquals(List.of("2021-12"), months.stream().map(CountByName::name).toList(),
                    "the date from the file name counts over time");
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Cli.standard().run(List.of("search", "--db", db.toString(), "--json", "永川"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, exit);
        JsonNode hits = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            assertEquals("中国高新技术产业导报", hit.get("paper").asText());
            assertEquals("3", hit.get("page").asText());
            assertEquals("2021-12-07", hit.get("date").asText());
        }
    }
}

package app.zonereader.app;

import app.zonereader.model.CorrectionEdit;
import app.zonereader.model.StoredArticle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corrections seen without the window: {@code search --json} shows the corrected values, {@code corrections} lists them. */
class CorrectionsCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private JsonNode json(String... args) throws Exception {
        out.reset();
        err.reset();
        int status = Cli.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void searchShowsTheCorrectedTitleAndZoneAndTheListingTellsTheEngineValue() throws Exception {
        String db = folder.resolve("lib.db").toString();
        assertEquals(0, Cli.standard().run(List.of("import", "--db", db, "assets/pages/000_0c56615beea04158.txt"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        try (Library library = Library.open(Path.of(db))) {
            LocalLibraryService service = library.service();
            StoredArticle qingyuan = service.articles().stream().map(summary -> service.article(summary.id()).orElseThrow())
                    .filter(article -> article.article().bodyText().contains("量子微波")).findFirst().orElseThrow();
            long id = service.correct(qingyuan.id(), CorrectionEdit.title("量子微波测量系统发布（读者改）")).articleIds().get(0);
            service.correct(id, CorrectionEdit.zone("东湖高新区"));
        }

        JsonNode hits = json("search", "--db", db, "--json", "量子微波");
        assertEquals("量子微波测量系统发布（读者改）", hits.get(0).get("title").asText());
        assertEquals("东湖高新区", hits.get(0).get("zone").asText());

        JsonNode corrections = json("corrections", "--db", db, "--json");
        assertEquals(2, corrections.size());
        assertEquals("title", corrections.get(0).get("kind").asText());
        assertEquals("中国首台套量子微波测量系统在清远高新区发布", corrections.get(0).get("engine_value").asText());
        assertEquals("清远高新区", corrections.get(1).get("engine_value").asText());
        assertTrue(corrections.get(1).get("applied").asBoolean());

        JsonNode review = json("corrections", "--db", db, "--json", "--review");
        for (JsonNode item : review) {
            assertTrue(!item.get("title").asText().contains("量子微波"), "corrected items leave the review list");
        }
    }
}

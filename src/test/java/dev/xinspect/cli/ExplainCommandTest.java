package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    private static final Path SAMPLE = Path.of("src/test/resources/samples/usage-capped-429.http");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    @Test
    void jsonFormatHasTheDocumentedShape() throws Exception {
        assertEquals(0, run("explain", "--format", "json", SAMPLE.toString()));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(429, json.path("status").path("code").asInt());
        assertEquals("Too Many Requests", json.path("status").path("text").asText());
        JsonNode finding = json.path("findings").get(0);
        assertEquals("problem", finding.path("source").asText());
        assertEquals("usage-capped", finding.path("type").asText());
        assertEquals("Monthly", finding.path("fields").path("period").asText());
        assertEquals("[\"usage-caps\",\"get-help\"]", finding.path("checklists").toString());
        assertEquals("{\"limit\":15,\"remaining\":14,\"resetEpoch\":1795515120,\"window\":\"15m\"}",
                json.path("rateLimit").toString());
        assertEquals("usage-caps", json.path("checklists").get(0).path("id").asText());
        assertTrue(json.path("checklists").get(0).path("items").get(0).has("why"));
    }

    @Test
    void textFormatShowsTimeLeftUntilReset() {
        assertEquals(0, run("explain", SAMPLE.toString()));

        assertTrue(out.toString().contains("14 of 15 requests left in the 15m window; resets 2026-11-24 10:12:00 UTC"
                + " (2026-11-24 10:12:00 local, in 12 min 0 s)"), out.toString());
        assertTrue(out.toString().contains("[error] UsageCapExceeded (problem, usage-capped)"));
    }

    @Test
    void markdownFormatListsChecklistsAsTasks() {
        assertEquals(0, run("explain", "--format", "markdown", SAMPLE.toString()));

        assertTrue(out.toString().startsWith("## 429 Too Many Requests"));
        assertTrue(out.toString().contains("- [ ] Check the monthly usage in the developer portal."));
    }

    @Test
    void aHarWithTwoEntriesPrintsAJsonArray(@TempDir Path dir) throws Exception {
        Path har = dir.resolve("two.har");
        Files.writeString(har, """
                {"log":{"entries":[
                 {"request":{"method":"GET","url":"https://api.x.com/2/users/me","headers":[]},"response":{"status":200,"headers":[],"content":{"text":"{}"}}},
                 {"request":{"method":"GET","url":"https://api.x.com/2/users/me","headers":[]},"response":{"status":503,"headers":[],"content":{"text":""}}}]}}""");

        assertEquals(0, run("explain", "--format", "json", har.toString()));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(2, json.size());
        assertEquals(503, json.get(1).path("status").path("code").asInt());
    }

    @Test
    void notAResponseExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just some notes");

        assertEquals(2, run("explain", text.toString()));
        assertEquals(1, err.toString().lines().count());
        assertEquals(2, run("explain", dir.resolve("missing.http").toString()));
        assertTrue(err.toString().contains("cannot read the input: no such file"));
    }
}

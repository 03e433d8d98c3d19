package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.report.CurlCommandParser;
import dev.xinspect.core.report.CurlCorpusTest;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.report.Redactor;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code xinspect import curl} over the corpus of real commands: the JSON shape, exit codes, stderr, and --format. */
class ImportCurlCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path folder;

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    static java.util.stream.Stream<CurlCorpusTest.Case> corpus() throws Exception {
        return CurlCorpusTest.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void printsWhatTheImporterReadsOrRefusesWithExitTwo(CurlCorpusTest.Case fixture) throws Exception {
        Path file = Files.writeString(folder.resolve("command.sh"), fixture.command());

        int exit = run("import", "curl", file.toString());

        if (fixture.refused()) {
            assertEquals(2, exit);
            assertEquals("", out.toString());
            assertTrue(err.toString().startsWith("xinspect import curl: ") && err.toString().strip().lines().count() == 1, err::toString);
            return;
        }
        assertEquals(0, exit, err::toString);
        ImportedRequest imported = new CurlCommandParser().parse(fixture.command());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(List.of("method", "url", "headers", "body", "multipart", "variables", "notes"), fieldNames(json));
        assertEquals(new ObjectMapper().readTree(ImportCurlCommand.json(imported)), json);
        assertEquals(imported.method(), json.get("method").asText());
        assertEquals(imported.body() == null, json.get("body").isNull());
    }

    @Test
    void multipartPartsAndVariablesHaveTheStatedShape() throws Exception {
        String command = "curl -X POST https://api.x.com/2/media/upload -H \"Authorization: Bearer $BEARER_TOKEN\" -F command=INIT"
                + " -F 'media=@photo.jpg;type=image/jpeg'";

        assertEquals(0, new CommandLine(new ImportCurlCommand(Redactor.withoutKnownSecrets(),
                new ByteArrayInputStream(command.getBytes(StandardCharsets.UTF_8)))).setOut(new PrintWriter(out)).execute("-"));

        assertEquals("{\"method\":\"POST\",\"url\":\"https://api.x.com/2/media/upload\",\"headers\":[{\"name\":\"Authorization\","
                + "\"value\":\"Bearer {{BEARER_TOKEN}}\"}],\"body\":null,\"multipart\":[{\"name\":\"command\",\"value\":\"INIT\"},"
                + "{\"name\":\"media\",\"file\":\"photo.jpg\"}],\"variables\":[\"{{BEARER_TOKEN}}\"],\"notes\":[]}", out.toString().strip());
    }

    @Test
    void aBrokenCommandSaysWhyOnOneLineOfStderr() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.sh"), "curl https://api.x.com/2/tweets/search/recent?query=cats&max_results=10"
                + " -H 'Authorization: Bearer x'\n");

        assertEquals(2, run("import", "curl", file.toString()));

        assertEquals("xinspect import curl: Unquoted `&` at line 1, column 57 ends the command: quote the URL.\n",
                err.toString().replace("\r\n", "\n"));
    }

    @Test
    void aRepairedCommandExitsZeroWithItsNote() throws Exception {
        Path file = Files.writeString(folder.resolve("repaired.sh"), "curl “https://api.x.com/2/users/me”");

        assertEquals(0, run("import", "curl", file.toString()));

        JsonNode notes = new ObjectMapper().readTree(out.toString()).get("notes");
        assertTrue(notes.get(0).asText().startsWith("Repaired: typographic quotes"), notes::toString);
    }

    @Test
    void formatCurlPrintsACommandThatImportsBackAsTheSameRequest() throws Exception {
        String command = "curl -X POST https://api.x.com/2/media/upload -H \"Authorization: Bearer $BEARER_TOKEN\" -F command=INIT"
                + " -F 'media=@photo.jpg;type=image/jpeg'";
        Path file = Files.writeString(folder.resolve("command.sh"), command);

        assertEquals(0, run("import", "curl", "--format", "curl", file.toString()));

        ImportedRequest again = new CurlCommandParser().parse(out.toString());
        ImportedRequest first = new CurlCommandParser().parse(command);
        assertEquals(first.parts(), again.parts());
        assertEquals(first.url(), again.url());
        assertEquals(first.method(), again.method());
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

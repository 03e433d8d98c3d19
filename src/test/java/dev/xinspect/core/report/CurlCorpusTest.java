package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Variables;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real curl commands for the X API (X's docs, GitHub issues, gists, pastebin: the source is in each fixture), each with
 * the raw request the real curl 7.88 sent for it to a listener on 127.0.0.1 ({@code curl/cases.py}). A command a
 * shell and curl run must import as exactly that request; a broken one must be refused in one sentence naming line
 * and column, or repaired with a {@code Repaired:} note.
 */
public class CurlCorpusTest {
    /** curl's own defaults, which the sender supplies itself; the multipart type carries a per-request boundary. */
    private static final Pattern CURL_DEFAULT = Pattern.compile("host: .*|content-length: .*|user-agent: curl/.*|accept: \\*/\\*"
            + "|content-type: multipart/form-data; boundary=.*");
    /** Fixtures whose command bash runs but an import cannot (it would have to run another command). */
    private static final List<String> REFUSED_THOUGH_VALID = List.of("search-get-data-oauth-file-gist");

    public record Case(String name, String command, String sent, Path folder) {
        public boolean refused() {
            return name.contains("-broken-") || REFUSED_THOUGH_VALID.stream().anyMatch(name::endsWith);
        }

        public boolean repaired() {
            return name.contains("-repaired-");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static Stream<Case> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(CurlCorpusTest.class.getResource("curl/corpus").toURI());
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                JsonNode node = json.readTree(file.toFile());
                cases.add(new Case(file.getFileName().toString().replace(".json", ""), node.get("command").asText(),
                        node.get("sent").asText(), folder.getParent()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommandImportsAsCurlSentItOrIsRefusedWithItsCause(Case fixture) throws Exception {
        CurlCommandParser parser = new CurlCommandParser();
        if (fixture.refused()) {
            String message = assertThrows(CurlCommandParser.NotCurlException.class, () -> parser.parse(fixture.command())).getMessage();
            assertTrue(message.matches("[A-Z][^\\n]*line \\d+, column \\d+[^\\n]*\\.|Line \\d+ does not end in[^\\n]*\\."), message);
            return;
        }
        ImportedRequest imported = parser.parse(fixture.command());
        assertSent(fixture, imported);
        assertEquals(fixture.repaired(), imported.notes().stream().anyMatch(note -> note.startsWith("Repaired:")), imported.notes()::toString);
    }

    /** Compares the import with the captured request: method, target, every header beyond curl's defaults, body or parts. */
    static void assertSent(Case fixture, ImportedRequest imported) throws Exception {
        String raw = fixture.sent();
        int headEnd = raw.indexOf("\r\n\r\n");
        List<String> head = List.of(raw.substring(0, headEnd).split("\r\n"));
        String body = raw.substring(headEnd + 4);
        String[] requestLine = head.get(0).split(" ");
        Map<String, String> asCaptured = new HashMap<>();
        imported.variables().forEach(name -> asCaptured.put(name, "{{" + name + "}}"));
        Variables variables = new Variables(asCaptured);

        assertEquals(requestLine[0], imported.method());
        assertEquals(requestLine[1], variables.resolve(imported.url()).replaceFirst("^https?://[^/]+", ""));
        List<String> sentHeaders = head.subList(1, head.size()).stream().map(CurlCorpusTest::lowerName)
                .filter(h -> !CURL_DEFAULT.matcher(h).matches()).sorted().toList();
        List<String> importedHeaders = new ArrayList<>();
        for (Header header : imported.headers()) {
            importedHeaders.add(lowerName(header.name() + ": " + variables.resolve(header.value())));
        }
        assertEquals(sentHeaders, importedHeaders.stream().sorted().toList());
        if (imported.isMultipart()) {
            assertEquals(parts(body), imported.parts().stream().map(p -> describe(p, variables)).toList());
        } else {
            assertEquals(body, imported.body() == null ? "" : variables.resolve(imported.body()));
        }
    }

    private static String lowerName(String header) {
        int colon = header.indexOf(':');
        return header.substring(0, colon).toLowerCase(Locale.ROOT) + header.substring(colon).stripTrailing();
    }

    /** Each part of a captured multipart body as {@code name=value}, or {@code name@filename;type}. */
    private static List<String> parts(String body) {
        String boundary = body.substring(0, body.indexOf("\r\n"));
        List<String> described = new ArrayList<>();
        Pattern disposition = Pattern.compile("name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?");
        for (String part : body.split(Pattern.quote(boundary))) {
            if (part.isBlank() || part.startsWith("--")) {
                continue;
            }
            int split = part.indexOf("\r\n\r\n");
            String headers = part.substring(0, split);
            Matcher name = disposition.matcher(headers);
            assertTrue(name.find(), headers);
            Matcher type = Pattern.compile("Content-Type: (.*)").matcher(headers);
            String content = part.substring(split + 4, part.length() - 2);
            described.add(name.group(2) != null ? name.group(1) + "@" + name.group(2) + ";" + (type.find() ? type.group(1) : "")
                    : name.group(1) + "=" + content + (type.find() ? ";" + type.group(1) : ""));
        }
        return described;
    }

    private static String describe(FormPart part, Variables variables) {
        try {
            return part.isFile() ? part.name() + "@" + part.sentFilename() + ";" + part.sentContentType()
                    : part.name() + "=" + variables.resolve(part.value()) + (part.contentType().isEmpty() ? "" : ";" + part.contentType());
        } catch (Variables.UnknownVariableException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void noFixtureIsEmpty(Case fixture) {
        assertFalse(fixture.command().isBlank());
        assertEquals(fixture.refused() && !REFUSED_THOUGH_VALID.stream().anyMatch(fixture.name()::endsWith) && !fixture.name().contains("ampersand")
                && !fixture.name().contains("continuation"), fixture.sent().isEmpty(), "a broken command sends nothing as pasted");
    }
}

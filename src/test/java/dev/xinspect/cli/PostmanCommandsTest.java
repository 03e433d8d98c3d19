package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import postman}, {@code import openapi} and {@code export --format postman} on a workspace of their own. */
class PostmanCommandsTest {
    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        Path file = dir.resolve("x.postman_collection.json");
        try (InputStream in = getClass().getResourceAsStream("/dev/xinspect/core/interop/x-twitter-api-v2.postman_collection.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void xsCollectionImportsExportsAndImportsAgain() throws IOException {
        Path workspace = dir.resolve("ws");
        CliRun imported = new CliRun("import", "postman", "--workspace", workspace.toString(), fixture().toString());
        assertEquals(0, imported.exitCode, imported.err());
        assertTrue(imported.out().startsWith("Imported 3 requests in 3 folders as the collection Twitter API v2, its variables as"
                + " the environment Twitter API v2."), imported.out());
        assertTrue(imported.out().contains("- 3 requests use OAuth 2.0 app-only (Bearer)"), imported.out());

        CliRun exported = new CliRun("export", "--format", "postman", "--collection", "Twitter API v2", "--workspace", workspace.toString());
        assertEquals(0, exported.exitCode, exported.err());
        assertTrue(exported.out().contains("\"schema\" : \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\""));
        Path again = dir.resolve("again.json");
        Files.writeString(again, exported.out(), StandardCharsets.UTF_8);

        CliRun second = new CliRun("import", "postman", "--workspace", workspace.toString(), again.toString());
        assertEquals(0, second.exitCode, second.err());
        assertTrue(second.out().startsWith("Imported 3 requests in 3 folders as the collection Twitter API v2 (2)"), second.out());
    }

    @Test
    void aFileThatIsNotACollectionExitsTwoWithOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("not.json"), "{\"openapi\": \"3.0.0\"}");
        CliRun run = new CliRun("import", "postman", "--workspace", dir.resolve("ws").toString(), file.toString());

        assertEquals(2, run.exitCode);
        assertEquals("xinspect import postman: This is not a Postman collection: it has no \"info\" object and \"item\" list."
                + System.lineSeparator(), run.err());
    }

    @Test
    void exportNamesTheCollectionsThereAreWhenOneIsUnknown() {
        CliRun run = new CliRun("export", "--format", "postman", "--collection", "Nope", "--workspace", dir.toString());

        assertEquals(2, run.exitCode);
        assertTrue(run.err().startsWith("xinspect export: no collection named Nope in "), run.err());
    }

    @Test
    void xsShippedSpecImportsAsACollection() {
        CliRun run = new CliRun("import", "openapi", "--x", "--workspace", dir.resolve("ws").toString());

        assertEquals(0, run.exitCode, run.err());
        assertTrue(run.out().startsWith("Imported "), run.out());
        assertTrue(run.out().contains("folders, one per tag"), run.out());
    }

    @Test
    void controlCharactersInNamesNeverReachTheTerminalRaw() throws IOException {
        Path file = Files.writeString(dir.resolve("evil.json"), """
                {"info": {"name": "Evil \\u001b]0;owned\\u0007 \\u001b[31mred"},
                 "item": [{"name": "R \\u001b[2J", "request": {"url": "https://a.example", "body": {"mode": "\\u001b[1m"}}}]}""");
        CliRun run = new CliRun("import", "postman", "--workspace", dir.resolve("ws").toString(), file.toString());

        assertEquals(0, run.exitCode, run.err());
        assertTrue(run.out().startsWith("Imported 1 request in 0 folders"), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c == 0x1b || c == 0x07), run.out());
    }
}

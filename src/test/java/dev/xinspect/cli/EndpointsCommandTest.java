package dev.xinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.app.CliMain;
import dev.xinspect.app.CoreWiring;
import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.ReferenceSpecs;
import dev.xinspect.core.catalog.SpecCache;
import dev.xinspect.core.catalog.SpecFetcher;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.catalog.SpecServer;
import dev.xinspect.core.http.HttpSender;
import java.io.PrintWriter;
import java.net.URI;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EndpointsCommandTest {
    /** X's spec 2.167 as a file: the copy the app ships, written out once. */
    private static String SPEC;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void writeSpecFile(@TempDir Path specs) throws Exception {
        SPEC = Files.writeString(specs.resolve("x-openapi-2.167.json"), ReferenceSpecs.text(ReferenceSpecs.V167)).toString();
    }

    private int run(CommandLine commandLine, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** Through the real command tree, as {@code xinspect endpoints …} runs. */
    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "endpoints";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(CliMain.commandLine(new CoreWiring(CLOCK, ZoneOffset.UTC)), all);
    }

    /** With its own cache folder and a local stand-in for api.x.com, and no built-in copy. */
    private CommandLine withCache(Path dir, SpecServer server) {
        return withCache(dir, BuiltInSpec.none(), server.specUri());
    }

    private CommandLine withCache(Path dir, BuiltInSpec builtIn, URI xSpec) {
        SpecReader reader = new SpecReader();
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(20), CLOCK, "test");
        Catalogs catalogs = new Catalogs(new SpecCache(dir.resolve("x-openapi.json"), reader, new ObjectMapper(), CLOCK), builtIn,
                new SpecFetcher(() -> sender, reader, CLOCK), xSpec);
        return new CommandLine(new EndpointsCommand(catalogs, reader));
    }

    @Test
    void aSpecFileListsMethodPathAndAuthModes() {
        assertEquals(0, run("--spec", SPEC));

        List<String> lines = out.toString().lines().toList();
        assertEquals("X API v2 2.167 (" + SPEC + "): 171 endpoints", lines.get(0));
        assertEquals(172, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("GET +/2/users/me +OAuth1 user, OAuth2 user +Get Users Me")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("GET +/2/tweets/search/stream +app-only +.*")), out.toString());
    }

    @Test
    void aFilterMatchingOneEndpointShowsItsParametersWithAllowedValues() {
        assertEquals(0, run("--spec", SPEC, "GET", "https://api.x.com/2/users/me?user.fields=id"));

        String text = out.toString();
        assertTrue(text.contains("\nGET /2/users/me\n  Get Users Me (getUsersMe)\n  Tags: Users\n"
                + "  Auth: OAuth 1.0a user context, OAuth 2.0 user context (PKCE); OAuth 2.0 scopes: users.read, tweet.read\n"), text);
        assertTrue(text.contains("    user.fields  (query, optional, comma-separated)\n"), text);
        assertTrue(text.contains("        values: confirmed_email, connection_status, created_at,"), text);
    }

    @Test
    void jsonListsEveryEndpointWithItsModesAndParameters() throws Exception {
        assertEquals(0, run("--spec", SPEC, "--format", "json", "users/me"));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("2.167", json.path("spec").path("version").asText());
        JsonNode me = json.path("endpoints").get(0);
        assertEquals("/2/users/me", me.path("path").asText());
        assertEquals("[\"oauth1-user\",\"oauth2-user\"]", me.path("authModes").toString());
        assertEquals("user.fields", me.path("parameters").get(0).path("name").asText());
        assertTrue(me.path("parameters").get(0).path("allowedValues").toString().contains("\"created_at\""));
    }

    @Test
    void aBadFileExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path notJson = dir.resolve("spec.json");
        Files.writeString(notJson, "<html>");

        assertEquals(2, run("--spec", notJson.toString()));
        assertEquals(List.of("xinspect endpoints: " + notJson + ": The spec is not valid JSON (line 1, column 1)."),
                err.toString().lines().toList());
        assertEquals(2, run("--spec", dir.resolve("missing.json").toString()));
        assertEquals(1, err.toString().lines().count());
        assertEquals("", out.toString());
    }

    @Test
    void withoutACacheItSaysHowToGetASpecAndFetchesOnlyWhenAsked(@TempDir Path dir) throws Exception {
        try (SpecServer server = new SpecServer().answer(200, Files.readString(Path.of(SPEC)))) {
            CommandLine command = withCache(dir, server);

            assertEquals(2, run(command));
            assertEquals(List.of("xinspect endpoints: no X API spec is cached or built in; run `xinspect endpoints --fetch` to"
                    + " download " + server.specUri() + ", or pass --spec FILE."), err.toString().lines().toList());
            assertEquals(0, server.requests());

            assertEquals(0, run(command, "--fetch", "search/recent"));
            assertEquals("Fetched X API v2 2.167 (" + server.specUri() + ", fetched 2026-11-24 10:00 UTC) (171 endpoints); cached in "
                    + dir.resolve("x-openapi.json") + ".", err.toString().strip());
            assertTrue(out.toString().contains("GET /2/tweets/search/recent\n"), out.toString());

            CommandLine later = withCache(dir, server);
            assertEquals(0, run(later, "DELETE", "/2/tweets/123"));
            assertTrue(out.toString().startsWith("X API v2 2.167 (" + server.specUri() + ", fetched 2026-11-24 10:00 UTC): 1 of 171"));
            assertEquals(1, server.requests());
        }
    }

    @Test
    void withAnEmptyConfigFolderAndNoNetworkTheBuiltInCopyAnswers(@TempDir Path dir) throws Exception {
        // Port 9 (discard) on loopback: nothing listens, as with no network; the command must not even try.
        CommandLine command = withCache(dir, BuiltInSpec.shipped(), URI.create("http://127.0.0.1:9/2/openapi.json"));

        assertEquals(0, run(command, "GET /2/users/me"));
        String text = out.toString();
        assertTrue(text.startsWith("X API v2 2.167 (built in, taken 2025-11): 1 of 171 endpoints\n"), text);
        assertTrue(text.contains("  Auth: OAuth 1.0a user context, OAuth 2.0 user context (PKCE);"), text);
        assertEquals("", err.toString());

        assertEquals(0, run(command, "media/upload"));
        List<String> upload = out.toString().lines().skip(1).map(line -> String.join(" ", List.of(line.split(" +")).subList(0, 2)))
                .filter(endpoint -> !endpoint.contains("/chat/")).toList();
        assertEquals(List.of("GET /2/media/upload", "POST /2/media/upload", "POST /2/media/upload/initialize",
                "POST /2/media/upload/{id}/append", "POST /2/media/upload/{id}/finalize"), upload);
        try (var written = Files.list(dir)) {
            assertEquals(List.of(), written.toList(), "nothing is written to the config folder");
        }
    }

    @Test
    void aFailedFetchOrNoMatchExitsOne(@TempDir Path dir) throws Exception {
        try (SpecServer server = new SpecServer().answer(500, "oops")) {
            assertEquals(1, run(withCache(dir, server), "--fetch"));
            assertEquals(List.of("xinspect endpoints: " + server.specUri() + " answered 500 instead of the spec."),
                    err.toString().lines().toList());
        }
        assertEquals(1, run("--spec", SPEC, "/2/nothing/here"));
        assertEquals("xinspect endpoints: no endpoint of X API v2 2.167 (" + SPEC + ") matches /2/nothing/here", err.toString().strip());
    }
}

package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.HttpSender;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SpecServer server;
    @TempDir
    Path dir;

    CatalogsTest() throws Exception {
        server = new SpecServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Over a cache in an empty folder, with no built-in copy: only what is fetched counts. */
    private Catalogs catalogs() {
        return catalogs(BuiltInSpec.none());
    }

    private Catalogs catalogs(BuiltInSpec builtIn) {
        SpecReader reader = new SpecReader();
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(20), clock, "xinspect-test");
        return new Catalogs(new SpecCache(dir.resolve("x-openapi.json"), reader, new ObjectMapper(), clock), builtIn,
                new SpecFetcher(() -> sender, reader, clock), server.specUri());
    }

    /** The folder's files but the empty lock file a write takes (LockedFile), which holds nothing. */
    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".x-openapi.json.lock")).sorted().toList();
        }
    }

    @Test
    void nothingIsFetchedUntilAskedAndNothingCachedMeansNoXCatalog() {
        Catalogs catalogs = catalogs();

        assertEquals(Optional.empty(), catalogs.xCatalog());
        assertEquals(Set.of(), catalogs.accepted("GET", "https://api.x.com/2/users/me"));
        assertEquals(0, server.requests());
        assertEquals("", catalogs.problem());
    }

    @Test
    void aFetchedSpecIsCachedWithItsTimeAndVersionAndReadBackLater() throws Exception {
        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V167));

        Catalog fetched = catalogs().fetchX();

        assertEquals(171, fetched.endpoints().size());
        assertEquals(List.of("x-openapi.json"), files(), "no temp file is left");
        var cached = new ObjectMapper().readTree(dir.resolve("x-openapi.json").toFile());
        assertEquals("2.167", cached.path("version").asText());
        assertEquals("2026-11-24T10:00:00Z", cached.path("fetchedAt").asText());
        assertEquals(server.specUri().toString(), cached.path("source").asText());

        Catalogs later = catalogs();
        Catalog read = later.xCatalog().orElseThrow();
        assertEquals(new SpecInfo("X API v2", "2.167", server.specUri().toString(), NOW), read.info());
        assertEquals(Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER), later.accepted("GET", "https://api.x.com/2/users/me"));
        assertEquals(1, server.requests());
    }

    @Test
    void aFailedFetchKeepsTheCatalogAndTheCachedCopy() throws Exception {
        Catalogs catalogs = catalogs();
        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V159));
        catalogs.fetchX();
        byte[] before = Files.readAllBytes(dir.resolve("x-openapi.json"));

        server.answer(503, "<html>down</html>");
        assertEquals(server.specUri() + " answered 503 instead of the spec.",
                assertThrows(SpecFetchException.class, catalogs::fetchX).getMessage());
        server.answer(200, "{\"openapi\":\"3.0.0\",\"paths\":");
        assertEquals(server.specUri() + " did not send a usable OpenAPI spec (the spec is not valid JSON (line 1, column 28)).",
                assertThrows(SpecFetchException.class, catalogs::fetchX).getMessage());
        server.answer(200, "{\"title\":\"Too Many Requests\",\"status\":429}");
        assertTrue(assertThrows(SpecFetchException.class, catalogs::fetchX).getMessage().endsWith("(the JSON is not an OpenAPI 3 document"
                + " (it has no \"openapi\": \"3.x\"))."));

        assertEquals("2.159", catalogs.xCatalog().orElseThrow().info().version());
        assertTrue(Arrays.equals(before, Files.readAllBytes(dir.resolve("x-openapi.json"))), "the cached copy is untouched");
    }

    @Test
    void nothingListeningIsOneSentence() {
        Catalogs catalogs = catalogs();
        server.close();

        String message = assertThrows(SpecFetchException.class, catalogs::fetchX).getMessage();

        assertTrue(message.startsWith("Could not fetch " + server.specUri() + ": Nothing is listening on 127.0.0.1:"), message);
    }

    @Test
    void aCorruptCacheIsSetAsideReportedAndNeverDeleted() throws Exception {
        Files.writeString(dir.resolve("x-openapi.json"), "{\"format\":\"xinspect-openapi-cache/1\",\"spec\":{\"openapi\":");
        Catalogs catalogs = catalogs();

        assertEquals(Optional.empty(), catalogs.xCatalog());

        String aside = "x-openapi.json.corrupt-" + NOW.toEpochMilli();
        assertEquals(List.of(aside), files());
        assertEquals("{\"format\":\"xinspect-openapi-cache/1\",\"spec\":{\"openapi\":", Files.readString(dir.resolve(aside)));
        assertEquals("The cached X API spec could not be read (the spec is not valid JSON (line 1, column 56)) and was set"
                + " aside as " + aside + "; fetch it again.", catalogs.problem());
    }

    @Test
    void aCacheFileThatIsARawSpecOrSomethingElseIsAlsoSetAside() throws Exception {
        Files.writeString(dir.resolve("x-openapi.json"), "{\"openapi\":\"3.0.0\",\"paths\":{}}");

        Catalogs catalogs = catalogs();

        assertEquals(Optional.empty(), catalogs.xCatalog());
        assertTrue(catalogs.problem().startsWith("The cached X API spec could not be read (it is not a spec cached by xinspect)"),
                catalogs.problem());
    }

    @Test
    void xHostsGoToXsCatalogAndOtherUrlsFallBackInOrder() throws Exception {
        Catalogs catalogs = catalogs();
        Catalog sandboxCatalog = new Catalog(new SpecInfo("sandbox", "s", "mem", null), List.of(new Endpoint("GET", "/2/users/me",
                "", "", List.of(), "", Set.of(AuthMode.OAUTH1_USER), List.of(), List.of(), false)));
        catalogs.useSandbox(URI.create("http://127.0.0.1:9/"), sandboxCatalog);

        assertEquals(Optional.empty(), catalogs.forUrl("https://api.x.com/2/users/me"), "no X spec: X URLs are not linted against the sandbox's");
        assertEquals(Set.of(AuthMode.OAUTH1_USER), catalogs.accepted("GET", "https://api.x.com/2/users/me"), "auth modes fall back");
        assertEquals(Optional.of(sandboxCatalog), catalogs.forUrl("{{baseUrl}}/2/users/me"));

        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V167));
        Catalog x = catalogs.fetchX();
        assertEquals(Optional.of(x), catalogs.forUrl("https://API.twitter.com/2/users/me"));
        assertEquals(Optional.of(x), catalogs.forUrl("{{baseUrl}}/2/users/me"));
        assertEquals(Optional.of(sandboxCatalog), catalogs.forUrl("http://127.0.0.1:9/2/users/me"));
        assertEquals(Optional.of(x), catalogs.forUrl("http://127.0.0.1:10/2/users/me"));
        assertEquals("GET /2/users/by", catalogs.complete("https://api.x.com/2/users/b", 1).get(0).endpoint().label());
        assertEquals(EnumSet.allOf(AuthMode.class), catalogs.accepted("GET", "https://api.x.com/2/openapi.json"),
                "no security: every mode is fine");
        assertFalse(catalogs.find("GET", "https://api.x.com/2/users/me").orElseThrow().accepts(AuthMode.OAUTH2_APP_ONLY));
    }

    @Test
    void withNothingCachedTheBuiltInCopyAnswersAtOnceWithoutTheNetwork() {
        Catalogs catalogs = catalogs(BuiltInSpec.shipped());

        Catalog x = catalogs.xCatalog().orElseThrow();
        assertEquals(new SpecInfo("X API v2", "2.167", "https://api.x.com/2/openapi.json", null, "2025-11"), x.info());
        assertEquals(Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER), catalogs.accepted("GET", "https://api.x.com/2/users/me"));
        assertEquals("GET /2/users/by", catalogs.complete("https://api.x.com/2/users/b", 1).get(0).endpoint().label());
        assertEquals(0, server.requests());
        assertEquals("", catalogs.problem());
    }

    @Test
    void anOlderCachedCopyGivesWayToTheBuiltInOneAndANewerOrEqualOneWins() throws Exception {
        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V159));
        catalogs().fetchX();
        assertTrue(catalogs(BuiltInSpec.shipped()).xCatalog().orElseThrow().info().builtIn(), "2.159 cached, 2.167 built in");

        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V159).replace("\"version\": \"2.159\"", "\"version\": \"2.170\""));
        catalogs().fetchX();
        SpecInfo newer = catalogs(BuiltInSpec.shipped()).xCatalog().orElseThrow().info();
        assertEquals(new SpecInfo("X API v2", "2.170", server.specUri().toString(), NOW), newer);

        server.answer(200, ReferenceSpecs.text(ReferenceSpecs.V167));
        catalogs().fetchX();
        assertFalse(catalogs(BuiltInSpec.shipped()).xCatalog().orElseThrow().info().builtIn(), "the same version: the fetched copy");
    }

    @Test
    void theShippedDescriptionNamesTheShippedDocumentsVersion() throws Exception {
        String version = new ObjectMapper().readTree(BuiltInSpec.shipped().documentText()).path("info").path("version").asText();

        assertEquals(BuiltInSpec.shipped().version(), Optional.of(version));
    }

    @Test
    void versionsCompareNumberByNumber() {
        assertTrue(info("2.170").newerThan(info("2.167")));
        assertTrue(info("2.10").newerThan(info("2.9")));
        assertTrue(info("3").newerThan(info("2.999")));
        assertFalse(info("2.167").newerThan(info("2.167")));
        assertFalse(info("2.167").newerThan(info("2.170")));
        assertFalse(info("2.167-beta").newerThan(info("2.1")), "not numbers: never newer");
    }

    private static SpecInfo info(String version) {
        return new SpecInfo("X API v2", version, "", null);
    }
}

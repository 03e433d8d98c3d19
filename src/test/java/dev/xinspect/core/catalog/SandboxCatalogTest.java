package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's own GET /2/openapi.json read through the catalog, and checked against what the sandbox does. */
class SandboxCatalogTest {
    private static Sandbox sandbox;
    private static Catalogs catalogs;
    private static Catalog catalog;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        catalogs = SandboxCatalogs.readFrom(sandbox, dir);
        catalog = catalogs.sandboxCatalog().orElseThrow();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private String url(String pathAndQuery) {
        return sandbox.baseUri() + pathAndQuery;
    }

    @Test
    void theSandboxSpecParsesAndMatchesLiteralSegmentsFirst() {
        assertEquals("2.167-sandbox", catalog.info().version());
        assertEquals("GET /2/users/me", catalogs.find("GET", url("/2/users/me")).orElseThrow().label());
        assertEquals("GET /2/users/by/username/{username}", catalogs.find("GET", url("/2/users/by/username/XDevelopers")).orElseThrow().label());
        assertEquals("GET /2/users/{id}", catalogs.find("GET", url("/2/users/2244994945")).orElseThrow().label());
        assertEquals(Set.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_USER), catalogs.accepted("GET", url("/2/users/me")));
        assertEquals(EnumSet.of(AuthMode.OAUTH1_USER, AuthMode.OAUTH2_APP_ONLY, AuthMode.OAUTH2_USER),
                catalogs.accepted("GET", url("/2/tweets/search/recent?query=x")));
        assertTrue(FieldSuggestions.allowedValues(catalog.find("GET", "/2/tweets/search/recent").orElseThrow(), "tweet.fields")
                .contains("created_at"));
    }

    @Test
    void whereTheSandboxAndXsSpecShareAnEndpointTheSandboxAcceptsEveryModeXAccepts() {
        Catalog x = ReferenceSpecs.catalog(ReferenceSpecs.V167);
        int shared = 0;
        for (Endpoint mine : catalog.endpoints()) {
            var theirs = x.endpoints().stream().filter(e -> e.label().equals(mine.label())).findFirst();
            if (theirs.isPresent()) {
                shared++;
                assertTrue(mine.authModes().containsAll(theirs.get().authModes()), mine.label() + ": " + mine.authModes()
                        + " vs X's " + theirs.get().authModes());
            }
        }
        assertTrue(shared >= 10, "shared endpoints: " + shared);
    }

    /** The lint and the sandbox agree: what QueryCheck flags the sandbox refuses with 400, and the reverse. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/2/tweets/search/recent?query=x&tweet.fields=created_at&expansions=author_id",
            "/2/tweets/search/recent?query=x&tweet.fields=foo",
            "/2/tweets/search/recent?query=x&start=1",
            "/2/tweets/search/recent?query=x&max_results=10&max_results=20",
            "/2/users/2244994945?user.fields=created_at,description",
            "/2/users/2244994945?user.fields=bogus"})
    void theLintFlagsWhatTheSandboxRefuses(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Authorization", "Bearer " + sandbox.credentials().bearerToken()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<QueryProblem> problems = QueryCheck.check(catalogs.find("GET", url(pathAndQuery)).orElseThrow(), url(pathAndQuery));

        assertEquals(response.statusCode() == 400, !problems.isEmpty(), response.statusCode() + " " + response.body() + " vs " + problems);
    }
}

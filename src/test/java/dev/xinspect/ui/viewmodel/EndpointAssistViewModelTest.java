package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.SandboxCatalogs;
import dev.xinspect.core.catalog.SpecCache;
import dev.xinspect.core.catalog.SpecFetcher;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's catalog assist over the sandbox's own spec: endpoint line, lint, field menus, completion. */
class EndpointAssistViewModelTest {
    private static final AuthOption APP_ONLY = new AuthOption("Sandbox App", AuthMode.OAUTH2_APP_ONLY, null, "Sandbox App");
    private static Sandbox sandbox;
    private static Catalogs catalogs;
    @TempDir
    static Path dir;
    private final RequestViewModel request = new RequestViewModel((sent, auth) -> {
        throw new IllegalStateException("not sent in this test");
    }, () -> Map.of("baseUrl", sandbox.baseUri().toString()), List.of(APP_ONLY), exchange -> { }, Runnable::run, Runnable::run);
    private final EndpointAssistViewModel assist = new EndpointAssistViewModel(catalogs, request, Runnable::run, Runnable::run);

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        catalogs = SandboxCatalogs.readFrom(sandbox, dir);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anAppOnlyTokenOnAUserContextEndpointIsFlaggedAndHoldsTheSend() {
        request.urlProperty().set("{{baseUrl}}/2/users/me");

        assertTrue(assist.endpointTextProperty().get().startsWith("GET /2/users/me"), assist.endpointTextProperty().get());
        assertTrue(assist.endpointTextProperty().get().endsWith("accepts OAuth 1.0a user, OAuth 2.0 user"), assist.endpointTextProperty().get());
        assertEquals("sandbox 2.167-sandbox", assist.sourceTextProperty().get());
        assertEquals(1, assist.problems().size(), assist.problems().toString());
        assertTrue(assist.problems().get(0).startsWith("GET /2/users/me does not accept OAuth 2.0 app-only (Bearer)"));
        SentRequest sent = SentRequest.of("GET", sandbox.baseUri() + "/2/users/me", null);
        assertTrue(assist.warningBefore(sent, APP_ONLY).orElseThrow().contains("does not accept OAuth 2.0 app-only"));
    }

    @Test
    void theCatalogLineNamesTheBuiltInXSpecBesideTheSandboxesWithNoNetworkAndNothingCached(@TempDir Path empty) throws Exception {
        SpecReader reader = new SpecReader();
        Catalogs offline = new Catalogs(new SpecCache(empty.resolve("x-openapi.json"), reader, new ObjectMapper(), Clock.systemUTC()),
                BuiltInSpec.shipped(), new SpecFetcher(() -> {
                    throw new AssertionError("nothing is fetched");
                }, reader, Clock.systemUTC()), URI.create("http://127.0.0.1:9/unused"));
        offline.useSandbox(sandbox.baseUri(), catalogs.sandboxCatalog().orElseThrow());
        EndpointAssistViewModel offlineAssist = new EndpointAssistViewModel(offline, request, Runnable::run, Runnable::run);

        request.urlProperty().set("{{baseUrl}}/2/users/me");
        assertEquals("sandbox 2.167-sandbox · X 2.167 (built in, taken 2025-11)", offlineAssist.sourceTextProperty().get());

        request.urlProperty().set("https://api.x.com/2/media/upload/initialize");
        request.methodProperty().set("POST");
        assertEquals("X 2.167 (built in, taken 2025-11)", offlineAssist.sourceTextProperty().get());
        assertTrue(offlineAssist.endpointTextProperty().get().startsWith("POST /2/media/upload/initialize"),
                offlineAssist.endpointTextProperty().get());
    }

    @Test
    void fieldsXWouldIgnoreAreShownButDoNotHoldTheSend() {
        request.urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=x&user.fields=created_at");

        assertEquals(List.of("user.fields has no effect here: GET /2/tweets/search/recent returns Posts and no expansion in the"
                + " request returns users, so X ignores it without a word; add expansions=author_id."), assist.problems());
        SentRequest sent = SentRequest.of("GET", sandbox.baseUri() + "/2/tweets/search/recent?query=x&user.fields=created_at", null);
        assertEquals(java.util.Optional.empty(), assist.warningBefore(sent, APP_ONLY));

        request.urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=x&user.fields=created_at&expansions=author_id");
        assertEquals(List.of(), assist.problems());
    }

    @Test
    void unknownParametersAndUnfilledPathSlotsAreNamed() {
        request.urlProperty().set("{{baseUrl}}/2/tweets/{id}?foo=1");

        assertTrue(assist.problems().get(0).equals("Fill the path parameter {id}: it would be sent as it is."), assist.problems().toString());
        assertTrue(assist.problems().stream().anyMatch(p -> p.contains("foo")), assist.problems().toString());
    }

    @Test
    void pathParameterFieldsFillTheSlotsOfTheTypedUrl() {
        request.urlProperty().set("{{baseUrl}}/2/tweets/{id}?tweet.fields=lang");
        assertEquals(List.of("id"), assist.pathSlots().stream().map(PathSlot::name).toList());
        assertEquals("", assist.pathSlots().get(0).value());
        assertFalse(assist.pathSlots().get(0).description().isEmpty(), "the spec's description is the field's tooltip");

        assist.fillPathParameter("id", "20");
        assertEquals("{{baseUrl}}/2/tweets/20?tweet.fields=lang", request.urlProperty().get());
        assertEquals("20", assist.pathSlots().get(0).value());
        assertTrue(assist.problems().isEmpty(), assist.problems().toString());

        assist.fillPathParameter("id", "{{post}} x");
        assertEquals("{{baseUrl}}/2/tweets/{{post}}%20x?tweet.fields=lang", request.urlProperty().get());
        assist.fillPathParameter("id", "");
        assertEquals("{{baseUrl}}/2/tweets/{id}?tweet.fields=lang", request.urlProperty().get());

        request.urlProperty().set("{{baseUrl}}/2/users/me");
        assertEquals(List.of(), assist.pathSlots());
    }

    @Test
    void aFieldMenuWritesItsValuesIntoTheUrl() {
        request.urlProperty().set("{{baseUrl}}/2/tweets/search/recent?query=xinspect");
        FieldChoice fields = assist.fieldChoices().stream().filter(c -> c.parameter().equals("tweet.fields")).findFirst().orElseThrow();
        assertTrue(fields.allowed().contains("created_at"));

        assist.toggle("tweet.fields", "created_at", true);
        assist.toggle("tweet.fields", "public_metrics", true);
        assist.toggle("tweet.fields", "created_at", false);

        assertEquals("{{baseUrl}}/2/tweets/search/recent?query=xinspect&tweet.fields=public_metrics", request.urlProperty().get());
        assertEquals(Set.of("public_metrics"), assist.fieldChoices().stream().filter(c -> c.parameter().equals("tweet.fields"))
                .findFirst().orElseThrow().chosen());
        assertEquals(List.of(), assist.problems());
    }

    @Test
    void theTypedPathIsCompletedFromTheCatalogLiteralSegmentsFirst() {
        List<EndpointSuggestion> found = assist.complete("{{baseUrl}}/2/users/b").join();

        assertEquals("{{baseUrl}}/2/users/by/username/{username}", found.get(0).url());
        assist.accept(found.get(0));
        assertEquals("{{baseUrl}}/2/users/by/username/{username}", request.urlProperty().get());
    }
}

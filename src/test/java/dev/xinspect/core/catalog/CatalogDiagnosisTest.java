package dev.xinspect.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnosis hint "app-only token on a user-context endpoint" fires from the catalog, before X says so. */
class CatalogDiagnosisTest {
    private static final String APP_ONLY = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F";
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    /** Catalogs over a cache that holds X's 2.167 spec, read lazily on the first diagnosis. */
    private Catalogs catalogsWithCachedSpec(Path dir) throws Exception {
        SpecReader reader = new SpecReader();
        ObjectMapper mapper = new ObjectMapper();
        SpecCache cache = new SpecCache(dir.resolve("x-openapi.json"), reader, mapper, clock);
        cache.store(reader.parse(ReferenceSpecs.text(ReferenceSpecs.V167)), Catalogs.X_SPEC.toString(), clock.instant());
        return new Catalogs(new SpecCache(dir.resolve("x-openapi.json"), reader, mapper, clock), BuiltInSpec.none(),
                new SpecFetcher(() -> {
                    throw new AssertionError("a diagnosis never fetches");
                }, reader, clock), URI.create("http://127.0.0.1:9/never"));
    }

    private static List<String> hints(EndpointAuthModes endpoints, Clock clock, String url, int status, String body) {
        Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), clock, endpoints, StandardHints.all());
        SentRequest request = SentRequest.of("GET", url, Headers.of("Authorization", "Bearer " + APP_ONLY));
        ReceivedResponse response = new ReceivedResponse(status, "", "HTTP/2",
                Headers.of("content-type", "application/json", "date", "Tue, 24 Nov 2026 10:00:00 GMT"), Body.ofText(body));
        return diagnoser.diagnose(Exchange.of(request, response)).findings().stream().map(Finding::type)
                .filter(t -> t.startsWith("hint:")).toList();
    }

    @Test
    void appOnlyOnUsersMeIsCaughtFromTheCatalogEvenWhenXSaysNothingAboutAuth(@TempDir Path dir) throws Exception {
        String plain403 = "{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,\"detail\":\"Forbidden\"}";

        assertEquals(List.of(), hints(EndpointAuthModes.UNKNOWN, clock, "https://api.x.com/2/users/me", 403, plain403),
                "without a catalog the hint needs X's unsupported-authentication");
        Catalogs catalogs = catalogsWithCachedSpec(dir);
        assertEquals(List.of("hint:auth-mode"), hints(catalogs, clock, "https://api.x.com/2/users/me", 403, plain403));
        assertEquals(List.of(), hints(catalogs, clock, "https://api.x.com/2/tweets/search/recent?query=x", 200, "{\"data\":[]}"),
                "app-only is fine on recent search");
    }

    @Test
    void theHintNamesTheModesFromTheSpec(@TempDir Path dir) throws Exception {
        Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), clock, catalogsWithCachedSpec(dir), StandardHints.all());
        SentRequest request = SentRequest.of("GET", "https://api.twitter.com/2/users/me", Headers.of("Authorization", "Bearer " + APP_ONLY));

        Finding hint = diagnoser.diagnose(Exchange.of(request, ReceivedResponse.of(401, Headers.EMPTY, ""))).findings().stream()
                .filter(f -> f.type().equals("hint:auth-mode")).findFirst().orElseThrow();

        assertEquals("OAuth 1.0a user context, OAuth 2.0 user context (PKCE)", hint.fields().get("accepted"));
    }
}

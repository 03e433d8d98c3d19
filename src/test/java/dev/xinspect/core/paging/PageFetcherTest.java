package dev.xinspect.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.catalog.Catalog;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.sandbox.MutableClock;
import dev.xinspect.core.sandbox.RunningSandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fetch all pages against the sandbox's followers endpoint (25 followers, 15 requests per 15 minutes). */
class PageFetcherTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.withDefaults();
    private final MutableClock clock = running.clock();
    private final SandboxCredentials demo = SandboxCredentials.DEMO;
    private Function<SentRequest, Exchange> signedSend;
    private final List<String> sentUrls = new ArrayList<>();

    @BeforeEach
    void signAsTheDemoUser() {
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10), clock, "test");
        // Signed afresh for every page: the OAuth 1.0a signature covers the new pagination_token.
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer(clock, NonceSource.from(new SecureRandom())));
        RequestAuth auth = new RequestAuth.Oauth1(new Oauth1Credentials(demo.consumerKey(), demo.consumerSecret(),
                demo.accessToken(), demo.accessTokenSecret()));
        signedSend = request -> {
            sentUrls.add(request.url());
            return sender.send(authorizer.authorize(request, auth));
        };
    }

    private SentRequest followers(int maxResults) {
        return SentRequest.of("GET", running.sandbox().baseUri() + "/2/users/" + demo.userId() + "/followers?max_results=" + maxResults, Headers.EMPTY);
    }

    private Pages fetch(int maxResults, int maxPages, PageFetcher.AtRateLimit atLimit, PageFetcher.Waiter waiter) {
        return new PageFetcher(signedSend, waiter, clock).fetchAll(followers(maxResults), "pagination_token", maxPages, atLimit,
                page -> { }, () -> false);
    }

    private static Set<String> ids(Pages pages) throws Exception {
        Set<String> ids = new HashSet<>();
        for (Exchange page : pages.exchanges()) {
            new ObjectMapper().readTree(page.receivedResponse().orElseThrow().body().text()).path("data")
                    .forEach(user -> ids.add(user.path("id").asText()));
        }
        return ids;
    }

    @Test
    void followsTheTokenToTheEndSigningEachPage() throws Exception {
        Pages pages = fetch(10, 50, PageFetcher.AtRateLimit.STOP, instant -> false);

        assertEquals(Pages.Stop.END, pages.stop(), pages.detail());
        assertEquals(3, pages.exchanges().size());
        assertEquals(25, ids(pages).size());
        assertEquals(List.of("max_results", "pagination_token"),
                QueryString.parse(sentUrls.get(2)).stream().map(p -> p.name()).toList(), "the token replaces, never repeats");
    }

    @Test
    void stopsAtThePageCount() {
        Pages pages = fetch(5, 2, PageFetcher.AtRateLimit.STOP, instant -> false);

        assertEquals(Pages.Stop.PAGE_LIMIT, pages.stop());
        assertEquals(2, pages.exchanges().size());
    }

    @Test
    void stopsAtTheRateLimitAndSaysWhenItResets() {
        Pages pages = fetch(1, 100, PageFetcher.AtRateLimit.STOP, instant -> false);

        assertEquals(Pages.Stop.RATE_LIMIT, pages.stop(), pages.detail());
        assertEquals(15, pages.exchanges().size(), "X allows 15 follower lookups per 15 minutes");
        assertTrue(pages.detail().contains("the window resets at 2026-11-24T10:15:00Z"), pages.detail());
    }

    @Test
    void waitsForTheResetWhenAskedAndGoesOn() throws Exception {
        List<Instant> waitedUntil = new ArrayList<>();
        Pages pages = fetch(1, 100, PageFetcher.AtRateLimit.WAIT_FOR_RESET, instant -> {
            waitedUntil.add(instant);
            clock.advance(Duration.between(clock.instant(), instant).plusSeconds(1));
            return true;
        });

        assertEquals(Pages.Stop.END, pages.stop(), pages.detail());
        assertEquals(25, pages.exchanges().size());
        assertEquals(25, ids(pages).size());
        assertEquals(List.of(Instant.parse("2026-11-24T10:15:00Z")), waitedUntil);
    }

    @Test
    void cancellingStopsBeforeTheNextPage() {
        Pages pages = new PageFetcher(signedSend, instant -> false, clock).fetchAll(followers(5), "pagination_token", 50,
                PageFetcher.AtRateLimit.STOP, page -> { }, () -> sentUrls.size() >= 2);

        assertEquals(Pages.Stop.CANCELLED, pages.stop());
        assertEquals(2, pages.exchanges().size());
    }

    @Test
    void anInvalidTokenIsXsErrorAndStops() {
        SentRequest bad = PageFetcher.withToken(followers(5), "pagination_token", "not-a-token");
        Pages pages = new PageFetcher(signedSend, instant -> false, clock).fetchAll(bad, "pagination_token", 5,
                PageFetcher.AtRateLimit.STOP, page -> { }, () -> false);

        assertEquals(Pages.Stop.ERROR_RESPONSE, pages.stop());
        assertTrue(pages.exchanges().get(0).receivedResponse().orElseThrow().body().text()
                .contains("The `pagination_token` query parameter value [not-a-token] is not valid"));
    }

    @Test
    void ndjsonHasOneJsonLinePerPage() throws Exception {
        Pages pages = fetch(10, 50, PageFetcher.AtRateLimit.STOP, instant -> false);

        List<String> lines = new NdjsonPages(Redactor.withoutKnownSecrets()).export(pages.exchanges()).lines().toList();

        assertEquals(3, lines.size());
        JsonNode last = new ObjectMapper().readTree(lines.get(2));
        assertEquals(5, last.path("meta").path("result_count").asInt());
    }

    /** X's spec names the token parameter per endpoint: users and timelines page with pagination_token, search with next_token. */
    @Test
    void tokenParameterComesFromXsSpec() {
        Catalog x = BuiltInSpec.shipped().catalog().orElseThrow();

        assertEquals(Optional.of("pagination_token"), x.find("GET", "https://api.x.com/2/users/2244994945/followers").flatMap(PageTokens::parameterOf));
        assertEquals(Optional.of("next_token"), x.find("GET", "https://api.x.com/2/tweets/search/recent?query=x").flatMap(PageTokens::parameterOf));
        assertEquals(Optional.empty(), x.find("GET", "https://api.x.com/2/users/me").flatMap(PageTokens::parameterOf));
    }
}

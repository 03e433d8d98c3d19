package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.paging.Pages;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetch all pages from the editor's request against the sandbox, then export them as NDJSON and HAR. */
class PaginationViewModelTest {
    private static final String BEARER = SandboxCredentials.DEMO.bearerToken();
    private Sandbox sandbox;
    private RequestViewModel request;
    private PaginationViewModel vm;
    private final dev.xinspect.core.sandbox.MutableClock clock = new dev.xinspect.core.sandbox.MutableClock(java.time.Instant.parse("2026-11-24T10:00:00Z"));
    private dev.xinspect.core.paging.PageFetcher.Waiter waiter = instant -> false;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withClock(clock));
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(10), clock, "test");
        request = new RequestViewModel((sent, auth) -> {
            throw new AssertionError("pages are sent by the pagination view model");
        }, () -> Map.of("baseUrl", sandbox.baseUri().toString()),
                List.of(new AuthOption("App", AuthMode.OAUTH2_APP_ONLY, null, "App")), exchange -> { }, Runnable::run, Runnable::run);
        vm = new PaginationViewModel(request, (sent, auth) -> sender.send(new dev.xinspect.core.http.SentRequest(sent.method(),
                sent.url(), sent.headers().with("Authorization", "Bearer " + BEARER), sent.body())),
                sent -> sent.url().contains("/followers") ? Optional.of("pagination_token") : Optional.empty(),
                () -> new Redactor(List.of(BEARER)), instant -> waiter.waitUntil(instant), clock, Runnable::run, Runnable::run);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void fetchesEveryPageAndExportsThemWithoutTheToken(@TempDir Path dir) throws Exception {
        request.load("GET", "{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=10", List.of(), "");

        assertEquals(Optional.of(Pages.Stop.END), vm.fetchAll().join());
        assertEquals(3, vm.pagesProperty().size());
        assertEquals("All 3 pages fetched: the last had no next_token.", vm.statusProperty().get());
        assertFalse(vm.fetchingProperty().get());

        assertTrue(vm.exportNdjson(dir.resolve("pages.ndjson")).join());
        assertEquals(3, Files.readAllLines(dir.resolve("pages.ndjson")).size());
        assertTrue(vm.exportHar(dir.resolve("pages.har")).join());
        String har = Files.readString(dir.resolve("pages.har"));
        assertEquals(3, new ObjectMapper().readTree(har).path("log").path("entries").size());
        assertFalse(har.contains(BEARER));
    }

    @Test
    void pageCountIsTheUsersChoice() {
        request.load("GET", "{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=5", List.of(), "");
        vm.maxPagesProperty().set(2);

        assertEquals(Optional.of(Pages.Stop.PAGE_LIMIT), vm.fetchAll().join());
        assertEquals(2, vm.pagesProperty().size());
    }

    @Test
    void anEndpointThatDoesNotPaginateIsSaidSo() {
        request.load("GET", "{{baseUrl}}/2/users/me", List.of(), "");

        assertEquals(Optional.empty(), vm.fetchAll().join());
        assertTrue(vm.statusProperty().get().startsWith("This endpoint does not paginate"));
        assertFalse(vm.exportNdjson(Path.of("unused.ndjson")).join());
    }

    @Test
    void atTheRateLimitTheUserWaitsForTheResetWithACountdownAndGoesOn() {
        request.load("GET", "{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=1", List.of(), "");
        vm.maxPagesProperty().set(100);
        assertTrue(vm.paginatesProperty().get());

        assertEquals(Optional.of(Pages.Stop.RATE_LIMIT), vm.fetchAll().join());
        assertEquals(15, vm.pagesProperty().size(), "X allows 15 follower lookups per 15 minutes");
        assertTrue(vm.atRateLimitProperty().get());
        assertEquals("The window resets in 15:00 (at 2026-11-24T10:15:00Z).", vm.countdownProperty().get());
        clock.advance(Duration.ofSeconds(61));
        vm.tick();
        assertEquals("The window resets in 13:59 (at 2026-11-24T10:15:00Z).", vm.countdownProperty().get());

        List<String> countdowns = new java.util.ArrayList<>();
        vm.countdownProperty().addListener((obs, old, now) -> countdowns.add(now));
        waiter = instant -> {
            clock.advance(Duration.between(clock.instant(), instant));
            return true;
        };
        assertEquals(Optional.of(Pages.Stop.END), vm.waitForResetAndGoOn().join());
        assertEquals(25, vm.pagesProperty().size(), "the pages after the reset are added to the same list");
        assertFalse(vm.atRateLimitProperty().get());
        assertTrue(countdowns.contains("The window resets in 0:01 (at 2026-11-24T10:15:00Z)."), countdowns.toString());
    }

    @Test
    void atTheRateLimitTheUserMayStopThere() {
        request.load("GET", "{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=1", List.of(), "");
        vm.maxPagesProperty().set(100);
        vm.fetchAll().join();

        vm.stopAtLimit();

        assertFalse(vm.atRateLimitProperty().get());
        assertEquals("Stopped at the rate limit with 15 pages.", vm.statusProperty().get());
        assertEquals(15, vm.pagesProperty().size());
        assertEquals(Optional.empty(), vm.waitForResetAndGoOn().join());
    }

    @Test
    void theLineAboutAFetchGoesWhenTheRequestIsEditedButTheRateLimitQuestionStays() {
        request.load("GET", "{{baseUrl}}/2/users/me", List.of(), "");
        vm.fetchAll().join();
        assertTrue(vm.statusProperty().get().startsWith("This endpoint does not paginate"));

        request.urlProperty().set("{{baseUrl}}/2/users/" + SandboxCredentials.DEMO.userId() + "/followers?max_results=1");
        assertEquals("", vm.statusProperty().get(), "the line spoke about /2/users/me");

        vm.maxPagesProperty().set(100);
        vm.fetchAll().join();
        String atLimit = vm.statusProperty().get();
        request.urlProperty().set(request.urlProperty().get() + "&user.fields=id");
        assertEquals(atLimit, vm.statusProperty().get(), "the question at the rate limit waits for an answer");
    }
}

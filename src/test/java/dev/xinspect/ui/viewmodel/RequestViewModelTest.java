package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestViewModelTest {
    private final List<SentRequest> sent = new ArrayList<>();
    private final List<Exchange> shown = new ArrayList<>();
    private final RequestViewModel vm = new RequestViewModel((request, auth) -> {
        sent.add(request);
        return Exchange.of(request, ReceivedResponse.of(200, Headers.EMPTY, "{}"));
    }, () -> Map.of("baseUrl", "http://127.0.0.1:9"), List.of(AuthOption.none()), shown::add,
            Runnable::run, Runnable::run);

    @Test
    void variablesAreResolvedAndTheExchangePublished() {
        vm.urlProperty().set("{{baseUrl}}/2/users/me");

        vm.send().join();

        assertEquals("http://127.0.0.1:9/2/users/me", sent.get(0).url());
        assertEquals(1, shown.size());
    }

    @Test
    void aSwitchedOffQueryRowIsSavedAndComesBackOnlyWithItsRequest() {
        vm.urlProperty().set("{{baseUrl}}/2/tweets/20?tweet.fields=lang&expansions=author_id");
        vm.params().get(1).enabledProperty().set(false);
        assertEquals("{{baseUrl}}/2/tweets/20?tweet.fields=lang", vm.urlProperty().get());

        dev.xinspect.core.workspace.SavedRequest saved = vm.snapshot();
        assertEquals(List.of(new dev.xinspect.core.http.QueryParam("expansions", "author_id")), saved.disabledQuery());

        vm.load("GET", "{{baseUrl}}/2/users/me", List.of(), "");
        assertEquals(List.of(), vm.params(), "another request does not inherit the switched-off row");

        vm.open(saved);
        assertEquals("{{baseUrl}}/2/tweets/20?tweet.fields=lang", vm.urlProperty().get());
        assertEquals(2, vm.params().size());
        assertFalse(vm.params().get(1).isEnabled());
        assertEquals("expansions", vm.params().get(1).getName());
    }

    @Test
    void anUnknownVariableStopsTheSendAndKeepsTheUrl() {
        vm.urlProperty().set("{{host}}/2/users/me");

        vm.send().join();

        assertEquals(List.of(), sent);
        assertEquals("Unknown variable {{host}} in the current environment.", vm.errorProperty().get());
        assertEquals("{{host}}/2/users/me", vm.urlProperty().get());
    }

    @Test
    void invalidJsonIsFlaggedBeforeSending() {
        vm.urlProperty().set("{{baseUrl}}/2/tweets");
        vm.bodyProperty().set("{\"text\": \"hi\",}");

        vm.send().join();

        assertEquals(List.of(), sent);
        assertTrue(vm.errorProperty().get().startsWith("The body is not valid JSON"));
    }

    @Test
    void aPastedCurlCommandFillsTheEditor() {
        List<String> notes = vm.importCurl("curl -X POST 'https://api.x.com/2/tweets?x=1' -H 'Content-Type: application/json' "
                + "-d '{\"text\":\"hi\"}' --compressed");

        assertEquals("POST", vm.methodProperty().get());
        assertEquals("https://api.x.com/2/tweets?x=1", vm.urlProperty().get());
        assertEquals("x", vm.params().get(0).getName());
        assertEquals("Content-Type", vm.headers().get(0).getName());
        assertEquals("{\"text\":\"hi\"}", vm.bodyProperty().get());
        assertEquals(List.of("Ignored, as they do not change the request: --compressed."), notes);
    }

    @Test
    void aPreSendWarningHoldsTheRequestUntilTheUserSendsAnyway() {
        vm.urlProperty().set("{{baseUrl}}/2/users/me");
        vm.addPreSendCheck((request, auth) -> java.util.Optional.of("No requests are left."));

        vm.send().join();
        assertEquals(List.of(), sent);
        assertEquals("No requests are left.", vm.warningProperty().get());

        vm.sendAnyway().join();
        assertEquals(1, sent.size());
        assertEquals("", vm.warningProperty().get());
    }

    @Test
    void aSenderThatFailsLeavesOneSentenceAndTheRequestAsTyped() {
        RequestViewModel failing = new RequestViewModel((request, auth) -> {
            throw new dev.xinspect.core.auth.profile.CredentialsUnavailableException("The profile X is not signed in yet.");
        }, Map::of, List.of(AuthOption.none()), shown::add, Runnable::run, Runnable::run);
        failing.urlProperty().set("http://127.0.0.1:9/2/users/me");

        failing.send().join();

        assertEquals("The profile X is not signed in yet.", failing.errorProperty().get());
        assertEquals("http://127.0.0.1:9/2/users/me", failing.urlProperty().get());
        assertEquals(false, failing.sendingProperty().get());
    }
}

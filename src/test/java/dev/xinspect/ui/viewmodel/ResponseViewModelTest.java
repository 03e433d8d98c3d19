package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.format.JsonPrettyPrinter;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.TransportFailure;
import dev.xinspect.core.report.Redactor;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ResponseViewModelTest {
    private static final Executor DIRECT = Runnable::run;
    private final ResponseViewModel vm = new ResponseViewModel(KnowledgeBase.loadBundled(), new JsonPrettyPrinter(),
            Redactor.withoutKnownSecrets(), DIRECT, DIRECT);
    private final Exchange exchange = Exchange.of(SentRequest.of("GET", "https://api.x.com/2/users/me",
            Headers.of("Authorization", "Bearer s3cr3t-token-value-123")), ReceivedResponse.of(200, Headers.EMPTY, "{}"));

    @Test
    void theRequestAsSentIsMaskedUntilRevealed() {
        vm.show(exchange);
        assertTrue(vm.requestTextProperty().get().contains("Authorization: Bearer [redacted: bearer token]"));

        vm.revealSecretsProperty().set(true);
        assertTrue(vm.requestTextProperty().get().contains("Authorization: Bearer s3cr3t-token-value-123"));
    }

    @Test
    void aFailureReadsAsASentenceAndRawLabelsJavasOwnWords() {
        vm.show(Exchange.failed(exchange.request(), new TransportFailure(TransportFailure.Kind.DNS,
                "The host name api.x.con could not be resolved (DNS).", "ConnectException; caused by UnresolvedAddressException")));

        assertEquals("The host name api.x.con could not be resolved (DNS).", vm.body().prettyProperty().get().text());
        assertEquals("The host name api.x.con could not be resolved (DNS).\n\nWhat Java reported (for a bug report): "
                + "ConnectException; caused by UnresolvedAddressException", vm.body().rawProperty().get().text());
    }

    /** A body saved to a file is every byte as it came, across the slices a large body is held in. */
    @Test
    void aSavedBodyIsEveryByteAsItCame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        byte[] bytes = new byte[Body.SLICE_BYTES + 1_234];
        new java.util.Random(7).nextBytes(bytes);
        vm.show(Exchange.ofResponse(new ReceivedResponse(200, "OK", "HTTP/1.1", Headers.EMPTY, Body.ofBytes(bytes))));

        vm.body().saveBody(folder.resolve("body.bin"));

        org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, java.nio.file.Files.readAllBytes(folder.resolve("body.bin")));
    }

    @Test
    void presenterModeMasksEvenWhatWasRevealed() {
        vm.show(exchange);
        vm.revealSecretsProperty().set(true);

        vm.presenterModeProperty().set(true);

        assertFalse(vm.revealSecretsProperty().get());
        assertFalse(vm.requestTextProperty().get().contains("s3cr3t"));
        assertEquals("200 OK", vm.statusTextProperty().get());
    }

    @Test
    void redirectsFollowedAreOneLineAndListedInTheRequestAsSent() {
        SentRequest last = SentRequest.of("GET", "https://api.x.com/2/users/me", Headers.of("Authorization", "Bearer s3cr3t-token-value-123"));
        List<Redirect> hops = List.of(
                new Redirect("GET", "http://api.x.com/2/users/me?access_token=canary-in-query", 301,
                        "https://api.x.com/2/users/me?access_token=canary-in-query", "GET",
                        "https://api.x.com/2/users/me?access_token=canary-in-query",
                        List.of("Authorization was not sent to api.x.com:443: the redirect leaves http://api.x.com:80, and "
                                + "credentials go only to the first host, port and scheme.")),
                new Redirect("GET", "https://api.x.com/2/users/me?access_token=canary-in-query", 302, "/2/users/me", "GET",
                        "https://api.x.com/2/users/me", List.of()));
        Exchange redirected = new Exchange(last, ReceivedResponse.of(401, Headers.EMPTY, "{}"), null, null, null, hops);

        vm.show(redirected);

        assertEquals("Redirected 2×: 301 → https://api.x.com/2/users/me?access_token=redacted:access-token, "
                + "302 → https://api.x.com/2/users/me (1 note in Request as sent)", vm.redirectLineProperty().get());
        String request = vm.requestTextProperty().get();
        assertTrue(request.startsWith("Redirects followed (2):\n1. GET http://api.x.com/2/users/me?access_token=redacted:"
                + "access-token → 301, Location: "), request);
        assertTrue(request.contains("\n   Authorization was not sent to api.x.com:443"), request);
        assertTrue(request.contains("\n2. GET https://api.x.com/2/users/me?access_token=redacted:access-token → 302, "
                + "Location: /2/users/me → GET https://api.x.com/2/users/me\n\nGET https://api.x.com/2/users/me\n"), request);
        assertFalse(request.contains("canary"), request);

        vm.revealSecretsProperty().set(true);
        assertTrue(vm.requestTextProperty().get().contains("access_token=canary-in-query"));

        vm.show(exchange);
        assertEquals("", vm.redirectLineProperty().get());
    }

    @Test
    void aBinaryBodyIsDescribedAndALargeOneWaitsBehindTheGateUntilShown() {
        vm.show(Exchange.ofResponse(new ReceivedResponse(200, "", "HTTP/2", Headers.EMPTY,
                Body.ofBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0}))));
        assertTrue(vm.body().prettyProperty().get().text().startsWith("The body is binary or not valid UTF-8"));
        assertFalse(vm.gatedProperty().get());
        assertFalse(vm.body().formattingProperty().get(), "checked and found binary: nothing is being formatted");

        byte[] largeBinary = new byte[ResponseBodyViewModel.GATE_BYTES + 1];
        largeBinary[0] = (byte) 0xff;
        vm.show(Exchange.ofResponse(new ReceivedResponse(200, "", "HTTP/2", Headers.EMPTY, Body.ofBytes(largeBinary))));
        assertTrue(vm.body().prettyProperty().get().text().startsWith("The body is binary or not valid UTF-8"));
        assertFalse(vm.gatedProperty().get(), "a binary body is described, never gated");

        String large = "{\"data\":\"" + "x".repeat(ResponseBodyViewModel.GATE_BYTES) + "\"}";
        vm.show(Exchange.ofResponse(ReceivedResponse.of(200, Headers.EMPTY, large)));
        assertTrue(vm.gatedProperty().get());
        assertEquals("", vm.body().rawProperty().get().text());

        vm.showAnyway();
        assertFalse(vm.gatedProperty().get());
        assertEquals("", vm.body().rawProperty().get().text(), "the raw text waits for the Raw tab");
        assertTrue(vm.body().prettyProperty().get().text().startsWith("{\n  \"data\": \"xxx"));
        vm.body().rawShownProperty().set(true);
        assertEquals(large, vm.body().rawProperty().get().text());
    }

    @Test
    void theRawTextIsHeldOnlyWhileTheRawTabShows() {
        vm.body().rawShownProperty().set(true);
        vm.show(Exchange.ofResponse(ReceivedResponse.of(200, Headers.EMPTY, "{\"a\":1}")));
        assertEquals("{\"a\":1}", vm.body().rawProperty().get().text());

        vm.body().rawShownProperty().set(false);
        assertEquals("", vm.body().rawProperty().get().text());
        assertTrue(vm.body().prettyProperty().get().text().contains("\"a\""), "Pretty keeps its text");
        vm.body().rawShownProperty().set(true);
        assertEquals("{\"a\":1}", vm.body().rawProperty().get().text());
    }

    @Test
    void aResponseOpenedAfterNoneChangesPrettyOnlyWithItsBody() {
        vm.clear();
        List<String> shown = new java.util.ArrayList<>();
        vm.body().prettyProperty().addListener((obs, old, lines) -> shown.add(lines.text()));
        vm.show(exchange);
        assertEquals(List.of("{ }"), shown, "an empty body on screen is not emptied again first");
    }
}

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
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.report.Redactor;
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
    void presenterModeMasksEvenWhatWasRevealed() {
        vm.show(exchange);
        vm.revealSecretsProperty().set(true);

        vm.presenterModeProperty().set(true);

        assertFalse(vm.revealSecretsProperty().get());
        assertFalse(vm.requestTextProperty().get().contains("s3cr3t"));
        assertEquals("200 OK", vm.statusTextProperty().get());
    }

    @Test
    void aBinaryBodyIsDescribedAndALargeOneWaitsBehindTheGateUntilShown() {
        vm.show(Exchange.ofResponse(new ReceivedResponse(200, "", "HTTP/2", Headers.EMPTY,
                Body.ofBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0}))));
        assertTrue(vm.prettyTextProperty().get().startsWith("The body is binary or not valid UTF-8"));
        assertFalse(vm.gatedProperty().get());

        String large = "{\"data\":\"" + "x".repeat(ResponseViewModel.GATE_BYTES) + "\"}";
        vm.show(Exchange.ofResponse(ReceivedResponse.of(200, Headers.EMPTY, large)));
        assertTrue(vm.gatedProperty().get());
        assertEquals("", vm.rawTextProperty().get());

        vm.showAnyway();
        assertFalse(vm.gatedProperty().get());
        assertEquals(large, vm.rawTextProperty().get());
        assertTrue(vm.prettyTextProperty().get().startsWith("{\n  \"data\": \"xxx"));
    }
}

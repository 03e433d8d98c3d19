package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.webhook.CrcResponder;
import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.core.webhook.ReceivedEvents;
import dev.xinspect.core.webhook.SignatureChecker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhooksViewModelTest {
    private final ReceivedEvents received = new ReceivedEvents(10);
    private final List<SentRequest> sent = new ArrayList<>();
    private final WebhooksViewModel vm = new WebhooksViewModel(new CrcResponder(), new SignatureChecker(), received,
            "http://127.0.0.1:1/webhooks/receiver", "secret", request -> {
                sent.add(request);
                return Exchange.of(request, new ReceivedResponse(200, "OK", "HTTP/1.1", Headers.EMPTY, dev.xinspect.core.http.Body.EMPTY));
            }, Runnable::run, Runnable::run);

    @Test
    void crcResponseFollowsTheToken() {
        vm.crcTokenProperty().set("Message");

        assertEquals("{\"response_token\":\"sha256=qnR8UCqJggD55PohusaBNviGoOJ67HC6Btry4qXLVZc=\"}", vm.crcResponseProperty().get());
    }

    @Test
    void signedBodyVerifiesAndAnEditedOneDoesNot() {
        vm.eventBodyProperty().set("{\"a\":1}");
        vm.signBody();
        assertTrue(vm.signatureValidProperty().get(), vm.verdictProperty().get());

        vm.eventBodyProperty().set("{\"a\": 1}");
        assertFalse(vm.signatureValidProperty().get());
        assertTrue(vm.verdictProperty().get().startsWith("✘ The signature does not match"), vm.verdictProperty().get());
    }

    @Test
    void deliverPostsTheBodyWithTheSignatureHeader() {
        vm.eventBodyProperty().set("{\"a\":1}");
        vm.signBody();

        vm.deliver().join();

        assertEquals("http://127.0.0.1:1/webhooks/receiver", sent.get(0).url());
        assertEquals(vm.signatureHeaderProperty().get(), sent.get(0).headers().first("x-twitter-webhooks-signature").orElseThrow());
        assertEquals("The receiver answered 200.", vm.deliveryStatusProperty().get());
    }

    @Test
    void eventsTheReceiverGetsAppearUntilClosed() {
        ReceivedEvent crc = new ReceivedEvent(Instant.EPOCH, ReceivedEvent.Kind.CRC, "crc_token=x", "", null);
        received.add(crc);
        assertEquals(List.of(crc), vm.eventsProperty());

        vm.close();
        received.add(crc);
        assertEquals(1, vm.eventsProperty().size());
    }

    @Test
    void theDeliveryLineGoesWhenTheBodyOrSignatureIsEdited() {
        vm.eventBodyProperty().set("{\"a\":1}");
        vm.signBody();
        vm.deliver().join();
        assertEquals("The receiver answered 200.", vm.deliveryStatusProperty().get());

        vm.eventBodyProperty().set("{\"a\":2}");
        assertEquals("", vm.deliveryStatusProperty().get(), "the answer was to the body delivered, not this one");

        vm.deliver().join();
        vm.signatureHeaderProperty().set("sha256=AAAA");
        assertEquals("", vm.deliveryStatusProperty().get());
    }
}

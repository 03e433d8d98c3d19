package dev.xinspect.core.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.webhook.CrcResponder;
import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.core.webhook.WebhookHmac;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxWebhookTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.withDefaults();

    @Test
    void answersTheCrcWithTheSandboxAppsConsumerSecret() throws Exception {
        HttpResponse<String> response = running.client().send(HttpRequest.newBuilder(
                java.net.URI.create(running.sandbox().webhookUri() + "?crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553")).GET());

        assertEquals(200, response.statusCode());
        assertEquals(new CrcResponder().responseBody("9b4507b3-9040-4669-9ca3-6b94edb50553", running.sandbox().credentials().consumerSecret()),
                response.body());
        assertEquals(ReceivedEvent.Kind.CRC, running.sandbox().webhookEvents().all().get(0).kind());
    }

    @Test
    void crcWithoutATokenIs400() throws Exception {
        assertEquals(400, running.client().send(HttpRequest.newBuilder(running.sandbox().webhookUri()).GET()).statusCode());
    }

    @Test
    void recordsPostedEventsWithTheirSignatureVerdict() throws Exception {
        String body = "{\"for_user_id\":\"1569110312108396544\",\"tweet_create_events\":[]}";
        String good = WebhookHmac.sign(running.sandbox().credentials().consumerSecret(), body.getBytes(StandardCharsets.UTF_8));
        post(body, good);
        post(body, WebhookHmac.sign("another App's secret", body.getBytes(StandardCharsets.UTF_8)));

        List<ReceivedEvent> events = running.sandbox().webhookEvents().all();
        assertEquals(2, events.size());
        assertEquals(body, events.get(0).detail());
        assertEquals(good, events.get(0).signature());
        assertTrue(events.get(0).verdict().valid());
        assertFalse(events.get(1).verdict().valid());
        assertTrue(events.get(1).summary().startsWith("10:00:00 UTC  event, signature INVALID"), events.get(1).summary());
    }

    private void post(String body, String signature) throws Exception {
        HttpResponse<String> response = running.client().send(HttpRequest.newBuilder(running.sandbox().webhookUri())
                .header("content-type", "application/json").header("x-twitter-webhooks-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, response.statusCode());
    }
}

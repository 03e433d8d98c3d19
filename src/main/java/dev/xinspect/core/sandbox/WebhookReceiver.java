package dev.xinspect.core.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.webhook.CrcResponder;
import dev.xinspect.core.webhook.ReceivedEvent;
import dev.xinspect.core.webhook.ReceivedEvents;
import dev.xinspect.core.webhook.SignatureChecker;
import dev.xinspect.core.webhook.SignatureVerdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * A webhook consumer app as X expects one, keyed with the sandbox App's consumer secret: it answers the CRC
 * ({@code GET ?crc_token=T} → 200 {@code {"response_token":"sha256=…"}}) and records each POSTed event with the
 * verdict on its {@code x-twitter-webhooks-signature}, so users can practise both halves on loopback.
 */
final class WebhookReceiver implements HttpHandler {
    static final String PATH = "/webhooks/receiver";

    private final String consumerSecret;
    private final ReceivedEvents events;
    private final Clock clock;
    private final CrcResponder crc = new CrcResponder();
    private final SignatureChecker signatures = new SignatureChecker();

    WebhookReceiver(String consumerSecret, ReceivedEvents events, Clock clock) {
        this.consumerSecret = consumerSecret;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
                reply(exchange, 404, "{\"error\":\"The webhook receiver listens on " + PATH + " only\"}");
            } else if (exchange.getRequestMethod().equals("GET")) {
                answerCrc(exchange);
            } else if (exchange.getRequestMethod().equals("POST")) {
                record(exchange);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                reply(exchange, 405, "{\"error\":\"A webhook receives GET (the CRC) and POST (events) only\"}");
            }
        }
    }

    private void answerCrc(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String token = (rawQuery == null ? java.util.List.<QueryParam>of() : QueryString.parse("?" + rawQuery)).stream()
                .filter(p -> p.name().equals("crc_token")).map(QueryParam::value).findFirst().orElse("");
        if (token.isEmpty()) {
            reply(exchange, 400, "{\"error\":\"A CRC request carries a crc_token query parameter\"}");
            return;
        }
        String body = crc.responseBody(token, consumerSecret);
        events.add(new ReceivedEvent(clock.instant(), ReceivedEvent.Kind.CRC, "crc_token=" + token + " → " + body, "", null));
        reply(exchange, 200, body);
    }

    private void record(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst(SignatureChecker.HEADER);
        SignatureVerdict verdict = signatures.check(body, signature, consumerSecret);
        events.add(new ReceivedEvent(clock.instant(), ReceivedEvent.Kind.EVENT, new String(body, StandardCharsets.UTF_8),
                signature == null ? "" : signature, verdict));
        // X retries deliveries that are not answered 2xx; a consumer still answers 200 and drops what does not verify.
        reply(exchange, 200, "{\"received\":true,\"signature_valid\":" + verdict.valid() + "}");
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

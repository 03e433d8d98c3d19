package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated corpus of exchanges with canary secrets in every place and encoding: none may survive into a forum
 * post, a HAR export, a curl, HTTPie or xurl export, or a redacted exchange.
 */
class SecretCorpusTest {
    static final String CONSUMER_KEY = "CANARYconsumerKEY0001";
    static final String CONSUMER_SECRET = "CANARYconsumerSECRET0002xyz";
    static final String ACCESS_TOKEN = "1234567890-CANARYaccessTOKEN0003";
    static final String TOKEN_SECRET = "CANARYtokenSECRET0004abc";
    static final String SIGNATURE = "CANARYsig0005/+=";
    static final String BEARER = "AAAAAAAAAAAAAAAAAAAAACANARY0006%2Fbearer%3Dtoken";
    static final String VERIFIER = "CANARYpkceVERIFIER0007-._~abcdefghijklmnopqrstuvwxyz0123456";
    static final String CLIENT_SECRET = "CANARYclientSECRET0008";
    static final String REFRESH = "CANARYrefresh0009";
    static final String AUTH_CODE = "CANARYauthCODE0010";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJDQU5BUlkwMDExIn0.CANARYjwtSIG0011";
    static final List<String> STORED = List.of(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, TOKEN_SECRET, CLIENT_SECRET, REFRESH);
    static final List<String> CANARIES = List.of(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, TOKEN_SECRET, SIGNATURE,
            BEARER, VERIFIER, CLIENT_SECRET, REFRESH, AUTH_CODE, JWT);

    private static final Redactor REDACTOR = new Redactor(STORED);

    static Stream<Exchange> corpus() {
        List<Exchange> exchanges = new ArrayList<>();
        String oauth1 = "OAuth oauth_consumer_key=\"" + CONSUMER_KEY + "\", oauth_nonce=\"n0nce\", oauth_signature=\""
                + URLEncoder.encode(SIGNATURE, StandardCharsets.UTF_8) + "\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1795514400\", oauth_token=\"" + ACCESS_TOKEN + "\", oauth_version=\"1.0\"";
        exchanges.add(exchange("GET", "https://api.x.com/2/users/me", Headers.of("Authorization", oauth1), "",
                "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"));
        exchanges.add(exchange("GET", "https://api.x.com/2/tweets/20?access_token=" + ACCESS_TOKEN,
                Headers.of("authorization", "Bearer " + BEARER, "Cookie", "auth_token=" + REFRESH), "", "{}"));
        exchanges.add(exchange("POST", "https://api.x.com/2/oauth2/token",
                Headers.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((CONSUMER_KEY + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)),
                        "Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=authorization_code&code=" + AUTH_CODE + "&code_verifier=" + VERIFIER + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback",
                "{\"token_type\":\"bearer\",\"access_token\":\"" + JWT + "\",\"refresh_token\":\"" + REFRESH + "\",\"expires_in\":7200}"));
        exchanges.add(exchange("POST", "https://api.x.com/oauth2/token?client_secret=" + URLEncoder.encode(CLIENT_SECRET + "/x", StandardCharsets.UTF_8),
                Headers.of("PROXY-AUTHORIZATION", "Basic " + Base64.getEncoder().encodeToString(("u:" + CONSUMER_SECRET).getBytes(StandardCharsets.UTF_8))),
                "{\"client_secret\":\"" + CLIENT_SECRET + "\",\"note\":\"my secret is " + TOKEN_SECRET + "\"}",
                "{\"errors\":[{\"message\":\"bad token " + BEARER + "\"}],\"echo\":\"" + CONSUMER_SECRET.replace("/", "\\/") + "\"}"));
        exchanges.add(exchange("GET", "https://api.x.com/2/users/me?oauth_signature=" + URLEncoder.encode(SIGNATURE, StandardCharsets.UTF_8)
                        + "&oauth_token=" + ACCESS_TOKEN + "&oauth_consumer_key=" + CONSUMER_KEY,
                Headers.of("X-Debug", "token " + URLEncoder.encode(CONSUMER_SECRET, StandardCharsets.UTF_8).toLowerCase(),
                        "Set-Cookie", "sess=" + TOKEN_SECRET),
                "", "<html><body>Error for token " + JWT + " and " + ACCESS_TOKEN + "</body></html>"));
        exchanges.add(exchange("POST", "https://api.x.com/oauth/access_token",
                Headers.of("Authorization", oauth1.replace("oauth_token", "oauth_verifier")), "oauth_verifier=" + VERIFIER,
                "oauth_token=" + ACCESS_TOKEN + "&oauth_token_secret=" + TOKEN_SECRET + "&user_id=1&screen_name=me"));
        return exchanges.stream();
    }

    private static Exchange exchange(String method, String url, Headers headers, String requestBody, String responseBody) {
        return Exchange.of(new SentRequest(method, url, headers, Body.ofText(requestBody)),
                new ReceivedResponse(401, "", "HTTP/2", Headers.of("content-type", "application/json",
                        "date", "Tue, 24 Nov 2026 10:00:00 GMT", "x-transaction-id", "t1"), Body.ofText(responseBody)));
    }

    private static void assertNoCanary(String artefact, String text) {
        for (String canary : CANARIES) {
            for (String form : List.of(canary, URLEncoder.encode(canary, StandardCharsets.UTF_8))) {
                assertTrue(!text.contains(form), artefact + " leaks " + form + ":\n" + text);
            }
        }
        assertTrue(!text.contains("CANARY"), artefact + " leaks a canary:\n" + text);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void forumPostLeaksNothing(Exchange exchange) {
        Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, StandardHints.all());
        ForumPost post = new ForumPostDrafter(REDACTOR).draft(new ForumPostRequest(exchange, diagnoser.diagnose(exchange),
                "", "", List.of(), "", "client.get(\"" + ACCESS_TOKEN + "\")"));

        assertNoCanary("forum post", post.markdown());
        assertTrue(post.markdown().contains("[redacted: "));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void harAndCurlExportsLeakNothing(Exchange exchange) {
        assertNoCanary("HAR", new HarExporter(REDACTOR).export(List.of(exchange)));
        assertNoCanary("curl", new CurlExporter(REDACTOR).export(exchange.request()));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void httpieAndXurlExportsLeakNothing(Exchange exchange) {
        assertNoCanary("HTTPie", new HttpieExporter(REDACTOR).export(exchange.request()));
        assertNoCanary("xurl", new XurlExporter(REDACTOR).export(exchange.request(), null));
        for (dev.xinspect.core.http.AuthMode mode : dev.xinspect.core.http.AuthMode.values()) {
            SentRequest unsigned = new SentRequest(exchange.request().method(), exchange.request().url(),
                    exchange.request().headers().without("authorization"), exchange.request().body());
            assertNoCanary("curl with " + mode, new CurlExporter(REDACTOR).export(AuthPlaceholder.add(unsigned, mode)));
            assertNoCanary("HTTPie with " + mode, new HttpieExporter(REDACTOR).export(AuthPlaceholder.add(unsigned, mode)));
            assertNoCanary("xurl with " + mode, new XurlExporter(REDACTOR).export(unsigned, mode));
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aRequestWithACanaryCannotPassAsSavable(Exchange exchange) {
        SentRequest request = exchange.request();
        assertTrue(!new LiteralSecrets(REDACTOR).inRequest(request.url(), request.headers().list(), request.body().text()).isEmpty(),
                "the workspace would refuse " + request.url());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void redactedExchangeLeaksNothingInAnyPart(Exchange exchange) {
        Exchange redacted = REDACTOR.redact(exchange);

        assertNoCanary("url", redacted.request().url());
        assertNoCanary("request headers", redacted.request().headers().toString());
        assertNoCanary("request body", redacted.request().body().text());
        assertNoCanary("response headers", redacted.response().headers().toString());
        assertNoCanary("response body", redacted.response().body().text());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void theScanFindsWhatRedactionRemoves(Exchange exchange) {
        String raw = exchange.request().headers().toString() + exchange.request().url() + exchange.response().body().text();

        List<SecretSpan> before = REDACTOR.scan(raw);
        assertTrue(before.stream().anyMatch(span -> raw.substring(span.start(), span.end()).contains("CANARY")));
        assertEquals(List.of(), REDACTOR.scan(REDACTOR.redactText(raw)));
    }
}

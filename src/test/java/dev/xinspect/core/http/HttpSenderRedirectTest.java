package dev.xinspect.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects: followed by the sender, each hop recorded, methods and credentials handled as curl and browsers do. */
class HttpSenderRedirectTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final String BEARER = "Bearer AAAAAAAAAAAAAAAAAAAAAcanaryBearerToken0001";
    private static final String OAUTH1 = "OAuth oauth_consumer_key=\"canary-key\", oauth_nonce=\"n\", "
            + "oauth_signature=\"canary-signature%3D\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1795514400\", "
            + "oauth_token=\"canary-token\", oauth_version=\"1.0\"";

    private final List<HttpClient> clients = new ArrayList<>();
    private final List<ScriptedServer> servers = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (ScriptedServer server : servers) {
            server.close();
        }
        clients.forEach(HttpClient::shutdownNow);
    }

    @Test
    void aChainOfRedirectsIsFollowedAndEveryHopRecorded() throws Exception {
        ScriptedServer server = serve(c -> {
            switch (c.request.target()) {
                case "/start" -> redirect(c, 301, "/middle");
                case "/middle" -> redirect(c, 302, "http://127.0.0.1:" + c.socket.getLocalPort() + "/end?page=2#top");
                default -> c.respond(200, "application/json", "{\"data\":[]}");
            }
        });
        String base = "http://127.0.0.1:" + server.port();

        Exchange exchange = sender(true).send(SentRequest.of("GET", base + "/start", Headers.of("Authorization", BEARER)));

        assertEquals(200, exchange.response().status());
        assertEquals(List.of(
                new Redirect("GET", base + "/start", 301, "/middle", "GET", base + "/middle", List.of()),
                new Redirect("GET", base + "/middle", 302, base + "/end?page=2#top", "GET", base + "/end?page=2", List.of())),
                exchange.redirects());
        assertEquals(base + "/end?page=2", exchange.request().url());
        assertEquals(List.of("/start", "/middle", "/end?page=2"), server.requests().stream().map(ScriptedServer.Received::target).toList());
        server.requests().forEach(r -> assertEquals(List.of(BEARER), r.headers().all("authorization"), r.target()));
        assertTrue(exchange.timings().toHeaders().compareTo(exchange.timings().total()) <= 0);
    }

    @Test
    void after301302And303ANonGetBecomesAGetWithoutItsBody() throws Exception {
        ScriptedServer server = serve(c -> {
            if (c.request.target().startsWith("/form/")) {
                redirect(c, Integer.parseInt(c.request.target().substring(6)), "/done");
            } else {
                c.respond(200, "application/json", "{}");
            }
        });
        for (String[] sent : List.of(new String[] {"POST", "301"}, new String[] {"POST", "302"}, new String[] {"POST", "303"},
                new String[] {"PUT", "301"}, new String[] {"DELETE", "303"})) {
            SentRequest request = new SentRequest(sent[0], server.uri("/form/" + sent[1]).toString(),
                    Headers.of("Content-Type", "application/json", "Authorization", BEARER), Body.ofText("{\"text\":\"hello\"}"));

            Exchange exchange = sender(true).send(request);

            ScriptedServer.Received followed = server.requests().get(server.requests().size() - 1);
            assertEquals("GET", followed.method(), sent[0] + " " + sent[1]);
            assertEquals(0, followed.body().length);
            assertFalse(followed.headers().contains("content-type"));
            assertEquals(List.of(BEARER), followed.headers().all("authorization"));
            Redirect hop = exchange.redirects().get(0);
            assertEquals(sent[0], hop.method());
            assertEquals("GET", hop.nextMethod());
            assertEquals(List.of(sent[1] + " turns " + sent[0] + " into GET, so the body was not sent again."), hop.notes());
            assertEquals("GET", exchange.request().method());
            assertTrue(exchange.request().body().isEmpty());
        }
    }

    @Test
    void after307And308TheMethodAndBodyAreKept() throws Exception {
        ScriptedServer server = serve(c -> {
            if (c.request.target().startsWith("/tweets/")) {
                redirect(c, Integer.parseInt(c.request.target().substring(8)), "/2/tweets");
            } else {
                c.respond(201, "application/json", "{\"data\":{\"id\":\"1\"}}");
            }
        });
        for (int status : List.of(307, 308)) {
            SentRequest request = new SentRequest("POST", server.uri("/tweets/" + status).toString(),
                    Headers.of("Content-Type", "application/json"), Body.ofText("{\"text\":\"hello\"}"));

            Exchange exchange = sender(true).send(request);

            ScriptedServer.Received followed = server.requests().get(server.requests().size() - 1);
            assertEquals("POST", followed.method());
            assertEquals("{\"text\":\"hello\"}", followed.bodyText());
            assertEquals(List.of("application/json"), followed.headers().all("content-type"));
            assertEquals(new Redirect("POST", request.url(), status, "/2/tweets", "POST", server.uri("/2/tweets").toString(),
                    List.of()), exchange.redirects().get(0));
            assertEquals(201, exchange.response().status());
        }
    }

    @Test
    void credentialsAreNotSentToAnotherPortAndComeBackOnTheFirstOrigin() throws Exception {
        ScriptedServer first = serve(c -> {
            if (c.request.target().equals("/start")) {
                c.respond(302, Headers.of("Location", "http://127.0.0.1:" + servers.get(1).port() + "/elsewhere"), new byte[0]);
            } else {
                c.respond(200, "application/json", "{}");
            }
        });
        ScriptedServer other = serve(c -> redirect(c, 302, "http://127.0.0.1:" + first.port() + "/back"));
        SentRequest request = SentRequest.of("GET", first.uri("/start").toString(),
                Headers.of("Authorization", BEARER, "Cookie", "auth_token=canary-cookie", "Accept", "application/json"));

        Exchange exchange = sender(true).send(request);

        ScriptedServer.Received atOther = other.requests().get(0);
        assertFalse(atOther.headers().contains("authorization"));
        assertFalse(atOther.headers().contains("cookie"));
        assertEquals(List.of("application/json"), atOther.headers().all("accept"));
        assertEquals(List.of("Authorization and Cookie were not sent to 127.0.0.1:" + other.port() + ": the redirect "
                + "leaves http://127.0.0.1:" + first.port() + ", and credentials go only to the first host, port and scheme."),
                exchange.redirects().get(0).notes());
        // Back on the first origin, as curl does: the credentials belong there.
        ScriptedServer.Received back = first.requests().get(1);
        assertEquals("/back", back.target());
        assertEquals(List.of(BEARER), back.headers().all("authorization"));
        assertEquals(List.of(), exchange.redirects().get(1).notes());
        exchange.redirects().forEach(hop -> hop.notes().forEach(note -> {
            HttpSenderTest.assertPlainSentence(note);
            assertFalse(note.contains("canary"), note);
        }));
    }

    @Test
    void aRedirectedOauth1RequestSaysTheSignatureCoveredTheFirstUrlOnly() throws Exception {
        ScriptedServer server = serve(c -> {
            if (c.request.target().startsWith("/2/users/me?")) {
                redirect(c, 301, "/2/users/me/profile");
            } else {
                c.respond(401, "application/json", "{\"title\":\"Unauthorized\"}");
            }
        });
        SentRequest request = SentRequest.of("GET", server.uri("/2/users/me?user.fields=created_at").toString(),
                Headers.of("Authorization", OAUTH1));

        Exchange exchange = sender(true).send(request);

        assertEquals(List.of("The OAuth 1.0a signature covered GET " + server.uri("/2/users/me") + " only, so it does not "
                + "match this request and the server will likely refuse it."), exchange.redirects().get(0).notes());
        assertEquals(401, exchange.response().status());
    }

    @Test
    void aRedirectLoopStopsWithAClearFailure() throws Exception {
        ScriptedServer server = serve(c -> redirect(c, 302, c.request.target().equals("/a") ? "/b" : "/a"));

        Exchange exchange = sender(true).send(SentRequest.of("GET", server.uri("/a").toString(), Headers.EMPTY));

        assertNull(exchange.response());
        assertEquals(TransportFailure.Kind.TOO_MANY_REDIRECTS, exchange.failure().kind());
        assertEquals("The redirects loop back to GET " + server.uri("/a") + ", which was already requested, so xinspect "
                + "stopped after 2 hops.", exchange.failure().message());
        HttpSenderTest.assertPlainSentence(exchange.failure().message());
        assertEquals(2, exchange.redirects().size());
        assertEquals(2, server.requests().size());
        assertEquals(server.uri("/b").toString(), exchange.request().url());
    }

    @Test
    void moreThanTenRedirectsStopWithAClearFailure() throws Exception {
        ScriptedServer server = serve(c -> redirect(c, 302, "/hop/" + (Integer.parseInt(c.request.target().substring(5)) + 1)));

        Exchange exchange = sender(true).send(SentRequest.of("GET", server.uri("/hop/0").toString(), Headers.EMPTY));

        assertEquals(TransportFailure.Kind.TOO_MANY_REDIRECTS, exchange.failure().kind());
        assertEquals("The server redirected more than 10 times (the last 302 pointed to " + server.uri("/hop/11")
                + "), so xinspect stopped.", exchange.failure().message());
        HttpSenderTest.assertPlainSentence(exchange.failure().message());
        assertEquals(HttpSender.MAX_REDIRECTS, exchange.redirects().size());
        assertEquals(11, server.requests().size());
    }

    @Test
    void withFollowingOffThe3xxIsTheResponse() throws Exception {
        ScriptedServer server = serve(c -> redirect(c, 301, "/elsewhere"));

        Exchange exchange = sender(false).send(SentRequest.of("GET", server.uri("/start").toString(), Headers.EMPTY));

        assertEquals(301, exchange.response().status());
        assertEquals(List.of("/elsewhere"), exchange.response().headers().all("location"));
        assertEquals(List.of(), exchange.redirects());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aLocationThatIsNotAnHttpUrlIsTheResponse() throws Exception {
        ScriptedServer server = serve(c -> redirect(c, 302, "xinspect-app://callback?code=canary-code&state=s"));

        Exchange exchange = sender(true).send(SentRequest.of("GET", server.uri("/authorize").toString(), Headers.EMPTY));

        assertEquals(302, exchange.response().status());
        assertEquals(List.of(), exchange.redirects());
    }

    @Test
    void aFailureAfterARedirectKeepsTheHopsAndTheRedirectedRequest() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String target = "http://127.0.0.1:" + closed + "/moved";
        ScriptedServer server = serve(c -> redirect(c, 307, target));

        Exchange exchange = sender(true).send(SentRequest.of("GET", server.uri("/start").toString(), Headers.EMPTY));

        assertEquals(TransportFailure.Kind.REFUSED, exchange.failure().kind());
        assertEquals(target, exchange.request().url());
        assertEquals(1, exchange.redirects().size());
        assertEquals(target, exchange.redirects().get(0).nextUrl());
    }

    @Test
    void aClientThatFollowsRedirectsItselfIsRefused() {
        HttpClient following = track(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build());

        assertThrows(IllegalArgumentException.class, () -> new HttpSender(following, Duration.ofSeconds(1), CLOCK, "t"));
    }

    private static void redirect(ScriptedServer.Connection c, int status, String location) throws IOException {
        c.respond(status, Headers.of("Location", location, "Content-Type", "text/html"),
                ("<a href=\"" + location + "\">moved</a>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ScriptedServer serve(ScriptedServer.Script script) throws IOException {
        ScriptedServer server = ScriptedServer.start(script);
        servers.add(server);
        return server;
    }

    private HttpClient track(HttpClient client) {
        clients.add(client);
        return client;
    }

    private HttpSender sender(boolean follow) {
        return new HttpSender(track(HttpSender.defaultClient(Duration.ofSeconds(5))), Duration.ofSeconds(5),
                Duration.ofSeconds(5), follow, CLOCK, "xinspect-test");
    }
}

package dev.xinspect.core.auth.loopback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthException;
import dev.xinspect.core.auth.oauth2.AuthorizationCallback;
import dev.xinspect.core.auth.oauth2.AuthorizationCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {
    private static final Duration LONG = Duration.ofSeconds(30);
    private final LoopbackReceiver receiver = new LoopbackReceiver();
    private final HttpClient browser = HttpClient.newHttpClient();
    private PendingCallback<AuthorizationCode> pending;

    @AfterEach
    void close() {
        if (pending != null) {
            pending.close();
        }
    }

    private HttpResponse<String> visit(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private PendingCallback<AuthorizationCode> listen(String redirect, Duration timeout) {
        pending = receiver.listen(URI.create(redirect), new AuthorizationCallback("expected-state"), timeout);
        return pending;
    }

    private static OAuthException failureOf(PendingCallback<?> p) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> p.result().get(10, TimeUnit.SECONDS));
        return assertInstanceOf(OAuthException.class, e.getCause());
    }

    @Test
    void localhostListensOnIpv4AndIpv6AndTheRedirectOverIpv4Completes() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://localhost:0/callback", LONG);
        List<String> hosts = p.addresses().stream().map(a -> a.getAddress().getHostAddress()).toList();
        assertEquals("127.0.0.1", hosts.get(0));
        assertTrue(hosts.contains("0:0:0:0:0:0:0:1"), hosts.toString());
        int port = p.redirectUri().getPort();
        HttpResponse<String> page = visit("http://127.0.0.1:" + port + "/callback?state=expected-state&code=the-code");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You can close this tab"));
        assertEquals("the-code", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void theRedirectOverIpv6Completes() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://localhost:0/callback", LONG);
        int port = p.redirectUri().getPort();
        assertEquals(200, visit("http://[::1]:" + port + "/callback?state=expected-state&code=v6").statusCode());
        assertEquals("v6", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void aLiteralIpv6CallbackListensOnIpv6Only() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://[::1]:0/cb", LONG);
        assertEquals(1, p.addresses().size());
        assertEquals("http://[::1]:" + p.redirectUri().getPort() + "/cb", p.redirectUri().toString());
        visit(p.redirectUri() + "?state=expected-state&code=c");
        assertEquals("c", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void aWrongStateIsRefusedWithAClearPageAndTheSignInGoesOn() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        HttpResponse<String> page = visit(p.redirectUri() + "?state=forged&code=stolen-canary");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("does not match this sign-in"), page.body());
        assertFalse(page.body().contains("stolen-canary"));
        assertFalse(p.result().isDone(), "a forged redirect neither finishes nor cancels the sign-in");

        visit(p.redirectUri() + "?state=expected-state&code=the-code");
        assertEquals("the-code", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void anErrorWithoutStateDoesNotCancelTheSignIn() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        assertEquals(400, visit(p.redirectUri() + "?error=access_denied").statusCode());
        assertEquals(400, visit(p.redirectUri() + "?error=access_denied&state=").statusCode());
        assertFalse(p.result().isDone());

        visit(p.redirectUri() + "?state=expected-state&code=still-mine");
        assertEquals("still-mine", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void aPartialRequestDoesNotStallTheListener() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        int port = p.redirectUri().getPort();
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) { // more than the listener's threads, each sending half a request and stopping
                java.net.Socket socket = new java.net.Socket("127.0.0.1", port);
                socket.getOutputStream().write("GET /callback?state=expected-state HTTP/1.1\r\nHost: 127".getBytes());
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(p.redirectUri() + "?state=expected-state&code=after-stall"))
                    .timeout(Duration.ofSeconds(25)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals("after-stall", p.result().get(10, TimeUnit.SECONDS).code());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(25), "answered within the request time limit");
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aRequestWithABodyIsRefusedBeforeItIsRead() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(p.redirectUri() + "?state=expected-state&code=c"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, page.statusCode());
        assertFalse(p.result().isDone());
    }

    @Test
    void aDeniedAuthorizationIsReported() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        visit(p.redirectUri() + "?error=access_denied&state=expected-state");
        OAuthException e = failureOf(p);
        assertEquals("access_denied", e.error());
        assertTrue(e.hint().contains("declined"));
    }

    @Test
    void aCallbackWithoutCodeIsReported() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        visit(p.redirectUri() + "?state=expected-state");
        assertEquals("code_missing", failureOf(p).error());
    }

    @Test
    void onlyTheFirstCallbackCountsAndOtherPathsAreIgnored() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", LONG);
        String base = "http://127.0.0.1:" + p.redirectUri().getPort();
        assertEquals(404, visit(base + "/favicon.ico").statusCode());
        assertFalse(p.result().isDone());
        visit(p.redirectUri() + "?state=expected-state&code=first");
        assertEquals("first", p.result().get(10, TimeUnit.SECONDS).code());
    }

    @Test
    void noRedirectWithinTheTimeoutFailsClearlyAndStopsListening() throws Exception {
        PendingCallback<AuthorizationCode> p = listen("http://127.0.0.1:0/callback", Duration.ofMillis(50));
        OAuthException e = failureOf(p);
        assertTrue(e.getMessage().startsWith("No redirect arrived within 50 ms"), e.getMessage());
        int port = p.redirectUri().getPort();
        p.stopped().get(10, TimeUnit.SECONDS);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        }
    }

    @Test
    void aBusyPortIsAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            OAuthException e = assertThrows(OAuthException.class,
                    () -> listen("http://127.0.0.1:" + taken.getLocalPort() + "/callback", LONG));
            assertTrue(e.getMessage().contains("is already in use"), e.getMessage());
        }
    }

    @Test
    void nonLoopbackCallbacksAreRefused() {
        assertThrows(OAuthException.class, () -> listen("http://example.com:8080/callback", LONG));
        assertThrows(OAuthException.class, () -> listen("https://localhost:8080/callback", LONG));
    }

    @Test
    void pastedRedirectUrlIsReadLikeTheListenerReadsIt() {
        AuthorizationCode code = new AuthorizationCallback("s1").check(
                CallbackQuery.fromPastedUrl("  http://localhost:8080/callback?state=s1&code=abc%2Fd#_=_ "));
        assertEquals("abc/d", code.code());
        assertThrows(IllegalArgumentException.class, () -> CallbackQuery.fromPastedUrl("no query here"));
    }
}

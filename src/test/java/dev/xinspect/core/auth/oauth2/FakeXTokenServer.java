package dev.xinspect.core.auth.oauth2;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Pkce;
import dev.xinspect.core.auth.loopback.CallbackQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays X's OAuth 2.0 endpoints on 127.0.0.1 for tests, checking what X checks: grant type, client authentication
 * by app type (Basic for confidential, client_id in the body for public), code_verifier against the challenge,
 * redirect_uri equal to the authorize one, single-use codes, rotating refresh tokens, app-only Basic auth.
 */
final class FakeXTokenServer implements AutoCloseable {
    static final String CONFIDENTIAL_ID = "confidential-client-id";
    static final String CONFIDENTIAL_SECRET = "c0nfidential/secret=+";
    static final String PUBLIC_ID = "public-client-id";
    static final String CONSUMER_KEY = "consumer-key";
    static final String CONSUMER_SECRET = "consumer/secret+";
    static final String BEARER = "AAAAAAAAAAAAAAAAAAAAA%2FBearer%3DCanary";

    private record Grant(String clientId, String redirectUri, String challenge, String method, String scope) {}

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> liveAccessTokens = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    final List<String> requestBodies = new ArrayList<>();
    volatile boolean bearerValid = true;

    FakeXTokenServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(OAuthEndpoints.OAUTH2_TOKEN_PATH, this::token);
        server.createContext(OAuthEndpoints.OAUTH2_REVOKE_PATH, this::revoke);
        server.createContext(OAuthEndpoints.APP_ONLY_TOKEN_PATH, this::appOnlyToken);
        server.createContext(OAuthEndpoints.APP_ONLY_INVALIDATE_PATH, this::invalidate);
        server.start();
    }

    OAuthEndpoints endpoints() {
        return OAuthEndpoints.at(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    /** What X's authorize page does after the user approves: issues a code bound to the request, returns the redirect. */
    URI approve(URI authorizeUrl) {
        Map<String, String> q = CallbackQuery.fromPastedUrl(authorizeUrl.toString());
        String code = "code-" + counter.incrementAndGet();
        codes.put(code, new Grant(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"),
                q.get("code_challenge_method"), q.get("scope")));
        return URI.create(q.get("redirect_uri") + "?state=" + q.get("state") + "&code=" + code);
    }

    boolean isLive(String accessToken) {
        return liveAccessTokens.containsKey(accessToken);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        String clientId = authenticatedClient(exchange, form);
        if (clientId == null) {
            send(exchange, 401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}");
            return;
        }
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> {
                Grant grant = codes.remove(form.getOrDefault("code", ""));
                if (grant == null || !grant.clientId().equals(clientId)) {
                    send(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the authorization code was invalid.\"}");
                } else if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
                    send(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the redirect uri did not match the uri of the authorization code.\"}");
                } else if (!challengeMatches(grant, form.get("code_verifier"))) {
                    send(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the code_verifier did not match the code_challenge.\"}");
                } else {
                    issue(exchange, grant);
                }
            }
            case "refresh_token" -> {
                Grant grant = refreshTokens.remove(form.getOrDefault("refresh_token", ""));
                if (grant == null || !grant.clientId().equals(clientId)) {
                    send(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}");
                } else {
                    issue(exchange, grant);
                }
            }
            default -> send(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Missing required parameter [grant_type].\"}");
        }
    }

    private void issue(HttpExchange exchange, Grant grant) throws IOException {
        int n = counter.incrementAndGet();
        String access = "access/" + n + "=";
        liveAccessTokens.put(access, true);
        String refresh = null;
        if (grant.scope() != null && List.of(grant.scope().split(" ")).contains("offline.access")) {
            refresh = "refresh/" + n + "=";
            refreshTokens.put(refresh, grant);
        }
        send(exchange, 200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + access + "\",\"scope\":\""
                + grant.scope() + "\"" + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}");
    }

    private void revoke(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        if (authenticatedClient(exchange, form) == null) {
            send(exchange, 401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}");
            return;
        }
        String token = form.getOrDefault("token", "");
        liveAccessTokens.remove(token);
        refreshTokens.remove(token);
        send(exchange, 200, "{\"revoked\":true}");
    }

    private void appOnlyToken(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        if (!basic(CONSUMER_KEY, CONSUMER_SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 403, "{\"errors\":[{\"code\":99,\"label\":\"authenticity_token_error\",\"message\":\"Unable to verify your credentials\"}]}");
        } else if (!"client_credentials".equals(form.get("grant_type"))) {
            send(exchange, 403, "{\"errors\":[{\"code\":170,\"label\":\"forbidden_missing_parameter\",\"message\":\"Missing required parameter: grant_type\"}]}");
        } else {
            bearerValid = true;
            send(exchange, 200, "{\"token_type\":\"bearer\",\"access_token\":\"" + BEARER + "\"}");
        }
    }

    private void invalidate(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        if (!basic(CONSUMER_KEY, CONSUMER_SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !BEARER.equals(form.get("access_token"))) {
            send(exchange, 403, "{\"errors\":[{\"code\":99,\"message\":\"Unable to verify your credentials\"}]}");
        } else {
            bearerValid = false;
            send(exchange, 200, "{\"access_token\":\"" + BEARER + "\"}");
        }
    }

    /** X's rule: a confidential client must send Basic auth; a public client sends client_id in the body. */
    private static String authenticatedClient(HttpExchange exchange, Map<String, String> form) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            return basic(CONFIDENTIAL_ID, CONFIDENTIAL_SECRET).equals(authorization) ? CONFIDENTIAL_ID : null;
        }
        return PUBLIC_ID.equals(form.get("client_id")) ? PUBLIC_ID : null;
    }

    private static boolean challengeMatches(Grant grant, String verifier) {
        if (verifier == null) {
            return false;
        }
        try {
            return grant.challenge().equals("S256".equals(grant.method()) ? Pkce.challengeS256(verifier) : verifier);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String basic(String id, String secret) {
        String pair = java.net.URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, String> form(HttpExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requestBodies) {
            requestBodies.add(body);
        }
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return CallbackQuery.parse(body);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

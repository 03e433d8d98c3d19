package dev.xinspect.core.sandbox;

import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Header;
import dev.xinspect.core.auth.Oauth1Request;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.Param;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies an OAuth 1.0a request for real: the consumer key, the token, a timestamp within five minutes of the
 * server's clock, a nonce not seen before, and the HMAC-SHA1 signature recomputed with the project's own signer
 * over the URL the client used and its form body.
 */
final class Oauth1Check {
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);
    private static final Set<String> SIGNER_ADDS = Set.of("oauth_consumer_key", "oauth_nonce", "oauth_signature_method",
            "oauth_timestamp", "oauth_token", "oauth_version", "oauth_signature");

    private final SandboxCredentials app;
    private final Oauth1Tokens tokens;
    private final Set<String> seenNonces = ConcurrentHashMap.newKeySet();

    /** The parameters of a header that checked out. */
    record Verified(Map<String, String> parameters) {
        String token() {
            return parameters.getOrDefault("oauth_token", "");
        }
    }

    Oauth1Check(SandboxCredentials app, Oauth1Tokens tokens) {
        this.app = app;
        this.tokens = tokens;
    }

    /**
     * @param requireToken false for {@code oauth/request_token}, which is signed with the consumer secret alone
     */
    Verified verify(SandboxRequest request, String header, Instant serverNow, boolean requireToken) throws Rejection {
        Map<String, String> parameters;
        try {
            parameters = Oauth1Header.parse(header);
        } catch (IllegalArgumentException e) {
            throw unauthorized();
        }
        if (!app.consumerKey().equals(parameters.get("oauth_consumer_key"))) {
            throw unauthorized();
        }
        String token = parameters.get("oauth_token");
        String tokenSecret = token == null ? null : tokens.secretOf(token).orElse(null);
        if ((requireToken || token != null) && tokenSecret == null) {
            throw unauthorized();
        }
        long timestamp = parseTimestamp(parameters.get("oauth_timestamp"));
        if (Math.abs(timestamp - serverNow.getEpochSecond()) > TIMESTAMP_WINDOW.toSeconds()) {
            // X's answer to a stale timestamp, as clients have logged it: 401 with v1.1 code 135.
            throw new Rejection(Problems.v1Error(401, 135, "Timestamp out of bounds."));
        }
        String nonce = parameters.getOrDefault("oauth_nonce", "");
        if (nonce.isEmpty() || !seenNonces.add(timestamp + ":" + nonce)) {
            throw unauthorized();
        }
        Oauth1Signer signer = parameters.containsKey("oauth_version") ? new Oauth1Signer() : new Oauth1Signer().withoutVersionParameter();
        String expected = signer.sign(oauthRequest(request, parameters),
                new Oauth1Credentials(app.consumerKey(), app.consumerSecret(), token, tokenSecret), nonce, timestamp).signature();
        if (!expected.equals(parameters.get("oauth_signature"))) {
            throw unauthorized();
        }
        return new Verified(parameters);
    }

    private static Oauth1Request oauthRequest(SandboxRequest request, Map<String, String> parameters) {
        String rawQuery = request.exchange.getRequestURI().getRawQuery();
        String url = request.signedBaseUrl() + (rawQuery == null ? "" : "?" + rawQuery);
        boolean form = request.header("Content-Type").map(t -> t.startsWith("application/x-www-form-urlencoded")).orElse(false);
        List<Param> formParameters = form ? request.form().stream().map(p -> new Param(p.name(), p.value())).toList() : List.of();
        Map<String, String> extra = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!SIGNER_ADDS.contains(name)) {
                extra.put(name, value);
            }
        });
        return new Oauth1Request(request.method, url, formParameters, extra);
    }

    private static long parseTimestamp(String text) throws Rejection {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw unauthorized();
        }
    }

    /** X answers every OAuth 1.0a failure the same way, without saying which part failed. */
    static Rejection unauthorized() {
        return new Rejection(Problems.authLayer(401, "Unauthorized"));
    }
}

package dev.xinspect.core.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names whose values are secrets wherever they appear: query parameters, form fields, JSON keys, OAuth 1.0a
 * header parameters. Each maps to the label shown in its place ({@code [redacted: access token]}).
 */
final class SecretNames {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("oauth_signature", "oauth_signature"),
            Map.entry("oauth_token", "oauth_token"),
            Map.entry("oauth_consumer_key", "consumer key"),
            Map.entry("oauth_nonce", "oauth_nonce"),
            Map.entry("oauth_verifier", "oauth_verifier"),
            Map.entry("oauth_token_secret", "token secret"),
            Map.entry("oauth_callback_confirmed", ""),
            Map.entry("access_token", "access token"),
            Map.entry("refresh_token", "refresh token"),
            Map.entry("id_token", "id token"),
            Map.entry("token", "token"),
            Map.entry("bearer_token", "bearer token"),
            Map.entry("client_secret", "client secret"),
            Map.entry("consumer_secret", "consumer secret"),
            Map.entry("consumer_key", "consumer key"),
            Map.entry("api_key", "API key"),
            Map.entry("api_secret", "API secret"),
            Map.entry("apikey", "API key"),
            Map.entry("secret", "secret"),
            Map.entry("code", "authorization code"),
            Map.entry("code_verifier", "PKCE verifier"),
            Map.entry("password", "password"),
            Map.entry("passwd", "password"),
            Map.entry("token_secret", "token secret"),
            Map.entry("access_token_secret", "token secret"),
            Map.entry("session", "session"),
            Map.entry("auth_token", "auth token"),
            Map.entry("ct0", "session"));

    private static final int SHORTEST = LABELS.keySet().stream().mapToInt(String::length).min().orElseThrow();
    private static final int LONGEST = LABELS.keySet().stream().mapToInt(String::length).max().orElseThrow();

    private SecretNames() {
    }

    /** The label for a secret-bearing name, or empty when the name is not a secret's. */
    static Optional<String> label(String name) {
        String label = LABELS.get(name.toLowerCase(Locale.ROOT));
        return label == null || label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /** The label for the name at {@code text[start, end)}; no string is made for the lengths no secret name has. */
    static Optional<String> label(String text, int start, int end) {
        int length = end - start;
        return length < SHORTEST || length > LONGEST ? Optional.empty() : label(text.substring(start, end));
    }

    static String marker(String label) {
        return "[redacted: " + label + "]";
    }
}

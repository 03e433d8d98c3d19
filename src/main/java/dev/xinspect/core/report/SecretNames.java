package dev.xinspect.core.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names whose values are secrets wherever they appear: headers, query and form parameters, JSON members, OAuth 1.0a
 * header parameters. A name is compared in its normalised form: percent-decoded, then letters and digits only, in
 * lower case, so {@code access_token}, {@code accessToken}, {@code Access-Token} and {@code access%5Ftoken} are one
 * name. Each maps to the label shown in its place ({@code [redacted: access token]}).
 */
final class SecretNames {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("oauthsignature", "oauth_signature"),
            Map.entry("oauthtoken", "oauth_token"),
            Map.entry("oauthconsumerkey", "consumer key"),
            Map.entry("oauthnonce", "oauth_nonce"),
            Map.entry("oauthverifier", "oauth_verifier"),
            Map.entry("oauthtokensecret", "token secret"),
            Map.entry("accesstoken", "access token"),
            Map.entry("refreshtoken", "refresh token"),
            Map.entry("idtoken", "id token"),
            Map.entry("bearertoken", "bearer token"),
            Map.entry("bearer", "bearer token"),
            Map.entry("consumerkey", "consumer key"),
            Map.entry("clientsecret", "client secret"),
            Map.entry("consumersecret", "consumer secret"),
            Map.entry("apisecret", "API secret"),
            Map.entry("apisecretkey", "API secret"),
            Map.entry("code", "authorization code"),
            Map.entry("authcode", "authorization code"),
            Map.entry("authorizationcode", "authorization code"),
            Map.entry("codeverifier", "PKCE verifier"),
            Map.entry("passwd", "password"),
            Map.entry("pwd", "password"),
            Map.entry("session", "session"),
            Map.entry("sessionid", "session"),
            Map.entry("ct0", "session"),
            Map.entry("authorization", "credentials"),
            Map.entry("proxyauthorization", "credentials"),
            Map.entry("cookie", "cookie"),
            Map.entry("setcookie", "cookie"),
            Map.entry("privatekey", "private key"));

    /** Endings that make any name a secret's ({@code x_api_key}, {@code clientSecret}, {@code X-Access-Token}). */
    private static final List<Map.Entry<String, String>> ENDINGS = List.of(
            Map.entry("tokensecret", "token secret"),
            Map.entry("secret", "secret"),
            Map.entry("password", "password"),
            Map.entry("apikey", "API key"),
            Map.entry("accesskey", "access key"),
            Map.entry("token", "token"));

    /** Names ending in "token" that are pagination cursors X hands out in the open ({@code meta.next_token}). */
    private static final Set<String> CURSORS = Set.of("nexttoken", "previoustoken", "paginationtoken", "pagetoken",
            "nextpagetoken", "continuationtoken", "synctoken");

    private static final int[] NAME_HASHES = LABELS.keySet().stream().mapToInt(String::hashCode).sorted().toArray();

    private SecretNames() {
    }

    /** The label for a secret-bearing name as written (any case, separators, percent-encoding), or empty. */
    static Optional<String> label(String name) {
        return Optional.ofNullable(labelOfNormalised(normalise(name, 0, name.length())));
    }

    /**
     * The label for the name at {@code text[start, end)}. Most names in a body are no secret's ({@code id},
     * {@code created_at}): a pass that allocates nothing rules them out before the name is normalised.
     */
    static Optional<String> label(CharSequence text, int start, int end) {
        if (!mayBeSecret(text, start, end)) {
            return Optional.empty();
        }
        return Optional.ofNullable(labelOfNormalised(normalise(text, start, end)));
    }

    /**
     * False only when the name is surely no secret's: its normalised hash is no listed name's and it ends in none of
     * the {@link #ENDINGS}. Names with {@code %} escapes are always looked at closely.
     */
    private static boolean mayBeSecret(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                hash = 31 * hash + c;
            } else if (c >= 'A' && c <= 'Z') {
                hash = 31 * hash + (c | 0x20);
            } else if (c == '%') {
                return true;
            }
        }
        return java.util.Arrays.binarySearch(NAME_HASHES, hash) >= 0 || hasSecretEnding(text, start, end);
    }

    /**
     * Whether the name's letters and digits, in lower case, end with one of the {@link #ENDINGS}: read backwards from
     * the end, so most names are ruled out at their last character. (A name is looked at in every JSON member of a
     * body: a copy of its tail per name was half the redaction's time.)
     */
    private static boolean hasSecretEnding(CharSequence text, int start, int end) {
        for (Map.Entry<String, String> ending : ENDINGS) {
            String key = ending.getKey();
            int at = end;
            int matched = 0;
            while (matched < key.length()) {
                char c = 0;
                while (--at >= start) {
                    c = text.charAt(at);
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        break;
                    }
                    if (c >= 'A' && c <= 'Z') {
                        c = (char) (c | 0x20);
                        break;
                    }
                }
                if (at < start || c != key.charAt(key.length() - 1 - matched)) {
                    break;
                }
                matched++;
            }
            if (matched == key.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is exactly a harmless OAuth 1.0a parameter a reader needs (timestamp, method, version, realm). */
    static boolean isHarmlessOauthParameter(String name) {
        String normalised = normalise(name, 0, name.length());
        return normalised.equals("oauthtimestamp") || normalised.equals("oauthsignaturemethod")
                || normalised.equals("oauthversion") || normalised.equals("realm");
    }

    private static String labelOfNormalised(String name) {
        if (name.isEmpty()) {
            return null;
        }
        String label = LABELS.get(name);
        if (label != null) {
            return label;
        }
        if (CURSORS.contains(name)) {
            return null;
        }
        for (Map.Entry<String, String> ending : ENDINGS) {
            if (name.endsWith(ending.getKey())) {
                return ending.getValue();
            }
        }
        return null;
    }

    /** Letters and digits in lower case; {@code %XX} escapes are decoded first (so {@code %5F} is a separator). */
    static String normalise(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < end && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                c = (char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    static String marker(String label) {
        return Marker.TEXT.of(label);
    }
}

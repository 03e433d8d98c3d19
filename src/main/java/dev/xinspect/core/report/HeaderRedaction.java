package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import java.util.Locale;
import java.util.Set;

/**
 * Redacts one header by its name and by the shape of its value: credentials ({@code Authorization},
 * {@code Proxy-Authorization}, or any value that starts with an auth scheme), cookies, secret-named headers
 * ({@code X-Api-Key}, {@code X-Access-Token}, {@code api-key}), URLs ({@code Location}, {@code Referer}) by
 * component, and free text for the rest.
 */
final class HeaderRedaction {
    static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization");
    static final Set<String> COOKIE_HEADERS = Set.of("cookie", "set-cookie", "set-cookie2");
    private static final Set<String> URL_HEADERS = Set.of("location", "content-location", "referer", "origin");
    private static final Set<String> SCHEMES = Set.of("bearer", "basic", "oauth", "token", "digest");
    /** Challenges name a scheme and a realm, never a credential. */
    private static final Set<String> CHALLENGES = Set.of("www-authenticate", "proxy-authenticate");

    private final KnownSecrets known;
    private final ParameterRedaction parameters;

    HeaderRedaction(KnownSecrets known, ParameterRedaction parameters) {
        this.known = known;
        this.parameters = parameters;
    }

    Header redact(Header header) {
        String name = header.name().toLowerCase(Locale.ROOT);
        String value = header.value();
        if (CREDENTIAL_HEADERS.contains(name) || !CHALLENGES.contains(name) && SCHEMES.contains(firstWord(value))) {
            return new Header(header.name(), new AuthorizationRedaction(known).redact(value));
        }
        if (COOKIE_HEADERS.contains(name)) {
            return new Header(header.name(), value.isBlank() ? value : Marker.TEXT.of("cookie"));
        }
        if (isSecretNamed(header.name())) {
            return new Header(header.name(), value.isBlank() || Marker.isAt(value, 0) ? value
                    : Marker.TEXT.of(SecretNames.label(header.name()).orElseThrow()));
        }
        if (URL_HEADERS.contains(name)) {
            return new Header(header.name(), parameters.url(value));
        }
        return new Header(header.name(), TextRedaction.apply(value, known, Marker.TEXT));
    }

    /** Headers whose name alone says the value is a secret ({@code X-Api-Key}, {@code X-Csrf-Token}). */
    static boolean isSecretNamed(String name) {
        return SecretNames.label(name).isPresent();
    }

    private static String firstWord(String value) {
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? "" : trimmed.substring(0, space).toLowerCase(Locale.ROOT);
    }
}

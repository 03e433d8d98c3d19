package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds credentials typed into a request template or an environment value, so a workspace file can refuse them
 * (secrets live in the credential store, files hold {@code {{variables}}}). Uses the {@link Redactor}'s knowledge:
 * credential headers, secret-named parameters and JSON members, secret shapes, and the store's own values. A
 * {@code {{variable}}} is never a secret. Thread-safe.
 */
public final class LiteralSecrets {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.-]+\\s*}}");
    private static final Pattern SCHEME_ONLY = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    private final Redactor redactor;

    public LiteralSecrets(Redactor redactor) {
        this.redactor = redactor;
    }

    /** Where the request holds a secret in clear ("the Authorization header", "the access_token parameter"); empty if nowhere. */
    public List<String> inRequest(String url, List<Header> headers, String body) {
        Set<String> found = new LinkedHashSet<>();
        for (Header header : headers) {
            String name = header.name().toLowerCase(Locale.ROOT);
            String rest = withoutPlaceholders(header.value()).strip();
            boolean literal;
            if (HeaderRedaction.CREDENTIAL_HEADERS.contains(name)) {
                literal = !rest.isEmpty() && !SCHEME_ONLY.matcher(rest).matches();
            } else if (HeaderRedaction.COOKIE_HEADERS.contains(name)) {
                literal = cookieHasValue(rest);
            } else if (HeaderRedaction.isSecretNamed(header.name())) {
                literal = !rest.isEmpty();
            } else {
                literal = !redactor.scan(rest).isEmpty();
            }
            if (literal) {
                found.add("the " + header.name() + " header");
            }
        }
        found.addAll(where(url == null ? "" : url, "parameter", "the URL"));
        found.addAll(where(body == null ? "" : body, "field", "the body"));
        return List.copyOf(found);
    }

    /** Each secret named in the text ("the access_token parameter", "the client_secret member"), and the place itself for the others. */
    private List<String> where(String text, String pairKind, String place) {
        Set<String> found = new LinkedHashSet<>();
        List<Found> all = redactor.locate(withoutPlaceholders(text));
        int namedEnd = -1;
        for (Found secret : all) {
            if (secret.name() != null) {
                found.add("the " + secret.name() + " " + (secret.how() == Found.How.PAIR ? pairKind : "member"));
                namedEnd = Math.max(namedEnd, secret.end());
            } else if (secret.start() >= namedEnd) {
                found.add(place);
            }
        }
        return List.copyOf(found);
    }

    /** True when an environment value should be marked secret: a secret-looking name with a value, or a secret's shape. */
    public boolean inValue(String name, String value) {
        String rest = withoutPlaceholders(value == null ? "" : value).strip();
        if (rest.isEmpty()) {
            return false;
        }
        return SecretNames.label(name.replace('-', '_')).isPresent() || nameSoundsSecret(name) || !redactor.scan(rest).isEmpty();
    }

    private static boolean nameSoundsSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("token") || lower.endsWith("secret") || lower.endsWith("password") || lower.endsWith("key");
    }

    private static boolean cookieHasValue(String cookie) {
        for (String part : cookie.split(";")) {
            int equals = part.indexOf('=');
            if (equals >= 0 && !part.substring(equals + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("");
    }
}

package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
            if (Redactor.CREDENTIAL_HEADERS.contains(name)) {
                literal = !rest.isEmpty() && !SCHEME_ONLY.matcher(rest).matches();
            } else if (Redactor.COOKIE_HEADERS.contains(name)) {
                literal = cookieHasValue(rest);
            } else if (Redactor.TOKEN_HEADERS.contains(name)) {
                literal = !rest.isEmpty();
            } else {
                literal = !redactor.scan(header.value()).isEmpty();
            }
            if (literal) {
                found.add("the " + header.name() + " header");
            }
        }
        int query = url.indexOf('?');
        found.addAll(namedValues(query < 0 ? "" : url.substring(query + 1), "parameter"));
        if (!redactor.scan(url).isEmpty()) {
            found.add("the URL");
        }
        String text = body == null ? "" : body;
        found.addAll(jsonMembers(text));
        found.addAll(namedValues(text, "field"));
        if (!redactor.scan(text).isEmpty()) {
            found.add("the body");
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

    private static List<String> namedValues(String text, String kind) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Redactor.NAME_VALUE.matcher(text);
        while (matcher.find()) {
            if (SecretNames.label(matcher.group(1)).isPresent() && !withoutPlaceholders(matcher.group(2)).isBlank()) {
                found.add("the " + matcher.group(1) + " " + kind);
            }
        }
        return found;
    }

    private static List<String> jsonMembers(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Redactor.JSON_MEMBER.matcher(text);
        while (matcher.find()) {
            if (SecretNames.label(matcher.group(1)).isPresent() && !withoutPlaceholders(matcher.group(3)).isBlank()) {
                found.add("the " + matcher.group(1) + " member");
            }
        }
        return found;
    }

    private static String withoutPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("");
    }
}

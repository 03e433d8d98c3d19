package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.Redirect;
import dev.xinspect.core.http.SentRequest;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows what a secret is. Every output (forum post, HAR and curl exports, logs, presenter mode)
 * passes exchanges and text through it. It removes credentials from headers, secret-named parameters from URLs,
 * form and JSON bodies, secret-shaped text (JWTs, Bearer tokens, OAuth 1.0a values) anywhere, and every value the
 * credential store holds in any encoding; each removal leaves a marker such as {@code [redacted: bearer token]}.
 * Thread-safe; linear in the size of its input.
 */
public final class Redactor {
    static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization");
    static final Set<String> COOKIE_HEADERS = Set.of("cookie", "set-cookie");
    static final Set<String> TOKEN_HEADERS = Set.of("x-api-key", "x-csrf-token", "x-auth-token");
    static final Pattern JSON_MEMBER = Pattern.compile("\"([A-Za-z_]++)\"(\\s*+:\\s*+)\"((?:[^\"\\\\]|\\\\.)*+)\"");
    /** {@code name=value} pairs as a regex: what {@link LiteralSecrets} names, and what {@link #namedValues} finds faster. */
    static final Pattern NAME_VALUE = Pattern.compile("(?<=^|[?&;\\s])([A-Za-z_]++)=([^&\\s#\"]*+)");
    private static final Pattern OAUTH_PARAM = Pattern.compile("([A-Za-z_]++)=\"([^\"]*+)\"");

    private final Supplier<? extends Collection<String>> knownSecrets;
    private volatile Collection<String> basis;
    private volatile KnownSecrets known;

    public Redactor(Collection<String> knownSecrets) {
        this(() -> knownSecrets);
    }

    /**
     * @param knownSecrets the credential store's values as they are now; read at each redaction, so its result
     *                     should be a cached snapshot (the forms are rebuilt only when a different snapshot comes back)
     */
    public Redactor(Supplier<? extends Collection<String>> knownSecrets) {
        this.knownSecrets = knownSecrets;
    }

    /** The encoded forms of the current snapshot of known secrets, built once per snapshot. */
    private KnownSecrets known() {
        Collection<String> now = knownSecrets.get();
        KnownSecrets current = known;
        if (current == null || now != basis) {
            current = new KnownSecrets(now);
            known = current;
            basis = now;
        }
        return current;
    }

    public static Redactor withoutKnownSecrets() {
        return new Redactor(List.of());
    }

    public Exchange redact(Exchange exchange) {
        return new Exchange(exchange.request() == null ? null : redact(exchange.request()),
                exchange.response() == null ? null : redact(exchange.response()), exchange.failure(),
                exchange.timings(), exchange.startedAt(), exchange.redirects().stream().map(this::redact).toList());
    }

    /** A hop keeps its shape; its URLs (a token in a query, a code in a callback) are redacted. */
    public Redirect redact(Redirect hop) {
        return new Redirect(hop.method(), redactUrl(hop.url()), hop.status(), redactUrl(hop.location()), hop.nextMethod(),
                redactUrl(hop.nextUrl()), hop.notes());
    }

    public SentRequest redact(SentRequest request) {
        return new SentRequest(request.method(), redactUrl(request.url()), redact(request.headers()), redact(request.body()));
    }

    public ReceivedResponse redact(ReceivedResponse response) {
        return new ReceivedResponse(response.status(), response.reason(), response.httpVersion(),
                redact(response.headers()), redact(response.body()));
    }

    public Headers redact(Headers headers) {
        return new Headers(headers.list().stream().map(this::redact).toList());
    }

    private Header redact(Header header) {
        String name = header.name().toLowerCase(Locale.ROOT);
        if (CREDENTIAL_HEADERS.contains(name)) {
            return new Header(header.name(), credentials(header.value()));
        }
        if (COOKIE_HEADERS.contains(name)) {
            return new Header(header.name(), SecretNames.marker("cookie"));
        }
        if (TOKEN_HEADERS.contains(name)) {
            return new Header(header.name(), SecretNames.marker("token"));
        }
        return new Header(header.name(), redactText(header.value()));
    }

    /** Keeps the scheme and, for OAuth 1.0a, the harmless parameters (timestamp, method, version) a reader needs. */
    private String credentials(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? "" : trimmed.substring(0, space);
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> scheme + " " + SecretNames.marker("bearer token");
            case "basic" -> scheme + " " + SecretNames.marker("basic credentials");
            case "oauth" -> scheme + " " + oauthParameters(trimmed.substring(space + 1));
            default -> SecretNames.marker("credentials");
        };
    }

    private String oauthParameters(String parameters) {
        Matcher matcher = OAUTH_PARAM.matcher(parameters);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = SecretNames.label(matcher.group(1))
                    .map(label -> matcher.group(1) + "=\"" + SecretNames.marker(label) + "\"")
                    .orElse(matcher.group(1) + "=\"" + redactText(matcher.group(2)) + "\"");
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A URL with secret-named query parameters replaced; the rest of the URL as it was. */
    public String redactUrl(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return redactText(url);
        }
        return redactText(url.substring(0, question + 1) + namedValues(url.substring(question + 1)));
    }

    /** A body with secret-named JSON members and form fields replaced, then secret-shaped text. Binary stays as is. */
    public Body redact(Body body) {
        if (body.isEmpty() || !body.isText()) {
            return body;
        }
        return Body.ofText(redactText(namedValues(jsonMembers(body.text()))));
    }

    /** Free text (a log line, a forum post, an error message): known values and secret-shaped text. */
    public String redactText(String text) {
        return TextRedaction.apply(text, known());
    }

    /** Where secrets still stand in a final text, for the scan before copying a post. */
    public List<SecretSpan> scan(String text) {
        return TextRedaction.locate(text, known()).stream()
                .map(m -> new SecretSpan(m.start(), m.end(), m.label())).toList();
    }

    private static String jsonMembers(String text) {
        return replaceSecretNamed(JSON_MEMBER, text, (m, label) -> "\"" + m.group(1) + "\"" + m.group(2) + "\"" + SecretNames.marker(label) + "\"");
    }

    /**
     * {@code name=value} pairs (query strings, form bodies, free text) whose name is a secret's: the value is replaced.
     * The same matches as {@link #NAME_VALUE}, found from each {@code =} instead of trying the regex at every
     * character (a 10 MB body has few {@code =} and millions of characters).
     */
    static String namedValues(String text) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        for (int equals = text.indexOf('=', from); equals >= 0; equals = text.indexOf('=', from)) {
            int nameStart = equals;
            while (nameStart > 0 && isNameChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart == equals || nameStart > 0 && !isPairStart(text.charAt(nameStart - 1))) {
                from = equals + 1;
                continue;
            }
            int valueEnd = equals + 1;
            while (valueEnd < text.length() && isValueChar(text.charAt(valueEnd))) {
                valueEnd++;
            }
            from = Math.max(valueEnd, equals + 1);
            Optional<String> label = SecretNames.label(text, nameStart, equals);
            if (label.isPresent()) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, equals + 1).append(SecretNames.marker(label.get()));
                copied = valueEnd;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** The characters after which a pair may start (or the text's start): {@code ? & ;} and regex {@code \s}. */
    private static boolean isPairStart(char c) {
        return c == '?' || c == '&' || c == ';' || isRegexSpace(c);
    }

    private static boolean isValueChar(char c) {
        return c != '&' && c != '#' && c != '"' && !isRegexSpace(c);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Replaces the matches whose name (group 1) is a secret's; the others stay as they are, and a text with none is
     * returned as it came. A JSON body matches once per string member: copying only around the secret ones is
     * what keeps a 10 MB body fast.
     */
    private static String replaceSecretNamed(Pattern pattern, String text, BiFunction<Matcher, String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            Optional<String> label = SecretNames.label(text, matcher.start(1), matcher.end(1));
            if (label.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(replacement.apply(matcher, label.get()));
            copied = matcher.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}

package dev.xinspect.core.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A request made ready for a code snippet: redacted, with the headers an HTTP library computes itself left out, and
 * the {@code Authorization} header replaced by the environment variable the snippet reads it from, so no credential
 * is ever written inline. Shared by the Python, JavaScript, Java and Go writers.
 *
 * @param headers the headers to set, in order, without {@code Authorization}
 * @param body    the body text; empty for none
 * @param auth    how the snippet builds {@code Authorization}; empty when the request carries none
 */
public record CodeRequest(String method, String url, List<Header> headers, String body, Optional<Credential> auth) {
    /** Computed by every HTTP library (and refused by Java's HttpClient): copying them would only go stale. */
    private static final Set<String> COMPUTED = Set.of("content-length", "host", "connection", "accept-encoding", "expect",
            "upgrade", "authorization");

    /**
     * {@code Authorization: <prefix><value of the environment variable>}.
     *
     * @param note a comment for the reader, or empty
     */
    public record Credential(String prefix, String variable, String note) {
        /** The header value as an expression: {@code read} (the language's read of the variable) after the prefix. */
        public String expression(String read, String plus) {
            return prefix.isEmpty() ? read : quote(prefix) + plus + read;
        }
    }

    /** Redacts the request and takes its credential out; the scheme is read before redaction (which may mask it). */
    public static CodeRequest of(SentRequest original, Redactor redactor) {
        Optional<Credential> auth = original.headers().first("authorization").map(CodeRequest::credential);
        SentRequest request = redactor.redact(original);
        List<Header> headers = request.headers().list().stream()
                .filter(h -> !COMPUTED.contains(h.name().toLowerCase(Locale.ROOT))).toList();
        return new CodeRequest(request.method(), request.url(), headers, request.body().isEmpty() ? "" : request.body().text(), auth);
    }

    private static Credential credential(String value) {
        String scheme = value.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "bearer" -> new Credential("Bearer ", "BEARER_TOKEN", "");
            case "basic" -> new Credential("Basic ", "BASIC_CREDENTIALS", "");
            case "oauth" -> new Credential("", "OAUTH1_AUTHORIZATION",
                    "OAuth 1.0a: sign a fresh header for each request (xinspect sign, xurl or an OAuth library)");
            default -> new Credential("", "AUTHORIZATION", "");
        };
    }

    /**
     * A double-quoted string literal valid in Python, JavaScript, Java and Go alike: JSON's escapes ({@code \"},
     * {@code \\}, {@code \n}, {@code \t}, {@code \}{@code uXXXX} for control and other invisible characters) are
     * shared by all four.
     */
    public static String quote(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : JsonStringEncoder.getInstance().quoteAsString(text)) {
            // Invisible characters are escaped too: Go refuses a byte order mark inside a file, and a reader cannot see them.
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}

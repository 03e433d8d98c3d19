package dev.xinspect.core.report;

import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a request as a curl command a reader can paste. The request is redacted first; credentials become shell
 * variables ({@code $BEARER_TOKEN}) so the command runs once the reader exports their own.
 */
public final class CurlExporter {
    /** Headers curl computes itself; copying them would only go stale. */
    private static final Set<String> COMPUTED = Set.of("content-length", "host", "connection", "accept-encoding");

    private final Redactor redactor;

    public CurlExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(SentRequest original) {
        SentRequest request = redactor.redact(original);
        StringBuilder command = new StringBuilder("curl");
        if (!request.method().equals("GET") || !request.body().isEmpty()) {
            command.append(" -X ").append(request.method());
        }
        command.append(' ').append(ShellQuote.single(request.url()));
        for (Header header : request.headers().list()) {
            if (!COMPUTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                command.append(" \\\n  -H ").append(headerArgument(header));
            }
        }
        if (!request.body().isEmpty()) {
            command.append(" \\\n  --data-raw ").append(ShellQuote.single(request.body().text()));
        }
        return command.toString();
    }

    private static String headerArgument(Header header) {
        String value = header.value();
        if (header.hasName("authorization")) {
            if (value.startsWith("Bearer [redacted")) {
                return "\"" + header.name() + ": Bearer $BEARER_TOKEN\"";
            }
            if (value.startsWith("Basic [redacted")) {
                return "\"" + header.name() + ": Basic $BASIC_CREDENTIALS\"";
            }
            if (value.startsWith("OAuth ")) {
                return "\"" + header.name() + ": $OAUTH1_AUTHORIZATION\"  # OAuth 1.0a: sign a fresh header per request (xurl or your library)";
            }
        }
        return ShellQuote.single(header.name() + ": " + value);
    }
}

package dev.xinspect.core.report;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.SentRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a request as a command for X's own CLI, {@code xurl} ({@code xurl -X POST /2/tweets -d '{"text":"hi"}'
 * --auth app}). xurl signs with the keys in its own store, so the command never carries a credential: the auth mode
 * becomes {@code --auth app|oauth1|oauth2} and the {@code Authorization} header is dropped. URLs on {@code api.x.com}
 * become paths (xurl's default base URL); others stay whole. Flags as xurl's root command defines them
 * ({@code -X}, {@code -H}, {@code -d}, {@code --auth}; xdevplatform/xurl {@code cli/root.go}). Redacted first.
 */
public final class XurlExporter {
    /** xurl sets these itself (Content-Type from whether the body parses as JSON), or they go stale. */
    private static final Set<String> DROPPED = Set.of("authorization", "content-type", "content-length", "host", "connection",
            "accept-encoding");
    /** xurl attaches {@code -d} only to these (api/client.go, BuildRequest). */
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final Redactor redactor;

    public XurlExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    /** @param mode how the request authenticates; null reads it from the request's Authorization header */
    public String export(SentRequest original, AuthMode mode) {
        return export(original, mode, List.of());
    }

    /** @param parts the request's multipart form: xurl sends one file ({@code -F}); other parts are named in a note */
    public String export(SentRequest original, AuthMode mode, List<FormPart> parts) {
        AuthMode auth = mode != null ? mode : modeOf(original);
        SentRequest request = redactor.redact(original);
        ShellCommand command = new ShellCommand("xurl");
        if (!request.method().equals("GET")) {
            command.inline("-X " + request.method());
        }
        command.inline(ShellQuote.single(endpoint(request.url())));
        for (Header header : request.headers().list()) {
            if (!DROPPED.contains(header.name().toLowerCase(Locale.ROOT))) {
                command.line("-H " + ShellQuote.single(header.name() + ": " + header.value()));
            }
        }
        if (parts.isEmpty() && !request.body().isEmpty()) {
            command.line("-d " + ShellQuote.single(request.body().text()));
        }
        List<FormPart> files = parts.stream().filter(FormPart::isFile).toList();
        if (!files.isEmpty()) {
            command.line("-F " + ShellQuote.single(files.get(0).file()));
        }
        List<String> left = parts.stream().filter(p -> !files.isEmpty() && p != files.get(0) || files.isEmpty()).map(FormPart::name).toList();
        if (!left.isEmpty()) {
            command.note("xurl sends one file as its multipart form; these parts are not in the command: " + String.join(", ", left) + ".");
        }
        switch (auth) {
            case OAUTH2_APP_ONLY -> command.line("--auth app");
            case OAUTH2_USER -> command.line("--auth oauth2");
            case OAUTH1_USER -> command.line("--auth oauth1");
            case BASIC -> command.note("xurl has no Basic auth; it uses the default auth of its app.");
            case NONE -> { }
        }
        if (!request.body().isEmpty() && !WITH_BODY.contains(request.method())) {
            command.note("xurl sends a body only with POST, PUT and PATCH.");
        }
        return command.toString();
    }

    /** The path and query for X's API host (xurl's default base URL is https://api.x.com), else the whole URL. */
    private static String endpoint(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if ("https".equalsIgnoreCase(uri.getScheme()) && (host.equals("api.x.com") || host.equals("api.twitter.com"))
                    && uri.getPort() == -1 && uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // not a URI Java accepts: give it to xurl as it is
        }
        return url;
    }

    /** From a sent request: OAuth 1.0a, X's app-only Bearer (its tokens start with twenty A's), a user Bearer, or none. */
    private static AuthMode modeOf(SentRequest request) {
        String value = request.headers().first("authorization").orElse("").trim();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("oauth ")) {
            return AuthMode.OAUTH1_USER;
        }
        if (lower.startsWith("bearer ")) {
            return value.substring(7).trim().startsWith("AAAAAAAAAAAAAAAAAAAA") ? AuthMode.OAUTH2_APP_ONLY : AuthMode.OAUTH2_USER;
        }
        if (lower.startsWith("basic ")) {
            return AuthMode.BASIC;
        }
        return AuthMode.NONE;
    }
}

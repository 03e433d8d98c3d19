package dev.xinspect.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the request that follows a 3xx, and what to say about it. The rules are those of RFC 9110 §15.4 as
 * browsers and curl apply them, plus curl's rule for credentials.
 */
final class RedirectRules {
    /** The statuses that carry a Location to follow (RFC 9110 §15.4.2–15.4.9); 300, 304 and 305 are answers. */
    private static final Set<Integer> FOLLOWED = Set.of(301, 302, 303, 307, 308);
    /** Headers that only describe the body, dropped with it (the Fetch standard's "request-body-header names"). */
    private static final List<String> BODY_HEADERS = List.of("Content-Type", "Content-Encoding", "Content-Language",
            "Content-Location");
    private static final List<String> CREDENTIALS = List.of("Authorization", "Cookie");

    private RedirectRules() {
    }

    /** The next request and the hop to record; empty when this response is not a redirect to follow. */
    record Followed(SentRequest request, Redirect hop) {
    }

    /**
     * @param first the request the user sent (its origin decides where credentials may go)
     * @param current the request that got this response
     */
    static Optional<Followed> follow(SentRequest first, SentRequest current, int status, Optional<String> location) {
        if (!FOLLOWED.contains(status) || location.isEmpty() || location.get().isBlank()) {
            return Optional.empty();
        }
        Optional<URI> target = resolve(current.url(), location.get().strip());
        if (target.isEmpty()) {
            return Optional.empty(); // not an http(s) URL (an app's custom scheme, say): the 3xx is the answer
        }
        List<String> notes = new ArrayList<>();
        String method = current.method();
        Body body = current.body();
        Headers headers = current.headers();
        String upper = method.toUpperCase(Locale.ROOT);
        boolean keepsMethod = upper.equals("GET") || upper.equals("HEAD") || status == 307 || status == 308;
        if (!keepsMethod) {
            // RFC 9110 §15.4.4: after a 303 the user agent retrieves with GET (HEAD stays HEAD); §15.4.2/15.4.3: for
            // 301 and 302 user agents historically change POST to GET, and browsers and curl do the same.
            method = "GET";
            if (!body.isEmpty()) {
                notes.add(status + " turns " + upper + " into GET, so the body was not sent again.");
            } else {
                notes.add(status + " turns " + upper + " into GET.");
            }
            body = Body.EMPTY;
            for (String name : BODY_HEADERS) {
                headers = headers.without(name);
            }
        }
        URI origin = URI.create(first.url());
        boolean sameOrigin = sameOrigin(origin, target.get());
        List<String> present = CREDENTIALS.stream().filter(first.headers()::contains).toList();
        if (sameOrigin) {
            // Back on the first origin after a detour: curl sends credentials to the first host again.
            for (String name : present) {
                if (!headers.contains(name)) {
                    for (String value : first.headers().all(name)) {
                        headers = headers.with(name, value);
                    }
                }
            }
        } else {
            for (String name : CREDENTIALS) {
                headers = headers.without(name);
            }
            if (!present.isEmpty()) {
                // curl (since 7.58.0) sends Authorization and Cookie only to the first host, port and scheme.
                notes.add(String.join(" and ", present) + (present.size() > 1 ? " were" : " was") + " not sent to "
                        + TransportFailures.where(target.get()) + ": the redirect leaves " + originText(origin)
                        + ", and credentials go only to the first host, port and scheme.");
            }
        }
        String next = target.get().toString();
        first.headers().first("Authorization").filter(v -> v.regionMatches(true, 0, "OAuth ", 0, 6)).ifPresent(v -> {
            if (sameOrigin) {
                notes.add("The OAuth 1.0a signature covered " + first.method() + " " + withoutQuery(first.url())
                        + " only, so it does not match this request and the server will likely refuse it.");
            } else {
                notes.add("The OAuth 1.0a signature covered " + first.method() + " " + withoutQuery(first.url())
                        + " only.");
            }
        });
        Redirect hop = new Redirect(current.method(), current.url(), status, location.get(), method, next, notes);
        return Optional.of(new Followed(new SentRequest(method, next, headers, body), hop));
    }

    /** Resolves a Location against the URL that answered (RFC 9110 §10.2.2), dropping any fragment. */
    private static Optional<URI> resolve(String base, String location) {
        try {
            URI from = new URI(base);
            if (from.getRawPath() == null || from.getRawPath().isEmpty()) {
                // URI.resolve against an empty path glues the segments ("http://a" + "b" = "http://ab").
                String query = from.getRawQuery();
                from = new URI(from.getScheme() + "://" + from.getRawAuthority() + "/" + (query == null ? "" : "?" + query));
            }
            URI resolved = from.resolve(new URI(location));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || resolved.getHost() == null) {
                return Optional.empty();
            }
            if (resolved.getRawFragment() != null) {
                String text = resolved.toString();
                resolved = new URI(text.substring(0, text.indexOf('#')));
            }
            return Optional.of(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String originText(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + TransportFailures.where(uri);
    }

    /** Scheme, host, port and path: enough to recognise the URL, without a query that may hold credentials. */
    static String withoutQuery(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}

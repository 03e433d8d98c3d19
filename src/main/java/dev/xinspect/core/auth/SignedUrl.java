package dev.xinspect.core.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request URL split the way RFC 5849 §3.4.1 needs it: the normalised base string URI (scheme and host lower case,
 * default port dropped, no query or fragment) and the decoded query parameters, repeated names kept.
 */
record SignedUrl(String baseUri, List<Param> queryParameters) {

    static SignedUrl parse(String url) {
        String trimmed = url.strip();
        int hash = trimmed.indexOf('#');
        if (hash >= 0) {
            trimmed = trimmed.substring(0, hash);
        }
        int question = trimmed.indexOf('?');
        String beforeQuery = question < 0 ? trimmed : trimmed.substring(0, question);
        String rawQuery = question < 0 ? "" : trimmed.substring(question + 1);
        return new SignedUrl(baseUri(beforeQuery), queryParameters(rawQuery));
    }

    // RFC 5849 §3.4.1.2
    private static String baseUri(String beforeQuery) {
        URI uri;
        try {
            uri = new URI(beforeQuery);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid URL (" + e.getReason() + "): " + beforeQuery);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute http(s) URL: " + beforeQuery);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("OAuth 1.0a signs http and https URLs only, not " + scheme);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    // RFC 5849 §3.4.1.3.1: the query is read as application/x-www-form-urlencoded.
    private static List<Param> queryParameters(String rawQuery) {
        return formParameters(rawQuery);
    }

    /** Parses an {@code application/x-www-form-urlencoded} string into decoded parameters, in order. */
    static List<Param> formParameters(String encoded) {
        List<Param> params = new ArrayList<>();
        if (encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.add(new Param(PercentEncoding.formDecode(name), PercentEncoding.formDecode(value)));
        }
        return params;
    }
}

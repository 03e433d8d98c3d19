package dev.xinspect.core.report;

import java.util.Locale;

/**
 * Redacts a credentials header value: keeps the scheme and, for OAuth 1.0a, the names of its parameters and the
 * values a reader needs (timestamp, signature method, version, realm). OAuth 1.0a parameters are read in every
 * spelling seen in the wild: {@code name="v"}, {@code name = "v"}, {@code name='v'}, {@code name=v}, any case of the
 * scheme. Anything in the header that is not a parameter is replaced too: nothing unrecognised gets through.
 */
final class AuthorizationRedaction {
    private static final String OAUTH_VALUE = "OAuth 1.0a value";

    private final KnownSecrets known;

    AuthorizationRedaction(KnownSecrets known) {
        this.known = known;
    }

    String redact(String value) {
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        if (trimmed.isEmpty() || Marker.isAt(trimmed, 0)) {
            return value;
        }
        if (space < 0) {
            return Marker.TEXT.of("credentials");
        }
        String scheme = trimmed.substring(0, space);
        String rest = trimmed.substring(space + 1).strip();
        if (Marker.isAt(rest, 0)) {
            return trimmed;
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> scheme + " " + Marker.TEXT.of("bearer token");
            case "token" -> scheme + " " + Marker.TEXT.of("token");
            case "basic" -> scheme + " " + Marker.TEXT.of("basic credentials");
            case "oauth" -> scheme + " " + oauthParameters(rest);
            default -> scheme + " " + Marker.TEXT.of("credentials");
        };
    }

    private String oauthParameters(String parameters) {
        StringBuilder out = new StringBuilder(parameters.length());
        int at = 0;
        int length = parameters.length();
        while (at < length) {
            char c = parameters.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                out.append(c);
                at++;
                continue;
            }
            if (Marker.isAt(parameters, at)) { // already redacted: kept whole, spaces and all
                int close = markerEnd(parameters, at);
                out.append(parameters, at, close);
                at = close;
                continue;
            }
            int nameEnd = at;
            while (nameEnd < length && "=, \t".indexOf(parameters.charAt(nameEnd)) < 0) {
                nameEnd++;
            }
            int equals = nameEnd;
            while (equals < length && (parameters.charAt(equals) == ' ' || parameters.charAt(equals) == '\t')) {
                equals++;
            }
            if (equals >= length || parameters.charAt(equals) != '=') {
                out.append(Marker.TEXT.of(OAUTH_VALUE)); // not a parameter: never shown
                at = nameEnd;
                continue;
            }
            int valueStart = equals + 1;
            while (valueStart < length && (parameters.charAt(valueStart) == ' ' || parameters.charAt(valueStart) == '\t')) {
                valueStart++;
            }
            char quote = valueStart < length ? parameters.charAt(valueStart) : 0;
            int valueEnd;
            String open = "";
            if (quote == '"' || quote == '\'') {
                int close = parameters.indexOf(quote, valueStart + 1);
                valueEnd = close < 0 ? length : close + 1;
                open = String.valueOf(quote);
            } else if (Marker.isAt(parameters, valueStart)) {
                valueEnd = markerEnd(parameters, valueStart);
            } else {
                valueEnd = valueStart;
                while (valueEnd < length && parameters.charAt(valueEnd) != ',' && parameters.charAt(valueEnd) != ' ') {
                    valueEnd++;
                }
            }
            String name = parameters.substring(at, nameEnd);
            out.append(parameters, at, valueStart);
            if (SecretNames.isHarmlessOauthParameter(name) || Marker.isAt(parameters, valueStart + open.length())) {
                out.append(TextRedaction.apply(parameters.substring(valueStart, valueEnd), known, Marker.TEXT));
            } else {
                out.append(open).append(Marker.TEXT.of(SecretNames.label(name).orElse(OAUTH_VALUE))).append(open);
            }
            at = valueEnd;
        }
        return out.toString();
    }

    /** Where the marker starting at {@code at} ends: after its {@code ]}, or at the next separator for a URI marker. */
    private static int markerEnd(String text, int at) {
        int end = at;
        if (text.charAt(at) == '[') {
            int close = text.indexOf(']', at);
            return close < 0 ? text.length() : close + 1;
        }
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != ' ') {
            end++;
        }
        return end;
    }
}

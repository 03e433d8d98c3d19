package dev.xinspect.core.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Redacts URLs by component and {@code name=value} lists (query strings, fragments, form bodies). A secret-named
 * parameter loses its value; any other value is decoded and read again, since it may hold a URL, a form or JSON of
 * its own ({@code redirect_uri=https%3A%2F%2F…%3Fcode%3D…}); a value that changed is encoded back. Markers are
 * URI-safe, so the result is still a URL or a form.
 */
final class ParameterRedaction {
    /** Values nest URLs in URLs a few levels deep at most; hostile input deeper than this is redacted as text. */
    private static final int MAX_DEPTH = 4;

    private final KnownSecrets known;

    ParameterRedaction(KnownSecrets known) {
        this.known = known;
    }

    /** A URL, absolute or relative: userinfo and path as text, query and fragment as parameters. */
    String url(String url) {
        return url(url, 0);
    }

    /** A form body or any {@code a=b&c=d} list. */
    String parameters(String list) {
        return parameters(list, 0);
    }

    private String url(String url, int depth) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String head = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        StringBuilder out = new StringBuilder(url.length()).append(TextRedaction.apply(head, known, Marker.URI));
        if (question >= 0) {
            out.append('?').append(parameters(beforeFragment.substring(question + 1), depth));
        }
        if (hash >= 0) {
            out.append('#').append(parameters(url.substring(hash + 1), depth));
        }
        return out.toString();
    }

    private String parameters(String list, int depth) {
        StringBuilder out = new StringBuilder(list.length());
        int start = 0;
        while (start <= list.length()) {
            int amp = list.indexOf('&', start);
            int end = amp < 0 ? list.length() : amp;
            out.append(parameter(list.substring(start, end), depth));
            if (amp < 0) {
                break;
            }
            out.append('&');
            start = amp + 1;
        }
        return out.toString();
    }

    private String parameter(String pair, int depth) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return TextRedaction.apply(pair, known, Marker.URI);
        }
        String name = pair.substring(0, equals);
        String value = pair.substring(equals + 1);
        var label = SecretNames.label(name);
        if (label.isPresent()) {
            return value.isEmpty() || Marker.isAt(value, 0) ? pair : name + "=" + Marker.URI.of(label.get());
        }
        return TextRedaction.apply(name, known, Marker.URI) + "=" + value(value, depth);
    }

    /** A value as it is, redacted as text; then decoded and read as what it holds, encoded back if that changed. */
    private String value(String raw, int depth) {
        String asIs = TextRedaction.apply(raw, known, Marker.URI);
        if (depth >= MAX_DEPTH || !asIs.equals(raw)) {
            return asIs;
        }
        String decoded = decode(raw);
        String redacted;
        if (decoded.contains("://") || decoded.startsWith("/") && decoded.contains("?")) {
            redacted = url(decoded, depth + 1);
        } else if (decoded.indexOf('=') > 0) {
            redacted = parameters(decoded, depth + 1);
        } else {
            redacted = decoded.equals(raw) ? raw : TextRedaction.apply(decoded, known, Marker.URI);
        }
        return redacted.equals(decoded) ? raw : encode(redacted);
    }

    /** Percent-decoding as forms use it ({@code +} is a space); a {@code %} without two hex digits stays. */
    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && SecretNames.hex(text.charAt(i + 1)) >= 0 && SecretNames.hex(text.charAt(i + 2)) >= 0) {
                bytes.write(SecretNames.hex(text.charAt(i + 1)) * 16 + SecretNames.hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** RFC 3986 unreserved characters and {@code :} stay; every other byte is {@code %XX}. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == ':') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}

package dev.xinspect.core.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits a URL typed by a user into the part before {@code ?} and its decoded parameters, and joins them back,
 * so the parameter table and the URL field stay in sync. Repeated names are kept (X rejects them, and a hint says
 * so, but the user must see them). {@code {{variable}}} placeholders pass through unencoded. Encoding is RFC 3986:
 * a space becomes {@code %20}, never {@code +}.
 */
public final class QueryString {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    /** Characters that may stay as they are in a query value without changing its meaning (RFC 3986 §3.4). */
    private static final String QUERY_SAFE = UNRESERVED + ",:@/!$'()*;";

    private QueryString() {
    }

    /** The URL up to (not including) {@code ?}; the fragment, if any, is dropped. */
    public static String base(String url) {
        int question = url.indexOf('?');
        String base = question < 0 ? url : url.substring(0, question);
        int hash = base.indexOf('#');
        return hash < 0 ? base : base.substring(0, hash);
    }

    public static List<QueryParam> parse(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return List.of();
        }
        String query = url.substring(question + 1);
        int hash = query.indexOf('#');
        if (hash >= 0) {
            query = query.substring(0, hash);
        }
        List<QueryParam> params = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.add(new QueryParam(decode(name), decode(value)));
        }
        return params;
    }

    public static String join(String base, List<QueryParam> params) {
        StringBuilder url = new StringBuilder(base(base));
        char separator = '?';
        for (QueryParam param : params) {
            if (param.name().isEmpty() && param.value().isEmpty()) {
                continue;
            }
            url.append(separator).append(encode(param.name())).append('=').append(encode(param.value()));
            separator = '&';
        }
        return url.toString();
    }

    /** Percent-encodes for a query component, leaving {@code {{variables}}} and query-safe characters alone. */
    public static String encode(String text) {
        return encodeExcept(text, QUERY_SAFE, false);
    }

    /**
     * Percent-encodes every character outside {@code safe} as UTF-8 bytes, leaving {@code {{variables}}} as they are
     * (they are resolved later) and, when {@code keepEscapes}, {@code %XX} sequences already there (no double
     * encoding of a value typed encoded).
     */
    public static String encodeExcept(String text, String safe, boolean keepEscapes) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int close = text.startsWith("{{", i) ? text.indexOf("}}", i + 2) : -1;
            if (close >= 0) {
                out.append(text, i, close + 2);
                i = close + 2;
                continue;
            }
            char c = text.charAt(i);
            if (safe.indexOf(c) >= 0 || (keepEscapes && c == '%' && isEscape(text, i))) {
                out.append(c);
                i++;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
                }
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0;
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8 and {@code +} as a space (what servers do with query strings);
     * a malformed escape is kept literally so that nothing the user typed disappears.
     */
    public static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        var bytes = new java.io.ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 3;
            } else if (c == '+') {
                bytes.write(' ');
                i++;
            } else {
                int end = nextEscapeOrPlus(text, i + 1);
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int nextEscapeOrPlus(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '+') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

package dev.xinspect.core.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A URL as a user types it, cut into what comes before the path ({@code https://api.x.com}, {@code {{baseUrl}}},
 * {@code http://127.0.0.1:8088}, or nothing), the path ({@code /2/users/me}) and the rest ({@code ?query#fragment},
 * kept verbatim). Never throws: any text has a path, possibly empty.
 */
public record UrlPath(String origin, String path, String rest) {

    public static UrlPath of(String url) {
        String text = url == null ? "" : url.strip();
        int end = firstOf(text, '?', '#');
        String rest = text.substring(end);
        String before = text.substring(0, end);
        int pathStart;
        if (before.startsWith("{{")) {
            int close = before.indexOf("}}");
            pathStart = close < 0 ? before.length() : close + 2;
        } else if (before.contains("://")) {
            int slash = before.indexOf('/', before.indexOf("://") + 3);
            pathStart = slash < 0 ? before.length() : slash;
        } else if (before.startsWith("/")) {
            pathStart = 0;
        } else {
            int slash = before.indexOf('/');
            String first = slash < 0 ? before : before.substring(0, slash);
            boolean looksLikeHost = first.contains(".") || first.contains(":") || first.equalsIgnoreCase("localhost");
            if (!looksLikeHost) {
                return new UrlPath("", before.isEmpty() ? "" : "/" + before, rest);
            }
            pathStart = slash < 0 ? before.length() : slash;
        }
        return new UrlPath(before.substring(0, pathStart), before.substring(pathStart), rest);
    }

    /**
     * The path's segments without the leading empty one: {@code /2/users/} gives {@code [2, users, ""]}; the trailing
     * empty segment is kept (completion reads it as "what comes next").
     */
    public List<String> segments() {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    /** The host in lower case ({@code api.x.com}), or empty for a relative URL or a {@code {{variable}}}. */
    public String host() {
        int scheme = origin.indexOf("://");
        String authority = scheme < 0 ? origin : origin.substring(scheme + 3);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("{{")) {
            return "";
        }
        int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.indexOf(':');
        return (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** The same URL with another path: origin and query stay as typed. */
    public String withPath(String newPath) {
        return origin + newPath + rest;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j < 0 ? text.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}

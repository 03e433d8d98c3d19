package dev.xinspect.core.report;

import java.nio.charset.StandardCharsets;

/**
 * The encoding curl 7.88 applies to {@code --data-urlencode} and {@code --url-query} values, as captured from the
 * binary: letters, digits and {@code - . _ ~} stay, a space becomes {@code +}, every other UTF-8 byte {@code %XX}.
 * What curl appends to a URL's query ({@code -G}, {@code --url-query}) has its escapes in lower case
 * ({@code from:X -is:retweet} → {@code from%3aX+-is%3aretweet}), even those the user typed.
 */
final class CurlEscape {
    private CurlEscape() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** {@code %2F} → {@code %2f}: how curl writes escapes it appends to a query. */
    static String lowerEscapes(String query) {
        return java.util.regex.Pattern.compile("%[0-9A-Fa-f]{2}").matcher(query).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    }
}

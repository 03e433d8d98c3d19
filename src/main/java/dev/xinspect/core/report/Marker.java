package dev.xinspect.core.report;

import java.util.Locale;

/**
 * What a redacted value is replaced with, in the style its context needs: {@code [redacted: access token]} in text,
 * headers and JSON strings; {@code redacted:access-token} inside URLs and form bodies, where brackets and spaces are
 * not allowed (RFC 3986 §3.3-3.4: letters, digits, {@code -} and {@code :} are). A value that already is a marker is
 * never redacted again, so redacting twice changes nothing.
 */
enum Marker {
    TEXT, URI;

    private static final String TEXT_PREFIX = "[redacted: ";
    private static final String URI_PREFIX = "redacted:";

    String of(String label) {
        return this == TEXT ? TEXT_PREFIX + label + "]" : URI_PREFIX + label.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Whether a marker of either style starts at {@code at}. */
    static boolean isAt(CharSequence text, int at) {
        return startsWith(text, at, TEXT_PREFIX) || startsWith(text, at, URI_PREFIX);
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at < 0 || at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

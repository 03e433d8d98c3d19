package dev.xinspect.core.report;

import java.util.List;

/**
 * JSON members whose name is a secret's, with values of any type: a string's content is replaced, a number, array or
 * object becomes one string. Names are compared after unescaping ({@code "access\u005ftoken"}). A lexical scan, not a
 * parser: it reads JSON, NDJSON, JSON inside logs and truncated JSON alike, in one pass. A member named {@code code}
 * keeps a number: that is an error code ({@code {"code":88}}), while an authorization code is a string.
 */
final class JsonMembers {
    private static final int HARMLESS_SLOTS = 256;

    private JsonMembers() {
    }

    static void find(String text, List<Found> out) {
        // A body repeats a few dozen names hundreds of thousands of times: one known to be harmless is skipped after
        // one comparison (a slot per length and end characters; a collision only costs a lookup).
        String[] harmless = new String[HARMLESS_SLOTS];
        int quote = text.indexOf('"');
        while (quote >= 0) {
            int close = stringEnd(text, quote);
            if (close < 0) {
                return;
            }
            int colon = skipBlanks(text, close + 1);
            int next = close + 1;
            if (colon < text.length() && text.charAt(colon) == ':') {
                int length = close - quote - 1;
                int slot = length == 0 ? 0
                        : (length * 31 + text.charAt(quote + 1) * 7 + text.charAt(close - 1)) & (HARMLESS_SLOTS - 1);
                String known = harmless[slot];
                if (known != null && known.length() == length && text.startsWith(known, quote + 1)) {
                    quote = text.indexOf('"', next);
                    continue;
                }
                boolean escaped = hasBackslash(text, quote + 1, close);
                String label = escaped ? SecretNames.label(name(text, quote + 1, close)).orElse(null)
                        : SecretNames.label(text, quote + 1, close).orElse(null);
                if (label == null && !escaped) {
                    harmless[slot] = text.substring(quote + 1, close);
                }
                String name = label == null ? null : name(text, quote + 1, close);
                int valueStart = skipBlanks(text, colon + 1);
                if (label != null && valueStart < text.length()) {
                    next = value(text, valueStart, label, name, out);
                }
            }
            quote = text.indexOf('"', Math.max(next, close + 1));
        }
    }

    /**
     * Members of JSON that sits escaped inside a JSON string ({@code "detail":"{\"access_token\":[\"…\"]}"}), as
     * X's error details and diagnoses quote a request: the same rules, one level of escaping down.
     */
    static void findEscaped(String text, List<Found> out) {
        for (int open = text.indexOf("\\\""); open >= 0; ) {
            int close = text.indexOf("\\\"", open + 2);
            if (close < 0) {
                return;
            }
            int colon = skipBlanks(text, close + 2);
            int next = close + 2;
            if (colon < text.length() && text.charAt(colon) == ':') {
                String label = SecretNames.label(text, open + 2, close).orElse(null);
                int valueStart = skipBlanks(text, colon + 1);
                if (label != null && valueStart < text.length()) {
                    next = escapedValue(text, valueStart, label, text.substring(open + 2, close), out);
                }
            } else {
                next = close; // the closing quote may open the next name
            }
            open = text.indexOf("\\\"", Math.max(next, open + 2));
        }
    }

    private static int escapedValue(String text, int start, String label, String name, List<Found> out) {
        if (text.startsWith("\\\"", start)) {
            int close = text.indexOf("\\\"", start + 2);
            int end = close < 0 ? text.length() : close;
            if (end > start + 2 && !Marker.isAt(text, start + 2)) {
                out.add(new Found(start + 2, end, label, name, Found.How.MEMBER));
            }
            return end + 2;
        }
        int end = text.charAt(start) == '[' || text.charAt(start) == '{' ? escapedContainerEnd(text, start) : scalarEnd(text, start);
        if (end > start && !text.startsWith("null", start)) {
            out.add(new Found(start, end, label, name, Found.How.ESCAPED_MEMBER_NOT_A_STRING));
        }
        return end;
    }

    private static int escapedContainerEnd(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int at = open; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                inString = !inString;
                at++;
            } else if (c == '"') {
                return at; // the outer string ends: so does the inner JSON
            } else if (!inString && (c == '[' || c == '{')) {
                depth++;
            } else if (!inString && (c == ']' || c == '}') && --depth == 0) {
                return at + 1;
            }
        }
        return text.length();
    }

    /** Records the value at {@code start} if it is a secret; returns where scanning goes on. */
    private static int value(String text, int start, String label, String name, List<Found> out) {
        char first = text.charAt(start);
        if (first == '"') {
            int close = stringEnd(text, start);
            int end = close < 0 ? text.length() : close;
            if (end > start + 1 && !Marker.isAt(text, start + 1)) {
                out.add(new Found(start + 1, end, label, name, Found.How.MEMBER));
            }
            return end + 1;
        }
        int end = first == '[' || first == '{' ? containerEnd(text, start) : scalarEnd(text, start);
        boolean keep = text.startsWith("null", start) && end == start + 4
                || SecretNames.normalise(name, 0, name.length()).equals("code") && isNumber(text, start, end);
        if (end > start && !keep) {
            out.add(new Found(start, end, label, name, Found.How.MEMBER_NOT_A_STRING));
        }
        return end;
    }

    /** The index of the quote closing the string that opens at {@code open}; -1 when it never closes. */
    static int stringEnd(String text, int open) {
        int at = text.indexOf('"', open + 1);
        while (at >= 0) {
            int backslashes = 0;
            while (text.charAt(at - 1 - backslashes) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return at;
            }
            at = text.indexOf('"', at + 1);
        }
        return -1;
    }

    private static int containerEnd(String text, int open) {
        int depth = 0;
        for (int at = open; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"') {
                int close = stringEnd(text, at);
                if (close < 0) {
                    return text.length();
                }
                at = close;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return at + 1;
            }
        }
        return text.length();
    }

    private static int scalarEnd(String text, int start) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r') {
                break;
            }
            at++;
        }
        while (at > start && text.charAt(at - 1) <= ' ') {
            at--;
        }
        return at;
    }

    private static boolean isNumber(String text, int start, int end) {
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return end > start;
    }

    private static int skipBlanks(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n'
                || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static boolean hasBackslash(String text, int start, int end) {
        for (int at = start; at < end; at++) {
            if (text.charAt(at) == '\\') {
                return true;
            }
        }
        return false;
    }

    /** A member name with its JSON escapes decoded ({@code \u005f}, {@code \/}); a name without backslashes is cut once. */
    private static String name(String text, int start, int end) {
        if (!hasBackslash(text, start, end)) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int at = start; at < end; at++) {
            char c = text.charAt(at);
            if (c != '\\' || at + 1 >= end) {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(++at);
            if (escaped == 'u' && at + 4 < end) {
                int value = 0;
                for (int i = 1; i <= 4; i++) {
                    int digit = SecretNames.hex(text.charAt(at + i));
                    value = digit < 0 ? -1 : value < 0 ? -1 : value * 16 + digit;
                }
                if (value >= 0) {
                    out.append((char) value);
                    at += 4;
                    continue;
                }
            }
            out.append(escaped);
        }
        return out.toString();
    }
}

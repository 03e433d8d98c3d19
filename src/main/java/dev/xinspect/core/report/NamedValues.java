package dev.xinspect.core.report;

import java.util.List;

/**
 * {@code name=value} pairs whose name is a secret's, in every spelling they come in: query strings, form bodies,
 * fragments, OAuth 1.0a parameters written out ({@code oauth_token = "…"}, {@code oauth_token='…'},
 * {@code oauth_token=…}), and log lines. Found from each {@code =} rather than by a regex tried at every character:
 * a 10 MB body has few {@code =} and millions of characters.
 */
final class NamedValues {
    private NamedValues() {
    }

    static void find(CharSequence text, List<Found> out) {
        String string = text.toString();
        int from = 0;
        for (int equals = string.indexOf('=', from); equals >= 0; equals = string.indexOf('=', from)) {
            from = equals + 1;
            int nameEnd = equals;
            while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') {
                nameEnd--;
            }
            int nameStart = nameEnd;
            while (nameStart > 0 && isNameChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart == nameEnd || nameStart > 0 && !isPairStart(text.charAt(nameStart - 1))) {
                continue;
            }
            String label = SecretNames.label(text, nameStart, nameEnd).orElse(null);
            int valueStart = equals + 1;
            while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
                valueStart++;
            }
            int valueEnd;
            if (valueStart < text.length() && (text.charAt(valueStart) == '"' || text.charAt(valueStart) == '\'')) {
                int close = string.indexOf(text.charAt(valueStart), valueStart + 1);
                valueStart++;
                valueEnd = close < 0 ? lineEnd(string, valueStart) : close;
            } else {
                valueEnd = valueStart;
                while (valueEnd < text.length() && isValueChar(text.charAt(valueEnd))) {
                    valueEnd++;
                }
            }
            if (label == null) {
                label = nestedSecret(string, valueStart, valueEnd);
            }
            if (label != null && valueEnd > valueStart && !Marker.isAt(text, valueStart)) {
                out.add(new Found(valueStart, valueEnd, label, string.substring(nameStart, nameEnd), Found.How.PAIR));
                from = Math.max(from, valueEnd);
            }
        }
    }

    /**
     * {@code Name: value} lines whose name is a secret's, as headers are written in logs, {@code curl -v} output and
     * posts ({@code X-Api-Key: …}): the rest of the line. A line that already holds a marker was redacted by its
     * structure and is left alone; a number under {@code code} is an error code and stays.
     */
    static void findHeaderLines(String text, List<Found> out) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int nameStart = colon;
            while (nameStart > 0 && isHeaderNameChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart == colon || nameStart > 0 && text.charAt(nameStart - 1) != '\n') {
                continue;
            }
            String label = SecretNames.label(text, nameStart, colon).orElse(null);
            if (label == null) {
                continue;
            }
            int valueStart = colon + 1;
            while (valueStart < text.length() && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
                valueStart++;
            }
            int valueEnd = lineEnd(text, valueStart);
            if (valueEnd > valueStart && text.charAt(valueEnd - 1) == '\r') {
                valueEnd--;
            }
            String value = text.substring(valueStart, valueEnd);
            boolean errorCode = label.equals("authorization code") && value.chars().allMatch(Character::isDigit);
            if (!value.isBlank() && !value.contains("[redacted: ") && !value.contains("redacted:") && !errorCode) {
                out.add(new Found(valueStart, valueEnd, label, text.substring(nameStart, colon), Found.How.PAIR));
            }
        }
    }

    private static boolean isHeaderNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /**
     * The label of a secret inside a value that encodes pairs of its own ({@code redirect_uri=https%3A%2F%2F…%3Fcode%3D…}):
     * in free text the whole value goes, since it cannot be re-encoded piece by piece there.
     */
    private static String nestedSecret(String text, int start, int end) {
        String value = text.substring(start, end);
        if (!value.contains("%3D") && !value.contains("%3d")) {
            return null;
        }
        List<Found> inner = new java.util.ArrayList<>();
        find(ParameterRedaction.decode(value), inner);
        return inner.isEmpty() ? null : inner.get(0).label();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** Letters, digits and the separators names are written with ({@code _ - .}), and {@code %} of an encoded name. */
    private static boolean isNameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '%';
    }

    /**
     * What may stand before a pair: anything but another {@code =} ({@code a=b=c} holds one pair), so a pair is found
     * after a separator, a quote, a bracket, a blank, or a byte of a binary body alike.
     */
    private static boolean isPairStart(char c) {
        return c != '=';
    }

    private static boolean isValueChar(char c) {
        return c > ' ' && c != '&' && c != '#' && c != '"' && c != '\'' && c != ',' && c != ';' && c != '\\' && c != ')'
                && c != ']' && c != '}' && c != '>' && c != '<';
    }
}

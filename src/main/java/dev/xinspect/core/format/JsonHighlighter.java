package dev.xinspect.core.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of (pretty-printed) JSON into styled spans: keys, strings, numbers, literals and punctuation.
 * A pure function of a single line, so the view can highlight only the lines on screen; a line that is not valid
 * JSON on its own (a string spanning lines) still yields spans covering every character.
 */
public final class JsonHighlighter {

    /** A run of {@code length} characters drawn with a CSS style class (empty for plain text). */
    public record Span(int length, String styleClass) {
    }

    public static final String KEY = "json-key";
    public static final String STRING = "json-string";
    public static final String NUMBER = "json-number";
    public static final String LITERAL = "json-literal";
    public static final String PUNCTUATION = "json-punctuation";
    public static final String PLAIN = "";

    public List<Span> highlight(String line) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end;
            String style;
            if (c == '"') {
                end = endOfString(line, i);
                style = isKey(line, end) ? KEY : STRING;
            } else if (c == '-' || Character.isDigit(c)) {
                end = endOf(line, i, "0123456789+-.eE");
                style = NUMBER;
            } else if (Character.isLetter(c)) {
                end = endOfWord(line, i);
                String word = line.substring(i, end);
                style = word.equals("true") || word.equals("false") || word.equals("null") ? LITERAL : PLAIN;
            } else if ("{}[],:".indexOf(c) >= 0) {
                end = i + 1;
                style = PUNCTUATION;
            } else {
                end = endOfPlain(line, i);
                style = PLAIN;
            }
            add(spans, end - i, style);
            i = end;
        }
        return spans;
    }

    private static void add(List<Span> spans, int length, String style) {
        if (!spans.isEmpty() && spans.get(spans.size() - 1).styleClass().equals(style)) {
            Span last = spans.remove(spans.size() - 1);
            spans.add(new Span(last.length() + length, style));
        } else {
            spans.add(new Span(length, style));
        }
    }

    /** Index after the closing quote, honouring backslash escapes; the line end if the string runs on. */
    private static int endOfString(String line, int start) {
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }

    private static boolean isKey(String line, int afterString) {
        int i = afterString;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && line.charAt(i) == ':';
    }

    private static int endOf(String line, int start, String allowed) {
        int i = start + 1;
        while (i < line.length() && allowed.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int endOfWord(String line, int start) {
        int i = start + 1;
        while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfPlain(String line, int start) {
        int i = start + 1;
        while (i < line.length() && " \t".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

package dev.xinspect.core.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of Markdown text into spans of plain text, inline code ({@code `code`}, also with longer
 * backtick runs as CommonMark §6.1 allows) and strong emphasis ({@code **bold**}), for the previews. A marker
 * without its closing partner stays literal text, as CommonMark renders it.
 */
public final class MarkdownInline {

    public enum Style { TEXT, CODE, BOLD }

    /** A run of text in one style, its markers removed. */
    public record Span(Style style, String text) {
    }

    private MarkdownInline() {
    }

    public static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = runLength(line, i, '`');
                int close = closingRun(line, i + run, run);
                if (close >= 0) {
                    flush(spans, plain);
                    spans.add(new Span(Style.CODE, codeContent(line.substring(i + run, close))));
                    i = close + run;
                    continue;
                }
                plain.append(line, i, i + run);
                i += run;
                continue;
            }
            if (line.startsWith("**", i)) {
                int close = line.indexOf("**", i + 2);
                if (close > i + 2 && !Character.isWhitespace(line.charAt(i + 2)) && !Character.isWhitespace(line.charAt(close - 1))) {
                    flush(spans, plain);
                    spans.add(new Span(Style.BOLD, line.substring(i + 2, close)));
                    i = close + 2;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(spans, plain);
        return spans;
    }

    /** True when the line has any inline markup to render. */
    public static boolean hasMarkup(String line) {
        return spans(line).stream().anyMatch(span -> span.style() != Style.TEXT);
    }

    private static int runLength(String line, int from, char c) {
        int end = from;
        while (end < line.length() && line.charAt(end) == c) {
            end++;
        }
        return end - from;
    }

    /** The start of the next backtick run of exactly {@code length}, or -1. */
    private static int closingRun(String line, int from, int length) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = runLength(line, i, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** CommonMark §6.1: one leading and one trailing space are stripped when both are there and the code is not all spaces. */
    private static String codeContent(String code) {
        if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
            return code.substring(1, code.length() - 1);
        }
        return code;
    }

    private static void flush(List<Span> spans, StringBuilder plain) {
        if (!plain.isEmpty()) {
            spans.add(new Span(Style.TEXT, plain.toString()));
            plain.setLength(0);
        }
    }
}

package dev.xinspect.core.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies the lines of a Markdown text (headings, fenced code, list items, quotes, text) for the forum post
 * editor's highlighting and its preview. Only the block-level Markdown a post needs; inline markup stays text.
 */
public final class MarkdownLines {

    /** What a line is. FENCE is the ``` line itself; CODE the lines between fences. */
    public enum Kind { HEADING, SUBHEADING, FENCE, CODE, LIST, QUOTE, BLANK, TEXT }

    /** A classified line: its kind and its text without the Markdown marker (for the preview). */
    public record Line(Kind kind, String text) {
    }

    public List<Line> classify(String markdown) {
        List<Line> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (fence != null) {
                if (trimmed.equals(fence)) {
                    lines.add(new Line(Kind.FENCE, ""));
                    fence = null;
                } else {
                    lines.add(new Line(Kind.CODE, line));
                }
            } else if (trimmed.startsWith("```")) {
                fence = trimmed.replaceAll("[^`]", "");
                lines.add(new Line(Kind.FENCE, trimmed.substring(fence.length())));
            } else if (trimmed.startsWith("# ")) {
                lines.add(new Line(Kind.HEADING, trimmed.substring(2)));
            } else if (trimmed.startsWith("## ") || trimmed.startsWith("### ")) {
                lines.add(new Line(Kind.SUBHEADING, trimmed.replaceFirst("^#+\\s", "")));
            } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                lines.add(new Line(Kind.LIST, trimmed.substring(2)));
            } else if (trimmed.startsWith(">")) {
                lines.add(new Line(Kind.QUOTE, trimmed.substring(1).strip()));
            } else if (trimmed.isEmpty()) {
                lines.add(new Line(Kind.BLANK, ""));
            } else {
                lines.add(new Line(Kind.TEXT, line));
            }
        }
        return lines;
    }
}

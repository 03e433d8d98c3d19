package dev.xinspect.core.report;

import java.util.List;

/** Builds the Markdown of a post section by section; fenced code never breaks on a body holding backticks. */
final class PostWriter {
    private final StringBuilder out = new StringBuilder();

    void note(String text) {
        out.append("> ").append(text).append("\n\n");
    }

    void section(String heading, String text) {
        out.append("## ").append(heading).append("\n\n").append(text).append("\n\n");
    }

    void line(String text) {
        out.append(text).append('\n');
    }

    void code(String heading, String language, String code) {
        out.append("## ").append(heading).append("\n\n");
        codeBlock(language, List.of(code));
    }

    void codeBlock(String language, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String joined = String.join("\n", lines);
        String fence = joined.contains("```") ? "````" : "```";
        if (!out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
        out.append(fence).append(language).append('\n').append(joined).append('\n').append(fence).append("\n\n");
    }

    String text() {
        return out.toString().stripTrailing() + "\n";
    }
}

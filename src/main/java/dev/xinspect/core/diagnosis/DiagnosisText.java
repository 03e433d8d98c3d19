package dev.xinspect.core.diagnosis;

import java.util.Map;

/** Text and Markdown renderings of a diagnosis: same content, two sets of markers. */
final class DiagnosisText {
    private final RateLimitText rateLimitText;
    private final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    DiagnosisText(RateLimitText rateLimitText, boolean markdown) {
        this.rateLimitText = rateLimitText;
        this.markdown = markdown;
    }

    String render(Diagnosis diagnosis) {
        return printable(renderRaw(diagnosis));
    }

    /**
     * Control characters from a hostile body (ANSI escapes, NUL) would drive the reader's terminal: they are shown
     * escaped ({@code \u001b}). Line breaks and tabs stay.
     */
    static String printable(String text) {
        return dev.xinspect.core.format.TerminalText.printable(text, false);
    }

    private String renderRaw(Diagnosis diagnosis) {
        if (diagnosis.status() != null) {
            heading(diagnosis.status().code() + " " + diagnosis.status().text());
            line(diagnosis.status().meaning());
        } else {
            heading("No response");
        }
        facts(diagnosis.facts());
        diagnosis.pressingRateLimit().ifPresent(window -> line("Rate limit: " + rateLimitText.describe(window)));
        diagnosis.notes().forEach(note -> line("Note: " + note));
        if (!diagnosis.findings().isEmpty()) {
            heading("Findings");
            diagnosis.findings().forEach(this::finding);
        }
        if (!diagnosis.checklists().isEmpty()) {
            heading("What to check");
            diagnosis.checklists().forEach(this::checklist);
        }
        return out.toString();
    }

    private void facts(ResponseFacts facts) {
        fact("x-access-level", facts.accessLevel());
        fact("x-transaction-id", facts.transactionId());
        fact("date", facts.date());
        fact("api-version", facts.apiVersion());
    }

    private void fact(String name, String value) {
        if (!value.isEmpty()) {
            line((markdown ? "- `" + name + "`: " : "  " + name + ": ") + value);
        }
    }

    private void finding(Finding finding) {
        String marker = switch (finding.severity()) {
            case ERROR -> markdown ? "**Error**" : "[error]";
            case WARNING -> markdown ? "**Warning**" : "[warning]";
            case INFO -> markdown ? "Info" : "[info]";
        };
        String type = markdown ? "`" + finding.type() + "`" : finding.type();
        out.append(markdown ? "- " : "").append(marker).append(' ').append(finding.title()).append(" (")
                .append(finding.source().slug()).append(", ").append(type).append(")\n");
        String indent = markdown ? "  " : "    ";
        if (!finding.detail().isEmpty()) {
            out.append(indent).append(finding.detail()).append('\n');
        }
        for (Map.Entry<String, String> field : finding.fields().entrySet()) {
            out.append(indent).append(markdown ? "- " + field.getKey() + ": `" + field.getValue() + "`"
                    : field.getKey() + ": " + field.getValue()).append('\n');
        }
        if (!finding.checklists().isEmpty()) {
            out.append(indent).append("checklists: ").append(String.join(", ", finding.checklists())).append('\n');
        }
        out.append(markdown ? "" : "\n");
    }

    private void checklist(Checklist checklist) {
        out.append(markdown ? "\n### " + checklist.title() + " (`" + checklist.id() + "`)\n\n"
                : checklist.title() + " [" + checklist.id() + "]\n");
        for (ChecklistItem item : checklist.items()) {
            out.append(markdown ? "- [ ] " : "  [ ] ").append(item.text()).append('\n');
            out.append(markdown ? "  " : "      ").append("Why: ").append(item.why()).append('\n');
            if (!item.link().isEmpty()) {
                out.append(markdown ? "  " : "      ").append(item.link()).append('\n');
            }
        }
        out.append(markdown ? "" : "\n");
    }

    private void heading(String text) {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
        out.append(markdown ? "## " + text : text + "\n" + "-".repeat(text.length())).append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

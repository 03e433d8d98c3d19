package dev.xinspect.ui.view;

import dev.xinspect.core.format.MarkdownInline;
import dev.xinspect.core.format.MarkdownLines;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Markdown shown one node per line, styled by kind ({@code preview-heading}, {@code preview-code}, …); inline
 * {@code `code`} and {@code **bold**} are rendered, not shown with their markers.
 */
final class MarkdownPreview {
    private static final MarkdownLines LINES = new MarkdownLines();

    private MarkdownPreview() {
    }

    static List<Node> of(String markdown) {
        return LINES.classify(markdown).stream().filter(line -> line.kind() != MarkdownLines.Kind.FENCE)
                .map(MarkdownPreview::line).toList();
    }

    static Node line(MarkdownLines.Line line) {
        String text = switch (line.kind()) {
            case LIST -> "•  " + line.text();
            default -> line.text();
        };
        if (line.kind() != MarkdownLines.Kind.CODE && MarkdownInline.hasMarkup(text)) {
            return inline(line.kind(), text);
        }
        Label label = new Label(text);
        label.setWrapText(true); // code lines too: a long curl line wraps rather than ending in "…"
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("preview-" + line.kind().name().toLowerCase(Locale.ROOT));
        return label;
    }

    /** A line with `code` or **bold** in it: one text run per span, wrapped as a paragraph. */
    private static Node inline(MarkdownLines.Kind kind, String text) {
        TextFlow flow = new TextFlow();
        for (MarkdownInline.Span span : MarkdownInline.spans(text)) {
            Text run = new Text(span.text());
            run.getStyleClass().addAll("preview-inline", "preview-inline-" + span.style().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(run);
        }
        flow.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        flow.getStyleClass().add("preview-" + kind.name().toLowerCase(Locale.ROOT));
        return flow;
    }
}
